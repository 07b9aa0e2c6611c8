import json
import random
import sys


def main() -> None:
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else int(sys.stdin.read().split()[0])
    rng = random.Random(seed)
    if seed <= 3:
        n = rng.randint(1, 20)
    elif seed <= 6:
        n = rng.randint(200, 3000)
    else:
        n = 100_000
    alphabet = "abcdefghijklmnopqrstuvwxyz"[: rng.choice([2, 3, 26])]
    max_run = [1, 3, 15, 200][seed % 4]
    chars: list[str] = []
    while len(chars) < n:
        chars.extend(rng.choice(alphabet) * rng.randint(1, max_run))
    print(json.dumps({"args": ["".join(chars[:n])]}))


main()
