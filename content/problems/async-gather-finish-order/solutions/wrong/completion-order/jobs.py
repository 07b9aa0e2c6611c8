# Caught by test_sample_jobs_overlap: the jobs overlap, but as_completed yields them in the
# order they finish, so results[i] no longer belongs to urls[i].
import asyncio

import httpx


async def run_jobs(urls):
    finished, results = [], []
    async with httpx.AsyncClient() as client:

        async def job(index, url):
            response = await client.get(url)
            finished.append(index)
            if response.status_code == 200:
                return response.text
            return f"error:{response.status_code}"

        for next_done in asyncio.as_completed([job(i, url) for i, url in enumerate(urls)]):
            results.append(await next_done)
    return {"finished": finished, "results": results}
