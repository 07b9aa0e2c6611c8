import asyncio


class Solution:
    async def limited_run(self, limit: int, jobs: list[list]) -> dict:
        sem = asyncio.Semaphore(limit)  # ONE semaphore shared by all jobs
        finished = []
        state = {"running": 0, "max": 0}

        async def job(name, steps):
            async with sem:  # held for the whole job: acquire before work, release after
                state["running"] += 1
                state["max"] = max(state["max"], state["running"])
                for _ in range(steps):
                    await asyncio.sleep(0)
                state["running"] -= 1
                finished.append(name)

        await asyncio.gather(*(job(name, steps) for name, steps in jobs))
        return {"finished": finished, "max_running": state["max"]}
