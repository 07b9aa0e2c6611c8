# Complexity: O(S + len(note)) time, S the total stem length: build a trie of the stems, then each
# word walks it for at most min(len(word), 30) letters; O(S) memory for the trie.
class Solution:
    def shorthand(self, stems: list[str], note: str) -> str:
        END = "$"
        trie: dict = {}
        for stem in stems:
            node = trie
            for ch in stem:
                node = node.setdefault(ch, {})
            node[END] = True
        if not note:
            return ""
        out = []
        for word in note.split(" "):
            node = trie
            replacement = word
            for i, ch in enumerate(word):
                node = node.get(ch)
                if node is None:
                    break
                if END in node:
                    replacement = word[: i + 1]
                    break
            out.append(replacement)
        return " ".join(out)
