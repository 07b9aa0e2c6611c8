class Solution:
    """Always contacts the first w (or r) replicas of the preference list and fails when one
    of them is down, instead of moving on to the next replica that is up."""

    def simulate(self, n: int, w: int, r: int, ops: list[list]) -> dict:
        up = [True] * n
        stores = [{} for _ in range(n)]
        latest = {}
        version = 0
        results, stale = [], 0
        for op in ops:
            if op[0] in ("down", "up"):
                up[op[1]] = op[0] == "up"
                continue
            key = op[1]
            need = w if op[0] == "write" else r
            chosen = [(key + j) % n for j in range(need)]
            if not all(up[s] for s in chosen):
                results.append("fail")
                continue
            if op[0] == "write":
                version += 1
                for s in chosen:
                    stores[s][key] = (version, op[2])
                latest[key] = version
                results.append("ok")
            else:
                best = max((stores[s][key] for s in chosen if key in stores[s]), default=None)
                if best is not None:
                    for s in chosen:
                        stores[s][key] = best
                fresh = (best[0] if best else None) == latest.get(key)
                stale += not fresh
                results.append([best[1] if best else None, fresh])
        return {"results": results, "guaranteed": r + w > n, "stale_reads": stale}
