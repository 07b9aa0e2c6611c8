# Complexity: O(n log n) time, n = len(scores): a bottom-up merge sort that counts inversions
# while merging; O(n) extra memory for the copy and the buffer.
class Solution:
    def count_inversions(self, scores: list[int]) -> int:
        a = list(scores)  # do not modify the caller's list
        n = len(a)
        buf = [0] * n
        inversions = 0
        width = 1
        while width < n:  # bottom-up merge sort
            for lo in range(0, n, 2 * width):
                mid = min(lo + width, n)
                hi = min(lo + 2 * width, n)
                i, j, k = lo, mid, lo
                while i < mid and j < hi:
                    if a[i] <= a[j]:  # ties: left first, equal scores are no inversion
                        buf[k] = a[i]
                        i += 1
                    else:
                        buf[k] = a[j]
                        j += 1
                        inversions += mid - i  # a[j] is smaller than all of a[i:mid]
                    k += 1
                buf[k:k + mid - i] = a[i:mid]
                k += mid - i
                buf[k:k + hi - j] = a[j:hi]
            a, buf = buf, a
            width *= 2
        return inversions
