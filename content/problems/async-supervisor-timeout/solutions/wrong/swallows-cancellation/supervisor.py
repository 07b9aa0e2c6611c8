# Caught by test_sample_a_failure_cancels_the_rest: the job catches CancelledError and returns
# normally, so a cancelled job looks "done" and nobody learns it was stopped.
import asyncio

import httpx


async def job(client, url):
    try:
        response = await client.get(url)
    except asyncio.CancelledError:
        return "stopped"
    if response.status_code != 200:
        raise RuntimeError(url)
    return response.text


def status(task):
    if task.cancelled():
        return "cancelled"
    return "failed" if task.exception() is not None else "done"


async def supervise(urls, timeout_ms):
    tasks = []
    async with httpx.AsyncClient() as client:
        try:
            async with asyncio.timeout(timeout_ms / 1000):
                async with asyncio.TaskGroup() as group:
                    tasks = [group.create_task(job(client, url)) for url in urls]
            outcome = "ok"
        except* RuntimeError:
            outcome = "failed"
        except* TimeoutError:
            outcome = "timeout"
    statuses = [status(task) for task in tasks]
    return {
        "outcome": outcome,
        "status": statuses,
        "errors": [i for i, s in enumerate(statuses) if s == "failed"],
    }
