import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, limit = int(data[0]), int(data[1])
    h = list(map(int, data[2:2 + n]))
    best_len, best_start = 0, 0
    for start in range(n):
        top = bot = h[start]
        end = start
        while end + 1 < n:
            x = h[end + 1]
            if x > top:
                top = x
            if x < bot:
                bot = x
            if top - bot > limit:
                break
            end += 1
        if end - start + 1 > best_len:
            best_len, best_start = end - start + 1, start
    print(best_len, best_start + 1)


main()
