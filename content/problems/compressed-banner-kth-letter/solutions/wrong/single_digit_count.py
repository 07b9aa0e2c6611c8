from bisect import bisect_right


class Solution:
    def letters_at(self, code: str, ks: list[int]) -> list[str]:
        n = len(code)

        def parse(i: int):
            starts, pieces, length = [], [], 0
            while i < n and code[i] != "]":
                c = code[i]
                if c.isdigit() and code[i + 1] == "[":
                    count = int(c)  # only the digit right before '[' is read
                    child, i = parse(i + 2)
                    i += 1
                    starts.append(length)
                    pieces.append((count, child))
                    length += count * child[2]
                elif c.isdigit():
                    i += 1  # stray leading digits are skipped
                else:
                    starts.append(length)
                    pieces.append(c)
                    length += 1
                    i += 1
            return (starts, pieces, length), i

        root, _ = parse(0)
        out = []
        for k in ks:
            node, pos = root, k - 1
            while True:
                starts, pieces, _ = node
                idx = bisect_right(starts, pos) - 1
                piece = pieces[idx]
                pos -= starts[idx]
                if isinstance(piece, str):
                    out.append(piece)
                    break
                node = piece[1]
                pos %= node[2]
        return out
