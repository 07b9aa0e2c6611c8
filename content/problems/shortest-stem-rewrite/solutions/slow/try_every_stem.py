# Correct but O(words * stems).
class Solution:
    def shorthand(self, stems, note):
        if not note:
            return ""
        out = []
        for w in note.split(" "):
            best = w
            for s in stems:
                if len(s) < len(best) and w.startswith(s):
                    best = s
            out.append(best)
        return " ".join(out)
