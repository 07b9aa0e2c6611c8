class Solution:
    def resolve(self, classes, queries):
        mros = {"object": ["object"]}
        attrs = {"object": set()}
        out_mros = []
        for name, bases, defined in classes:
            bases = bases or ["object"]
            if len(set(bases)) != len(bases) or any(b not in mros for b in bases):
                out_mros.append(None)
                continue
            # Bug: classic depth-first, left-to-right order keeping the first occurrence
            # (Python 2 old-style classes). Right for single inheritance, wrong for diamonds,
            # and it never detects an inconsistent hierarchy.
            seen = [name]
            for b in bases:
                for c in mros[b]:
                    if c not in seen:
                        seen.append(c)
            if "object" in seen:
                seen.remove("object")
                seen.append("object")
            mros[name] = seen
            attrs[name] = set(defined)
            out_mros.append(seen)

        def owner(mro, attr):
            return next((c for c in mro if attr in attrs[c]), None)

        answers = []
        for q in queries:
            if q[0] == "lookup":
                answers.append(owner(mros[q[1]], q[2]))
            elif q[0] == "super":
                m = mros[q[1]]
                answers.append(owner(m[m.index(q[2]) + 1:], q[3]))
            else:
                answers.append(q[2] in mros[q[1]])
        return {"mro": out_mros, "answers": answers}
