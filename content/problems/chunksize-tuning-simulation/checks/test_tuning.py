import pytest
from model import expected, measured
from small_cases import CASES


def test_small_cases(learner):
    """The best chunk size and its makespan, for nine small hand-made cases."""
    for name, durations, workers, overhead, answer in CASES:
        got = learner.call("tuning", "best_chunksize", durations, workers, overhead)
        assert got == answer, f"{name}: {durations}, workers={workers}, overhead={overhead}"


def test_search_runs_in_worker_processes(learner, lab):
    """50,000 items on 32 workers: most of the search's CPU time is spent in worker processes."""
    durations = measured(50_000, seed=1, spikes=40)
    answer = learner.call("tuning", "best_chunksize", durations, 32, 500)
    assert answer == expected(durations, 32, 500)
    used = lab.cpu()
    assert used.children_ms > 2 * used.own_ms, (
        f"worker processes used {used.children_ms:.0f} ms of CPU, the calling process "
        f"{used.own_ms:.0f} ms: the search did not run in worker processes"
    )


@pytest.mark.parametrize(
    ("n", "workers", "overhead", "seed"),
    [(3000, 4, 0, 2), (4000, 1, 7, 4), (2500, 64, 10_000, 5)],
)
def test_measured_costs(learner, n, workers, overhead, seed):
    """Uneven measured costs: the answer matches one full sequential scan (ties: smallest c)."""
    durations = measured(n, seed, spikes=5)
    assert learner.call("tuning", "best_chunksize", durations, workers, overhead) == expected(
        durations, workers, overhead
    )


def test_a_spike_at_the_end(learner):
    """One heavy item last: a mid-sized chunk can be far worse than its neighbours."""
    durations = [1] * 300 + [5_000]
    assert learner.call("tuning", "best_chunksize", durations, 3, 2) == expected(durations, 3, 2)
