import httpx


async def run_jobs(urls: list[str]) -> dict:
    finished: list[int] = []
    results: list[str] = []
    async with httpx.AsyncClient() as client:
        # TODO: run every job at the same time; keep results in the order of urls.
        for index, url in enumerate(urls):
            response = await client.get(url)
            finished.append(index)
            results.append(response.text)
    return {"finished": finished, "results": results}
