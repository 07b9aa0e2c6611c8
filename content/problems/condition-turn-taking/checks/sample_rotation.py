"""The expected log, and the judge's threads playing the workers."""


def expected_log(names, times):
    """Worker 0, 1, ..., n-1, 0, ... each writing its name; finished workers are skipped."""
    left, log = list(times), []
    while any(left):
        for i, name in enumerate(names):
            if left[i]:
                log.append(name)
                left[i] -= 1
    return log


def play(learner, names, times):
    """One judge thread per worker; each calls take_turn() max(times) times."""
    table = learner.new("turns", "TurnTable", names, times)
    learner.hammer(table, "take_turn", threads=len(names), calls=max(1, *times))
    return learner.method(table, "log")
