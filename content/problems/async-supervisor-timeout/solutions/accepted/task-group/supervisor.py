import asyncio

import httpx


async def job(client: httpx.AsyncClient, url: str) -> str:
    response = await client.get(url)
    if response.status_code != 200:
        raise RuntimeError(url)
    return response.text


def status(task: asyncio.Task) -> str:
    if task.cancelled():
        return "cancelled"
    return "failed" if task.exception() is not None else "done"


async def supervise(urls: list[str], timeout_ms: int) -> dict:
    tasks: list[asyncio.Task] = []
    async with httpx.AsyncClient() as client:
        try:
            # One deadline for the whole batch; the TaskGroup cancels every other job when one
            # fails and waits until all of them have finished (their cleanup has run).
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
