def test_sample_counts_in_one_thread(learner):
    counter = learner.new("counter", "SharedCounter")
    assert learner.method(counter, "increment") == 1
    assert learner.method(counter, "add", 10) == 11
    assert learner.method(counter, "value") == 11
    assert learner.method(counter, "reset") is None
    assert learner.method(counter, "value") == 0


def test_sample_two_threads_lose_nothing(learner):
    counter = learner.new("counter", "SharedCounter")
    # Two threads call increment() 50 times each, switching between every bytecode.
    learner.hammer(counter, "increment", threads=2, calls=50)
    assert learner.method(counter, "value") == 100, (
        "two threads incremented 50 times each: an increment was lost between a read and a write"
    )
