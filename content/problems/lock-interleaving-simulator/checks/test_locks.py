import ast

FORBIDDEN = {"Lock", "RLock", "Semaphore", "BoundedSemaphore", "Event", "Barrier"}


def test_six_threads_share_one_lock(learner):
    """4 threads, 15 increments each, under your Lock: the count is exactly 60."""
    bench = learner.new("bench", "Bench", "Lock")
    learner.hammer(bench, "increment", threads=4, calls=15)
    assert learner.attribute(bench, "value") == 60


def test_an_rlock_protects_a_counter(learner):
    """3 threads under your RLock, each taking it twice per increment: exactly 30."""
    bench = learner.new("bench", "Bench", "RLock")
    learner.hammer(bench, "increment_nested", threads=3, calls=10)
    assert learner.attribute(bench, "value") == 30


def test_a_lock_may_be_released_by_another_thread(learner):
    """A Lock acquired by one thread may be released by another (it has no owner)."""
    bench = learner.new("bench", "Bench", "Lock")
    assert learner.method(bench, "acquire") is True
    learner.hammer(bench, "release", threads=1, calls=1)  # another thread releases it
    learner.method(bench, "try_acquire")
    assert learner.attribute(bench, "attempts") == [True]


def test_an_rlock_is_reentrant_for_its_owner(learner):
    """The owner may take an RLock again; it is free after as many releases."""
    bench = learner.new("bench", "Bench", "RLock")
    for _ in range(3):
        assert learner.method(bench, "acquire") is True
    for _ in range(3):
        learner.method(bench, "release")
    with learner.raises("RuntimeError"):  # one release too many
        learner.method(bench, "release")


def test_an_rlock_refuses_a_release_by_another_thread(learner):
    """Only the owner may release an RLock: another thread gets RuntimeError."""
    bench = learner.new("bench", "Bench", "RLock")
    assert learner.method(bench, "acquire") is True
    with learner.raises("RuntimeError"):
        learner.hammer(bench, "release", threads=1, calls=1)
    learner.method(bench, "release")  # the owner still can


def test_an_rlock_blocks_other_threads(learner):
    """While one thread holds an RLock, another cannot take it."""
    bench = learner.new("bench", "Bench", "RLock")
    assert learner.method(bench, "acquire") is True
    learner.hammer(bench, "try_acquire", threads=2, calls=1)
    assert learner.attribute(bench, "attempts") == [False, False]
    learner.method(bench, "release")
    learner.hammer(bench, "try_acquire", threads=1, calls=1)
    assert learner.attribute(bench, "attempts") == [False, False, True]


def test_a_timeout_gives_up(learner):
    """acquire(timeout=...) on a lock another thread holds returns False when time is up."""
    bench = learner.new("bench", "Bench", "Lock")
    assert learner.method(bench, "acquire") is True
    learner.hammer(bench, "acquire_within", 0.05, threads=1, calls=1)
    assert learner.attribute(bench, "attempts") == [False]


def test_built_on_a_condition(lab):
    """locks.py builds its locks itself: no threading.Lock, RLock, Semaphore or Event inside."""
    used = set()
    for node in ast.walk(ast.parse(lab.files["locks.py"])):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "threading"
            and node.func.attr in FORBIDDEN
        ):
            used.add(f"threading.{node.func.attr}")
        elif isinstance(node, ast.ImportFrom) and node.module == "threading":
            used.update(f"threading.{a.name}" for a in node.names if a.name in FORBIDDEN)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names = [a.name for a in node.names] + [getattr(node, "module", None) or ""]
            used.update(name for name in names if name.split(".")[0] == "_thread")
    assert not used, f"locks.py uses {sorted(used)}: build Lock and RLock on threading.Condition()"
