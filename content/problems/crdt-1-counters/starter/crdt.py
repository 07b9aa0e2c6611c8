"""State-based CRDTs: replicas that accept writes on their own and always converge."""


class GCounter:
    """A grow-only counter."""

    def __init__(self, replica_id: str) -> None:
        self.replica_id = replica_id
        self.total = 0

    def increment(self, amount: int = 1) -> None:
        self.total += amount

    def value(self) -> int:
        return self.total

    def state(self) -> object:
        # TODO: what must a replica send so that any other replica can merge it?
        return self.total

    def merge(self, state: object) -> None:
        # TODO: merge must be commutative, associative and idempotent (max is, but is it right?)
        self.total = max(self.total, state)  # type: ignore[call-overload]


class PNCounter:
    """A counter that can also go down."""

    def __init__(self, replica_id: str) -> None:
        self.replica_id = replica_id

    def increment(self, amount: int = 1) -> None:
        raise NotImplementedError

    def decrement(self, amount: int = 1) -> None:
        raise NotImplementedError

    def value(self) -> int:
        raise NotImplementedError

    def state(self) -> object:
        raise NotImplementedError

    def merge(self, state: object) -> None:
        raise NotImplementedError
