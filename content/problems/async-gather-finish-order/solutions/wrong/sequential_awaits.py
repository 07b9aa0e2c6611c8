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
        for j in jobs:
            # Bug: awaiting each coroutine directly runs the jobs one after another
            try:
                results.append(await job(*j))
            except RuntimeError as exc:
                results.append(f"error:{type(exc).__name__}")
        return {"finished": finished, "results": results}
