from concurrent.futures import ProcessPoolExecutor


def plan_chunks(cpus: int, calls: list[list]) -> list[list[int]]:
    out = []
    for api, n, workers, chunksize in calls:
        if workers is None:
            workers = cpus  # Pool(processes=None) uses os.cpu_count()
        if chunksize is None:
            if api in ("Pool.map", "Pool.starmap"):
                # CPython's heuristic: about four chunks per worker process
                chunksize, extra = divmod(n, workers * 4)
                if extra:
                    chunksize += 1
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
    # Executor.map defaults to chunksize=1; pass the same size Pool.map would use.
    size = plan_chunks(workers, [["Pool.map", len(sizes), workers, None]])[0][0]
    with ProcessPoolExecutor(max_workers=workers) as executor:
        return list(executor.map(checksum, sizes, chunksize=max(1, size)))
