# Caught by test_sample_a_failure_cancels_the_rest: return_exceptions=True collects the failure
# but cancels nothing, so the hanging job keeps the batch waiting until the deadline.
import asyncio

import httpx


async def job(client, url):
    response = await client.get(url)
    if response.status_code != 200:
        raise RuntimeError(url)
    return response.text


async def supervise(urls, timeout_ms):
    async with httpx.AsyncClient() as client:
        tasks = [asyncio.create_task(job(client, url)) for url in urls]
        try:
            async with asyncio.timeout(timeout_ms / 1000):
                await asyncio.gather(*tasks, return_exceptions=True)
        except TimeoutError:
            pass
        statuses = []
        for task in tasks:
            if task.cancelled():
                statuses.append("cancelled")
            elif task.exception() is not None:
                statuses.append("failed")
            else:
                statuses.append("done")
    errors = [i for i, s in enumerate(statuses) if s == "failed"]
    if "cancelled" in statuses:
        outcome = "timeout"
    else:
        outcome = "failed" if errors else "ok"
    return {"outcome": outcome, "status": statuses, "errors": errors}
