def test_sample_lock_basics(learner):
    bench = learner.new("bench", "Bench", "Lock")
    assert learner.method(bench, "acquire") is True
    learner.method(bench, "try_acquire")  # the holder itself: a Lock is not re-entrant
    assert learner.attribute(bench, "attempts") == [False]
    learner.method(bench, "release")
    learner.method(bench, "try_acquire")
    assert learner.attribute(bench, "attempts") == [False, True]
    learner.method(bench, "release")
    with learner.raises("RuntimeError"):  # releasing an unlocked Lock
        learner.method(bench, "release")


def test_sample_lock_protects_a_counter(learner):
    bench = learner.new("bench", "Bench", "Lock")
    # 4 judge threads call bench.increment() 20 times each, switching between every bytecode.
    learner.hammer(bench, "increment", threads=4, calls=20)
    assert learner.attribute(bench, "value") == 80
