# Caught by test_a_failure_does_not_stop_the_others (a runtime error): without
# return_exceptions=True the first failing job's exception propagates out of gather, and the
# results of every other job are lost.
import asyncio

import httpx


async def run_jobs(urls):
    finished = []
    async with httpx.AsyncClient() as client:

        async def job(index, url):
            response = await client.get(url)
            finished.append(index)
            response.raise_for_status()
            return response.text

        results = await asyncio.gather(*(job(i, url) for i, url in enumerate(urls)))
    return {"finished": finished, "results": list(results)}
