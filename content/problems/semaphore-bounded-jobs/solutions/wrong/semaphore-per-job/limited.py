# Caught by test_sample_at_most_two_at_a_time: every job creates its own semaphore, so each
# one always has a free slot and nothing is limited.
import asyncio

import httpx


async def limited_fetch(limit, urls):
    async with httpx.AsyncClient() as client:

        async def job(url):
            async with asyncio.Semaphore(limit):
                return (await client.get(url)).text

        return list(await asyncio.gather(*(job(url) for url in urls)))
