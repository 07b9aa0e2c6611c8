class Solution:
    def plan_chunks(self, cpus, calls):
        out = []
        for api, n, workers, chunksize in calls:
            if workers is None:
                workers = cpus
            if chunksize is None:
                if api in ("Pool.map", "Pool.starmap"):
                    # Bug: rounds the division down (never up) and patches 0 to 1
                    chunksize = max(1, n // (workers * 4))
                else:
                    chunksize = 1
            if n == 0:
                out.append([0 if api in ("Pool.map", "Pool.starmap") else chunksize, 0, 0])
                continue
            chunks = -(-n // chunksize)
            out.append([chunksize, chunks, n - (chunks - 1) * chunksize])
        return out
