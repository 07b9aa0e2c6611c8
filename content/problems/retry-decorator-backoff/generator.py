import json
import random
import sys

TEMPLATE = '''EXC = {{c.__name__: c for c in [ConnectionError, ConnectionResetError, TimeoutError, OSError,
        FileNotFoundError, KeyError, IndexError, LookupError, ValueError, UnicodeError, RuntimeError]}}
PLAN = {plan}
CALLS = {calls}
sleeps = []
cursor = {{"i": 0}}

@retry(attempts={attempts}, exceptions={exceptions}, delay={delay}, backoff={backoff}, max_delay={max_delay}, sleep=sleeps.append)
def task(tag):
    step = PLAN[cursor["i"] % len(PLAN)]
    cursor["i"] += 1
    if step == "ok":
        return tag
    raise EXC[step](tag)

log = []
for tag in CALLS:
    try:
        log.append([task(tag), task.last_attempts])
    except Exception as exc:
        log.append([type(exc).__name__, task.last_attempts])
RESULT = {{"log": log, "sleeps": sleeps, "steps": cursor["i"]}}
'''
NAMES = ["ConnectionError", "ConnectionResetError", "TimeoutError", "OSError", "FileNotFoundError",
         "KeyError", "IndexError", "LookupError", "ValueError", "UnicodeError", "RuntimeError"]
CATCH = ["(ConnectionError,)", "ConnectionError", "OSError", "(KeyError, TimeoutError)", "LookupError",
         "(ValueError, OSError)", "Exception", "(RuntimeError,)", "(IndexError, ConnectionResetError)"]


def main():
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..2, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 2
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed == 30:
        # every call fails all 10 attempts (the most allowed), waits from the largest delay 10
        # growing by the largest backoff 3 uncapped (10 * 3^8 before the last attempt), 400 calls
        print(json.dumps({"args": [TEMPLATE.format(
            plan=json.dumps(["TimeoutError"]), calls=json.dumps([f"c{i}" for i in range(400)]),
            attempts=10, exceptions="OSError", delay=10, backoff=3, max_delay="None")]}))
        return
    plan_len = rng.randint(1, 8 * seed)
    plan = [rng.choice(["ok"] * 3 + NAMES) for _ in range(plan_len)]
    calls = [f"c{i}" for i in range(20 if seed < 6 else 400)]
    print(json.dumps({"args": [TEMPLATE.format(
        plan=json.dumps(plan), calls=json.dumps(calls), attempts=rng.randint(1, 6),
        exceptions=rng.choice(CATCH), delay=rng.choice([0, 0.25, 0.5, 1, 2]),
        backoff=rng.choice([1, 1.5, 2, 3, 0.5]), max_delay=rng.choice(["None", "None", "1", "4", "0.75"]))]}))


main()
