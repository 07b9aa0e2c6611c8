# Caught by test_sample_a_failure_cancels_the_rest: the jobs run one after another under the
# deadline, so they never all run at once and a slow first job starves the rest.
import asyncio

import httpx


async def job(client, url):
    response = await client.get(url)
    if response.status_code != 200:
        raise RuntimeError(url)
    return response.text


async def supervise(urls, timeout_ms):
    statuses = ["cancelled"] * len(urls)
    outcome = "ok"
    async with httpx.AsyncClient() as client:
        try:
            async with asyncio.timeout(timeout_ms / 1000):
                for i, url in enumerate(urls):
                    try:
                        await job(client, url)
                        statuses[i] = "done"
                    except RuntimeError:
                        statuses[i] = "failed"
                        outcome = "failed"
                        break
        except TimeoutError:
            outcome = "timeout"
    errors = [i for i, s in enumerate(statuses) if s == "failed"]
    return {"outcome": outcome, "status": statuses, "errors": errors}
