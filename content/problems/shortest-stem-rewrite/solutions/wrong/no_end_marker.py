# Bug: replaces the word by the deepest trie path it can follow, even if no stem ends there.
class Solution:
    def shorthand(self, stems, note):
        trie = {}
        for s in stems:
            node = trie
            for ch in s:
                node = node.setdefault(ch, {})
            node["$"] = True
        if not note:
            return ""
        out = []
        for w in note.split(" "):
            node, i = trie, 0
            while i < len(w) and w[i] in node and "$" not in node:
                node = node[w[i]]
                i += 1
            out.append(w[:i] if i > 0 else w)
        return " ".join(out)
