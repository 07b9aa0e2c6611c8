import asyncio

import httpx


async def run_jobs(urls: list[str]) -> dict:
    finished: list[int] = []

    async with httpx.AsyncClient() as client:

        async def job(index: int, url: str) -> str:
            response = await client.get(url)
            finished.append(index)  # the moment this job finishes
            response.raise_for_status()  # a failed job raises
            return response.text

        # gather starts every job now, runs them concurrently, and returns their outcomes in
        # the order of its arguments; return_exceptions=True turns a failure into a value
        # instead of abandoning the other jobs' results.
        outcomes = await asyncio.gather(
            *(job(i, url) for i, url in enumerate(urls)), return_exceptions=True
        )

    results = []
    for outcome in outcomes:
        if isinstance(outcome, httpx.HTTPStatusError):
            results.append(f"error:{outcome.response.status_code}")
        elif isinstance(outcome, BaseException):
            raise outcome
        else:
            results.append(outcome)
    return {"finished": finished, "results": results}
