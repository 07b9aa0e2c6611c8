def check(input: str, expected: str, actual: str):
    data = input.split()
    n, m = int(data[0]), int(data[1])
    edges = set()
    for i in range(m):
        edges.add((int(data[2 + 2 * i]), int(data[3 + 2 * i])))
    exp = expected.split()
    act = actual.split()
    if not act:
        return False, "empty output"
    if exp[0] == "OK":
        if act == ["OK"]:
            return True, "ok"
        return False, "the rules have no circle, expected OK"
    if act[0] != "CYCLE":
        return False, "a circle exists but the output does not start with CYCLE"
    try:
        k = int(act[1])
        cyc = [int(x) for x in act[2:]]
    except (IndexError, ValueError):
        return False, "malformed CYCLE output"
    if k < 1 or len(cyc) != k:
        return False, f"CYCLE {k} must be followed by exactly {k} targets"
    if len(set(cyc)) != k:
        return False, "targets in the circle must be distinct"
    for v in cyc:
        if not 1 <= v <= n:
            return False, f"target {v} out of range"
    for i in range(k):
        a, b = cyc[i], cyc[(i + 1) % k]
        if (a, b) not in edges:
            return False, f"there is no rule '{a} {b}'"
    return True, "ok"
