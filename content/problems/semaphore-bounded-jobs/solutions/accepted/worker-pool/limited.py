import asyncio

import httpx


async def limited_fetch(limit, urls):
    """`limit` workers take the next URL from a queue whenever they are free: the same
    rolling window as a semaphore, built from a queue."""
    queue = asyncio.Queue()
    for index, url in enumerate(urls):
        queue.put_nowait((index, url))
    results = [None] * len(urls)

    async def worker(client):
        while not queue.empty():
            index, url = queue.get_nowait()
            response = await client.get(url)
            results[index] = response.text

    async with httpx.AsyncClient() as client:
        await asyncio.gather(*(worker(client) for _ in range(min(limit, len(urls)))))
    return results
