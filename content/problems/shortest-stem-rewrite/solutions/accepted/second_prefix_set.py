# Complexity: O(S + len(note) * l) time, S the total stem length and l <= 30 the longest stem:
# each word tries its prefixes up to l, slicing and hashing each; O(S) memory for the set.
#
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
