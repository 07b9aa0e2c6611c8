# Complexity: O(L * b) time per class, L the length of its MRO and b its bases: type() runs
# Python's own C3 merge; getattr, super and issubclass walk at most L classes per query;
# O(len(classes) * L) memory.
class Solution:
    """Let Python itself build the classes and compute the MRO."""

    def resolve(self, classes, queries):
        made = {"object": object}
        mros = []
        for name, bases, defined in classes:
            try:
                base_objs = tuple(made[b] for b in (bases or ["object"]))
                # each attribute's value records the class that defines it
                cls = type(name, base_objs, {a: name for a in defined})
            except (KeyError, TypeError):
                mros.append(None)
                continue
            made[name] = cls
            mros.append([c.__name__ for c in cls.__mro__])
        answers = []
        for q in queries:
            if q[0] == "lookup":
                answers.append(getattr(made[q[1]], q[2], None))
            elif q[0] == "super":
                answers.append(getattr(super(made[q[2]], made[q[1]]), q[3], None))
            else:
                answers.append(issubclass(made[q[1]], made[q[2]]))
        return {"mro": mros, "answers": answers}
