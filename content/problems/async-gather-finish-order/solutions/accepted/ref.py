import asyncio


class Solution:
    async def run_jobs(self, jobs: list[list]) -> dict:
        finished = []

        async def job(name, steps, fails):
            for _ in range(steps):
                await asyncio.sleep(0)  # one cooperative step: let the other jobs run
            finished.append(name)
            if fails:
                raise RuntimeError(name)
            return f"ok:{name}"

        # gather runs all jobs concurrently and returns results in INPUT order;
        # return_exceptions=True turns a failure into a value instead of aborting the rest
        outcomes = await asyncio.gather(*(job(*j) for j in jobs), return_exceptions=True)
        results = [f"error:{type(r).__name__}" if isinstance(r, BaseException) else r for r in outcomes]
        return {"finished": finished, "results": results}
