def test_eight_threads_lose_nothing(learner):
    """8 threads call increment() 60 times each at once: the count is exactly 480."""
    counter = learner.new("counter", "SharedCounter")
    learner.hammer(counter, "increment", threads=8, calls=60)
    assert learner.method(counter, "value") == 480


def test_add_from_many_threads_loses_nothing(learner):
    """6 threads call add(5) 50 times each at once: the count is exactly 1500."""
    counter = learner.new("counter", "SharedCounter")
    learner.hammer(counter, "add", 5, threads=6, calls=50)
    assert learner.method(counter, "value") == 1500


def test_negative_adds_from_many_threads(learner):
    """From 100, 4 threads call add(-1) 25 times each: the count is exactly 0."""
    counter = learner.new("counter", "SharedCounter")
    learner.method(counter, "add", 100)
    learner.hammer(counter, "add", -1, threads=4, calls=25)
    assert learner.method(counter, "value") == 0


def test_bursts_after_a_reset(learner):
    """A burst, a reset, another burst: the second burst counts from zero."""
    counter = learner.new("counter", "SharedCounter")
    learner.hammer(counter, "increment", threads=3, calls=40)
    assert learner.method(counter, "value") == 120
    learner.method(counter, "reset")
    learner.hammer(counter, "increment", threads=5, calls=30)
    assert learner.method(counter, "value") == 150


def test_increment_returns_the_new_value(learner):
    """increment() and add(n) return the value they produced."""
    counter = learner.new("counter", "SharedCounter")
    assert [learner.method(counter, "increment") for _ in range(3)] == [1, 2, 3]
    assert learner.method(counter, "add", -7) == -4


def test_two_counters_are_independent(learner):
    """Two counters never share a count."""
    first = learner.new("counter", "SharedCounter")
    second = learner.new("counter", "SharedCounter")
    learner.hammer(first, "increment", threads=4, calls=20)
    learner.method(second, "add", 3)
    assert learner.method(first, "value") == 80
    assert learner.method(second, "value") == 3
