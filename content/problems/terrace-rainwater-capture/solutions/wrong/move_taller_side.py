import sys

# Wrong: advances the side whose maximum is LARGER.
data = sys.stdin.buffer.read().split()
n = int(data[0])
h = list(map(int, data[1 : 1 + n]))
left, right = 0, n - 1
left_max = right_max = 0
water = 0
while left <= right:
    if left_max >= right_max:
        left_max = max(left_max, h[left])
        water += left_max - h[left]
        left += 1
    else:
        right_max = max(right_max, h[right])
        water += right_max - h[right]
        right -= 1
print(water)
