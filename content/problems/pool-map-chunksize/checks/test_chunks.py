import pytest
from plan_cases import CASES
from test_sample_chunks import expected_checksum

# About half a second of CPU in all: enough that where it went is clear.
HEAVY = [260_000, 90_000, 240_000, 120_000, 200_000, 160_000, 180_000, 140_000] * 2


@pytest.mark.parametrize(
    ("cpus", "calls", "expected"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_plan(learner, cpus, calls, expected):
    """plan_chunks follows CPython 3.11's slicing for every call."""
    assert learner.call("chunks", "plan_chunks", cpus, calls) == expected


def test_work_runs_in_worker_processes(learner, lab):
    """The checksums run in worker processes: most of the CPU time is theirs."""
    assert learner.call("chunks", "checksums", HEAVY, 4) == [expected_checksum(n) for n in HEAVY]
    used = lab.cpu()
    assert used.children_ms > 2 * used.own_ms, (
        f"worker processes used {used.children_ms:.0f} ms of CPU, the calling process "
        f"{used.own_ms:.0f} ms: the work did not run in worker processes"
    )


def test_results_follow_the_input_order(learner):
    """result[i] is the checksum of sizes[i], whatever order the workers finish in."""
    sizes = [50_000, 5, 40_000, 0, 30_000, 7, 20_000, 1]
    assert learner.call("chunks", "checksums", sizes, 3) == [expected_checksum(n) for n in sizes]


def test_no_items(learner):
    """An empty list gives an empty list."""
    assert learner.call("chunks", "checksums", [], 2) == []
