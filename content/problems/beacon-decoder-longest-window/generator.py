import random
import sys


def main() -> None:
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else int(sys.stdin.read().split()[0])
    rng = random.Random(seed)
    if seed <= 4:
        n = rng.randint(1, 15)
    elif seed <= 8:
        n = rng.randint(1000, 5000)
    else:
        n = 200_000
    mode = seed % 4
    if mode == 0:
        # many letters, large k: the answer is long (kills restart-from-every-start)
        sigma = rng.randint(20, 26)
        k = sigma if seed % 8 == 4 else sigma - 1
    elif mode == 1:
        sigma, k = rng.randint(2, 5), rng.randint(1, 3)
    elif mode == 2:
        sigma, k = 26, rng.randint(1, 26)
    else:
        sigma, k = rng.randint(3, 8), rng.randint(2, 7)
    alphabet = "abcdefghijklmnopqrstuvwxyz"[:sigma]
    chars: list[str] = []
    while len(chars) < n:
        chars.extend(rng.choice(alphabet) * rng.randint(1, 6))
    s = "".join(chars[:n])
    print(n, k)
    print(s)


main()
