# Alternative: a set of stems; test the word's prefixes from shortest to longest.
class Solution:
    def shorthand(self, stems, note):
        if not note:
            return ""
        stem_set = set(stems)
        longest = max(map(len, stems))
        out = []
        for w in note.split(" "):
            for i in range(1, min(len(w), longest) + 1):
                if w[:i] in stem_set:
                    w = w[:i]
                    break
            out.append(w)
        return " ".join(out)
