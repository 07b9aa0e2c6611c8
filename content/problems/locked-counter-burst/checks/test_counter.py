def test_eight_threads_lose_nothing(learner):
    """6 threads call increment() 20 times each at once: the count is exactly 120."""
    counter = learner.new("counter", "SharedCounter")
    learner.hammer(counter, "increment", threads=6, calls=20)
    assert learner.method(counter, "value") == 120


def test_add_from_many_threads_loses_nothing(learner):
    """4 threads call add(5) 15 times each at once: the count is exactly 300."""
    counter = learner.new("counter", "SharedCounter")
    learner.hammer(counter, "add", 5, threads=4, calls=15)
    assert learner.method(counter, "value") == 300


def test_negative_adds_from_many_threads(learner):
    """From 40, 4 threads call add(-1) 10 times each: the count is exactly 0."""
    counter = learner.new("counter", "SharedCounter")
    learner.method(counter, "add", 40)
    learner.hammer(counter, "add", -1, threads=4, calls=10)
    assert learner.method(counter, "value") == 0


def test_bursts_after_a_reset(learner):
    """A burst, a reset, another burst: the second burst counts from zero."""
    counter = learner.new("counter", "SharedCounter")
    learner.hammer(counter, "increment", threads=3, calls=15)
    assert learner.method(counter, "value") == 45
    learner.method(counter, "reset")
    learner.hammer(counter, "increment", threads=4, calls=15)
    assert learner.method(counter, "value") == 60


def test_increment_returns_the_new_value(learner):
    """increment() and add(n) return the value they produced."""
    counter = learner.new("counter", "SharedCounter")
    assert [learner.method(counter, "increment") for _ in range(3)] == [1, 2, 3]
    assert learner.method(counter, "add", -7) == -4


def test_two_counters_are_independent(learner):
    """Two counters never share a count."""
    first = learner.new("counter", "SharedCounter")
    second = learner.new("counter", "SharedCounter")
    learner.hammer(first, "increment", threads=3, calls=10)
    learner.method(second, "add", 3)
    assert learner.method(first, "value") == 30
    assert learner.method(second, "value") == 3
