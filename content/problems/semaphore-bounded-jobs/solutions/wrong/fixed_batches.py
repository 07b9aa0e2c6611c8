import asyncio


class Solution:
    async def limited_run(self, limit, jobs):
        finished = []
        state = {"running": 0, "max": 0}

        async def job(name, steps):
            state["running"] += 1
            state["max"] = max(state["max"], state["running"])
            for _ in range(steps):
                await asyncio.sleep(0)
            state["running"] -= 1
            finished.append(name)

        # Bug: fixed batches of `limit` jobs; a batch waits for its slowest job before the
        # next batch starts, instead of starting a job as soon as any slot frees up
        for i in range(0, len(jobs), limit):
            await asyncio.gather(*(job(n, s) for n, s in jobs[i:i + limit]))
        return {"finished": finished, "max_running": state["max"]}
