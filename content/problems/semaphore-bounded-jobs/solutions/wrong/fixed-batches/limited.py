# Caught by test_a_free_slot_is_reused_at_once: fixed batches of `limit` jobs -- a batch waits
# for its slowest job before the next batch starts, so a slot idles while it could work.
import asyncio

import httpx


async def limited_fetch(limit, urls):
    results = []
    async with httpx.AsyncClient() as client:
        for start in range(0, len(urls), limit):
            batch = urls[start : start + limit]
            responses = await asyncio.gather(*(client.get(url) for url in batch))
            results.extend(response.text for response in responses)
    return results
