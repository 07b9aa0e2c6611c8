# Bug: uses the first matching stem in list order, not the shortest.
class Solution:
    def shorthand(self, stems, note):
        if not note:
            return ""
        out = []
        by_first = {}
        for s in stems:
            by_first.setdefault(s[0], []).append(s)
        for w in note.split(" "):
            for s in by_first.get(w[0], []):
                if w.startswith(s):
                    w = s
                    break
            out.append(w)
        return " ".join(out)
