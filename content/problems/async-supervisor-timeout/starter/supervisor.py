import asyncio

import httpx


async def job(client: httpx.AsyncClient, url: str) -> str:
    response = await client.get(url)
    if response.status_code != 200:
        raise RuntimeError(url)
    return response.text


async def supervise(urls: list[str], timeout_ms: int) -> dict:
    # TODO: run the jobs concurrently in an asyncio.TaskGroup under one asyncio.timeout, and
    # report the outcome and every job's status.
    async with httpx.AsyncClient() as client:
        results = await asyncio.gather(*(job(client, url) for url in urls))
    return {"outcome": "ok", "status": ["done"] * len(results), "errors": []}
