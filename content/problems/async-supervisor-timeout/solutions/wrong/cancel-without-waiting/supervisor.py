# Caught by test_sample_a_failure_cancels_the_rest: on a failure it cancels the other tasks but
# returns without awaiting them -- their cleanup (closing their connections) has not run when
# supervise returns.
import asyncio

import httpx


async def job(client, url):
    response = await client.get(url)
    if response.status_code != 200:
        raise RuntimeError(url)
    return response.text


async def supervise(urls, timeout_ms):
    client = httpx.AsyncClient()
    tasks = [asyncio.create_task(job(client, url)) for url in urls]
    errors = []
    try:
        await asyncio.wait_for(asyncio.gather(*tasks), timeout_ms / 1000)
        outcome = "ok"
    except RuntimeError:
        outcome = "failed"
        for task in tasks:
            task.cancel()
    except TimeoutError:
        outcome = "timeout"
    statuses = []
    for i, task in enumerate(tasks):
        if task.cancelled() or not task.done():
            statuses.append("cancelled")
        elif task.exception() is not None:
            statuses.append("failed")
            errors.append(i)
        else:
            statuses.append("done")
    return {"outcome": outcome, "status": statuses, "errors": errors}
