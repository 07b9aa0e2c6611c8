# Caught by test_sample_at_most_two_at_a_time: the semaphore is released before the request is
# sent, so it guards nothing and every request is in flight at once.
import asyncio

import httpx


async def limited_fetch(limit, urls):
    semaphore = asyncio.Semaphore(limit)
    async with httpx.AsyncClient() as client:

        async def job(url):
            async with semaphore:
                pass
            return (await client.get(url)).text

        return list(await asyncio.gather(*(job(url) for url in urls)))
