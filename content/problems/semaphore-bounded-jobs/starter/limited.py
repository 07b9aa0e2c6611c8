import httpx


async def limited_fetch(limit: int, urls: list[str]) -> list[str]:
    results = []
    async with httpx.AsyncClient() as client:
        # TODO: up to `limit` requests in flight at once, never more.
        for url in urls:
            response = await client.get(url)
            results.append(response.text)
    return results
