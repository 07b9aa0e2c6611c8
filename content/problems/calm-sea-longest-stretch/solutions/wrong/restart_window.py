import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, limit = int(data[0]), int(data[1])
    h = list(map(int, data[2:2 + n]))
    left = 0
    top = bot = h[0]
    best_len, best_start = 1, 0
    for right in range(1, n):
        top, bot = max(top, h[right]), min(bot, h[right])
        if top - bot > limit:
            left, top, bot = right, h[right], h[right]  # starts over at the breaking minute
        if right - left + 1 > best_len:
            best_len, best_start = right - left + 1, left
    print(best_len, best_start + 1)


main()
