"""The expected log, and the judge's threads playing the workers."""


def expected_log(names, times, order):
    """Workers in the order of `order`, cyclically, each writing its name; finished workers
    are skipped."""
    left, log = list(times), []
    while any(left):
        for i in order:
            if left[i]:
                log.append(names[i])
                left[i] -= 1
    return log


def play(learner, names, times, order):
    """One judge thread per worker; each calls take_turn() max(times) times, all at once."""
    table = learner.new("turns", "TurnTable", names, times, order)
    learner.hammer(table, "take_turn", threads=len(names), calls=max(1, *times))
    return learner.method(table, "log")
