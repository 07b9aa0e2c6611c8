# Caught by test_sample_jobs_overlap: httpx.get is a blocking call; inside a coroutine it holds
# the event loop, so the "concurrent" jobs run one at a time.
import asyncio

import httpx


async def run_jobs(urls):
    finished = []

    async def job(index, url):
        response = httpx.get(url)  # noqa: ASYNC210
        finished.append(index)
        if response.status_code == 200:
            return response.text
        return f"error:{response.status_code}"

    results = await asyncio.gather(*(job(i, url) for i, url in enumerate(urls)))
    return {"finished": finished, "results": list(results)}
