class Solution:
    """Correct but walks the expanded text letter by letter: O(k) per query."""

    def letters_at(self, code: str, ks: list[int]) -> list[str]:
        n = len(code)

        def parse(i: int):
            items = []
            while i < n and code[i] != "]":
                if code[i].isdigit():
                    j = i
                    while code[j].isdigit():
                        j += 1
                    count = int(code[i:j])
                    child, i = parse(j + 1)
                    items.append((count, child))
                    i += 1
                else:
                    items.append(code[i])
                    i += 1
            return items, i

        root, _ = parse(0)

        def walk(items):
            for it in items:
                if isinstance(it, str):
                    yield it
                else:
                    count, child = it
                    for _ in range(count):
                        yield from walk(child)

        out = []
        for k in ks:
            for idx, letter in enumerate(walk(root), 1):
                if idx == k:
                    out.append(letter)
                    break
        return out
