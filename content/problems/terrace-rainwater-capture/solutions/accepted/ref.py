# Complexity: O(n) time: two pointers moving inwards, always advancing the side with the lower
# maximum; O(1) extra memory besides the heights.
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    h = list(map(int, data[1 : 1 + n]))
    left, right = 0, n - 1
    left_max = right_max = 0
    water = 0
    while left <= right:
        if left_max <= right_max:
            if h[left] > left_max:
                left_max = h[left]
            else:
                water += left_max - h[left]
            left += 1
        else:
            if h[right] > right_max:
                right_max = h[right]
            else:
                water += right_max - h[right]
            right -= 1
    print(water)


main()
