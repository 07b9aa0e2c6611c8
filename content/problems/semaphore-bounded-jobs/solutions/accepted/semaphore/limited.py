import asyncio

import httpx


async def limited_fetch(limit: int, urls: list[str]) -> list[str]:
    semaphore = asyncio.Semaphore(limit)  # ONE semaphore, shared by every job

    async with httpx.AsyncClient() as client:

        async def job(url: str) -> str:
            async with semaphore:  # held for the whole request: acquired before, released after
                response = await client.get(url)
                return response.text

        # Every job starts now; the semaphore lets `limit` of them in at a time, and each
        # release lets the longest-waiting job in at once.
        return list(await asyncio.gather(*(job(url) for url in urls)))
