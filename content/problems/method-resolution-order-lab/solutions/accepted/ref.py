# Complexity: O(L * b) time per class, L the length of its MRO and b its bases: a C3 merge with a
# head index per sequence and tail counters; O(L) per query; O(len(classes) * L) memory.
class Solution:
    def resolve(self, classes: list, queries: list) -> dict:
        mros = {"object": ["object"]}
        attrs = {"object": set()}
        result_mros = []
        for name, bases, defined in classes:
            mro = self._linearize(name, bases or ["object"], mros)
            result_mros.append(mro)
            if mro is not None:
                mros[name] = mro
                attrs[name] = set(defined)

        def owner(mro, attr):
            for cls in mro:
                if attr in attrs[cls]:
                    return cls
            return None

        answers = []
        for q in queries:
            if q[0] == "lookup":
                answers.append(owner(mros[q[1]], q[2]))
            elif q[0] == "super":
                mro = mros[q[1]]
                answers.append(owner(mro[mro.index(q[2]) + 1:], q[3]))
            else:  # issubclass
                answers.append(q[2] in mros[q[1]])
        return {"mro": result_mros, "answers": answers}

    @staticmethod
    def _linearize(name, bases, mros):
        # a base that does not exist (its own definition failed) or a repeated base: TypeError
        if len(set(bases)) != len(bases) or any(b not in mros for b in bases):
            return None
        # C3: name + merge(L[B1], ..., L[Bn], [B1, ..., Bn]).
        # pos[i] is the current head index of seqs[i]; in_tail counts how many sequences
        # still hold a class behind their head, so "head is in no tail" is an O(1) test.
        seqs = [mros[b] for b in bases] + [list(bases)]
        pos = [0] * len(seqs)
        in_tail = {}
        for s in seqs:
            for c in s[1:]:
                in_tail[c] = in_tail.get(c, 0) + 1
        out = [name]
        while True:
            head = None
            for i, s in enumerate(seqs):
                if pos[i] < len(s) and in_tail.get(s[pos[i]], 0) == 0:
                    head = s[pos[i]]
                    break
            if head is None:
                if all(pos[i] == len(s) for i, s in enumerate(seqs)):
                    return out
                return None  # every candidate head sits in some tail: inconsistent
            out.append(head)
            for i, s in enumerate(seqs):
                if pos[i] < len(s) and s[pos[i]] == head:
                    pos[i] += 1
                    if pos[i] < len(s):
                        in_tail[s[pos[i]]] -= 1  # the new head leaves this tail
