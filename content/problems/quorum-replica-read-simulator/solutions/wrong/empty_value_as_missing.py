# Wrong: a replica "has" a key only when its stored value is truthy: an empty value "" is taken
# for a missing one.
class Solution:
    def simulate(self, n: int, w: int, r: int, ops: list[list]) -> dict:
        up = [True] * n
        stores: list[dict[int, tuple[int, str]]] = [{} for _ in range(n)]  # key -> (version, value)
        latest: dict[int, int] = {}  # key -> version of the newest successful write
        version = 0
        results = []
        stale = 0

        def contacts(key: int, count: int) -> list[int]:
            chosen = []
            for j in range(n):
                replica = (key + j) % n
                if up[replica]:
                    chosen.append(replica)
                    if len(chosen) == count:
                        break
            return chosen

        for op in ops:
            kind = op[0]
            if kind == "down":
                up[op[1]] = False
            elif kind == "up":
                up[op[1]] = True
            elif kind == "write":
                key, value = op[1], op[2]
                targets = contacts(key, w)
                if len(targets) < w:
                    results.append("fail")
                    continue
                version += 1
                for replica in targets:
                    stores[replica][key] = (version, value)
                latest[key] = version
                results.append("ok")
            else:  # read
                key = op[1]
                sources = contacts(key, r)
                if len(sources) < r:
                    results.append("fail")
                    continue
                best = max((stores[s][key] for s in sources if stores[s].get(key, (0, ""))[1]), default=None)
                if best is not None:
                    for s in sources:  # read repair
                        stores[s][key] = best
                fresh = (best[0] if best else None) == latest.get(key)
                stale += not fresh
                results.append([best[1] if best else None, fresh])
        return {"results": results, "guaranteed": r + w > n, "stale_reads": stale}
