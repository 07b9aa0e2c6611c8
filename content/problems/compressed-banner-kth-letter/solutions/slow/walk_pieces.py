# Slow: walks the pieces of each sequence one by one instead of bisecting the start offsets:
# O(P) per level per k, too slow when one sequence has thousands of pieces (gen-30).


class Seq:
    __slots__ = ("starts", "pieces", "length")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.pieces: list = []  # str (run of letters) or (count, Seq)
        self.length = 0

    def add(self, piece, size: int) -> None:
        self.starts.append(self.length)
        self.pieces.append(piece)
        self.length += size


class Solution:
    def letters_at(self, code: str, ks: list[int]) -> list[str]:
        n = len(code)

        def parse(i: int) -> tuple[Seq, int]:
            seq = Seq()
            while i < n and code[i] != "]":
                if code[i].isdigit():
                    j = i
                    while code[j].isdigit():
                        j += 1
                    count = int(code[i:j])
                    child, i = parse(j + 1)  # skip '['
                    i += 1  # skip ']'
                    seq.add((count, child), count * child.length)
                else:
                    j = i
                    while j < n and code[j].isalpha():
                        j += 1
                    seq.add(code[i:j], j - i)
                    i = j
            return seq, i

        root, _ = parse(0)
        answer = []
        for k in ks:
            seq, pos = root, k - 1
            while True:
                idx = 0
                while idx + 1 < len(seq.starts) and seq.starts[idx + 1] <= pos:
                    idx += 1
                piece = seq.pieces[idx]
                pos -= seq.starts[idx]
                if isinstance(piece, str):
                    answer.append(piece[pos])
                    break
                _, child = piece
                seq, pos = child, pos % child.length
        return answer
