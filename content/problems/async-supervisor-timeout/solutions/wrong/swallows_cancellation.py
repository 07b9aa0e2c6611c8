import asyncio


class Solution:
    async def supervise(self, jobs: list[list], timeout_ms: int) -> dict:
        cleaned = []

        async def job(name, steps, outcome):
            try:
                for _ in range(steps):
                    await asyncio.sleep(0)
                if outcome == "fail":
                    raise RuntimeError(name)
                if outcome == "hang":
                    await asyncio.Event().wait()
                return name
            except asyncio.CancelledError:
                # Bug: swallowing cancellation -- the task looks "done", the TaskGroup and the
                # timeout never learn that it was cancelled, so a timeout is never reported
                return name
            finally:
                cleaned.append(name)

        tasks = []
        errors = []
        try:
            async with asyncio.timeout(timeout_ms / 1000):
                async with asyncio.TaskGroup() as tg:
                    tasks = [tg.create_task(job(*j)) for j in jobs]
            result = "ok"
        except* RuntimeError as group:
            # the TaskGroup cancelled the siblings and waited for them before raising
            result = "failed"
            errors = sorted(str(e) for e in group.exceptions)
        except* TimeoutError:
            result = "timeout"

        def status(t):
            if t.cancelled():
                return "cancelled"
            return "failed" if t.exception() is not None else "done"

        return {"outcome": result, "status": [status(t) for t in tasks],
                "cleaned": sorted(cleaned), "errors": errors}
