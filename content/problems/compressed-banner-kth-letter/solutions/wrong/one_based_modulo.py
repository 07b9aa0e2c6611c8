from bisect import bisect_right


class Solution:
    def letters_at(self, code: str, ks: list[int]) -> list[str]:
        n = len(code)

        def parse(i: int):
            starts, pieces, length = [], [], 0
            while i < n and code[i] != "]":
                if code[i].isdigit():
                    j = i
                    while code[j].isdigit():
                        j += 1
                    count = int(code[i:j])
                    child, i = parse(j + 1)
                    i += 1
                    starts.append(length + 1)  # 1-based starts
                    pieces.append((count, child))
                    length += count * child[2]
                else:
                    starts.append(length + 1)
                    pieces.append(code[i])
                    length += 1
                    i += 1
            return (starts, pieces, length), i

        root, _ = parse(0)
        out = []
        for k in ks:
            node = root
            while True:
                starts, pieces, _ = node
                idx = bisect_right(starts, k) - 1
                piece = pieces[idx]
                k -= starts[idx] - 1
                if isinstance(piece, str):
                    out.append(piece)
                    break
                node = piece[1]
                k = k % node[2]  # bug: the last letter of a copy maps to 0, not node length
                if k == 0:
                    k = 1
        return out
