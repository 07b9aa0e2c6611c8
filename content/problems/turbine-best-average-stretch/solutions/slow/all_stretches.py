import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    prefix = [0]
    for v in a:
        prefix.append(prefix[-1] + v)
    best_num, best_den = prefix[k], k
    for l in range(n - k + 1):
        base = prefix[l]
        for r in range(l + k, n + 1):
            num, den = prefix[r] - base, r - l
            if num * best_den > best_num * den:  # exact comparison of fractions
                best_num, best_den = num, den
    print(f"{best_num / best_den:.9f}")


main()
