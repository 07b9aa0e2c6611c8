import asyncio


class Solution:
    async def supervise(self, jobs, timeout_ms):
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
            finally:
                cleaned.append(name)

        tasks = [asyncio.create_task(job(*j)) for j in jobs]
        errors = []
        try:
            await asyncio.wait_for(asyncio.gather(*tasks), timeout_ms / 1000)
            result = "ok"
        except RuntimeError as exc:
            result = "failed"
            errors = [str(exc)]
            # Bug: cancels the other tasks but returns without awaiting them, so their
            # cleanup has not run yet and their state is still "cancelling"
            for t in tasks:
                t.cancel()
        except TimeoutError:
            result = "timeout"

        def status(t):
            if t.cancelled() or not t.done():
                return "cancelled"
            return "failed" if t.exception() is not None else "done"

        return {"outcome": result, "status": [status(t) for t in tasks],
                "cleaned": sorted(cleaned), "errors": errors}
