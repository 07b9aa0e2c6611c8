import asyncio


class Solution:
    async def run_jobs(self, jobs):
        finished = []

        async def job(name, steps, fails):
            for _ in range(steps):
                await asyncio.sleep(0)
            finished.append(name)
            if fails:
                raise RuntimeError(name)
            return f"ok:{name}"

        results = []
        # Bug: as_completed yields in completion order, not in the order of the jobs
        for fut in asyncio.as_completed([job(*j) for j in jobs]):
            try:
                results.append(await fut)
            except RuntimeError as exc:
                results.append(f"error:{type(exc).__name__}")
        return {"finished": finished, "results": results}
