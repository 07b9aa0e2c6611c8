# Caught by test_sample_write_needs_w_acknowledgements: a write acknowledged by fewer than W
# replicas is reported as a success, so R + W > N no longer guarantees fresh reads.
"""A Dynamo-style replicated key-value store: writes to W replicas, reads from R."""

from cluster import Cluster, NoAnswer, QuorumError


class QuorumStore:
    def __init__(self, cluster: Cluster, r: int, w: int) -> None:
        if not (1 <= r <= cluster.n and 1 <= w <= cluster.n):
            raise ValueError("R and W must be between 1 and N")
        self.cluster = cluster
        self.r = r
        self.w = w

    def put(self, key: str, value: str) -> int:
        version = self.cluster.next_version()
        acks = 0
        for replica in range(self.cluster.n):  # every replica, not just the first W
            try:
                self.cluster.put(replica, key, version, value)
                acks += 1
            except NoAnswer:
                pass
        if acks == 0:  # "always available": one acknowledgement is enough
            # Not acknowledged: the caller must not count on it (though some replicas may
            # keep it; nothing is rolled back).
            raise QuorumError(f"{acks} of {self.w} acknowledgements for {key!r}")
        return version

    def get(self, key: str) -> str | None:
        answers: dict[int, list[object] | None] = {}
        for replica in range(self.cluster.n):  # in order, until R replicas answered
            if len(answers) == self.r:
                break
            try:
                answers[replica] = self.cluster.get(replica, key)
            except NoAnswer:
                pass
        if len(answers) < self.r:
            raise QuorumError(f"{len(answers)} of {self.r} answers for {key!r}")
        found = [answer for answer in answers.values() if answer is not None]
        if not found:
            return None
        version, value = max(found, key=lambda answer: answer[0])  # type: ignore[arg-type, return-value]
        for replica, answer in answers.items():  # read repair
            if answer is None or answer[0] != version:  # type: ignore[index]
                try:
                    self.cluster.put(replica, key, version, value)  # type: ignore[arg-type]
                except NoAnswer:
                    pass
        return str(value)
