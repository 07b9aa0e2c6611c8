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

        async def safe(j):
            try:
                return await job(*j)
            except RuntimeError as exc:
                return f"error:{type(exc).__name__}"

        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(safe(j)) for j in jobs]
        return {"finished": finished, "results": [t.result() for t in tasks]}
