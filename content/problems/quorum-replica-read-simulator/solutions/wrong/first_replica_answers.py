class Solution:
    """Returns the value of the first contacted replica that has the key, not the newest one."""

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
            chosen = [(key + j) % n for j in range(n) if up[(key + j) % n]][:need]
            if len(chosen) < need:
                results.append("fail")
                continue
            if op[0] == "write":
                version += 1
                for s in chosen:
                    stores[s][key] = (version, op[2])
                latest[key] = version
                results.append("ok")
            else:
                found = next((stores[s][key] for s in chosen if key in stores[s]), None)
                if found is not None:
                    for s in chosen:
                        stores[s][key] = max(stores[s].get(key, found), found)
                fresh = (found[0] if found else None) == latest.get(key)
                stale += not fresh
                results.append([found[1] if found else None, fresh])
        return {"results": results, "guaranteed": r + w > n, "stale_reads": stale}
