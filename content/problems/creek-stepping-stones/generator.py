import json
import random
import sys


def main() -> None:
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else int(sys.stdin.read().strip())
    rng = random.Random(seed)
    if seed <= 3:
        n = rng.randint(5, 25)
    elif seed <= 6:
        n = rng.randint(1000, 20000)
    else:
        n = 100000
    density = [0.0, 0.05, 0.2, 0.3][seed % 4]
    cracked = [i for i in range(1, n) if rng.random() < density]
    if seed == 9:
        cracked = []  # no cracks: the largest counts
    rng.shuffle(cracked)
    print(json.dumps({"args": [n, cracked]}))


if __name__ == "__main__":
    main()
