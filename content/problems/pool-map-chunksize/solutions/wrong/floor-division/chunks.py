# Caught by test_sample_plan: 1000 items on 4 workers need chunks of 63 (1000 / 16
# rounded up), not 62.
from multiprocessing import Pool


def plan_chunks(cpus: int, calls: list[list]) -> list[list[int]]:
    out = []
    for api, n, workers, chunksize in calls:
        if workers is None:
            workers = cpus  # Pool(processes=None) uses os.cpu_count()
        if chunksize is None:
            if api in ("Pool.map", "Pool.starmap"):
                # CPython's heuristic: about four chunks per worker process
                # Bug: rounds the division down (never up) and patches 0 to 1
                chunksize = max(1, n // (workers * 4))
            else:  # Pool.imap / Pool.imap_unordered / ProcessPoolExecutor.map
                chunksize = 1
        if n == 0:
            out.append([0 if api in ("Pool.map", "Pool.starmap") else chunksize, 0, 0])
            continue
        chunks = -(-n // chunksize)
        out.append([chunksize, chunks, n - (chunks - 1) * chunksize])
    return out


def checksum(n: int) -> int:
    """The expensive per-item work of the job (keep it as it is)."""
    total = 0
    for i in range(n):
        total = (total * 31 + i) % 1_000_003
    return total


def checksums(sizes: list[int], workers: int) -> list[int]:
    # Pool.map slices sizes into about four chunks per worker and returns the results in
    # input order, however the workers finish.
    with Pool(processes=workers) as pool:
        return pool.map(checksum, sizes)
