"""Three services that react to order events (given, read-only). Each handler takes the event
(a v2 envelope) and records what it did in the shared journal. A handler may fail: it raises."""


class Subscriber:
    def __init__(self, name: str, journal: list[list[object]], failures: int = 0) -> None:
        self.name = name
        self.journal = journal
        self.failures = failures  # how many of its next calls raise

    def __call__(self, event: dict) -> None:  # type: ignore[type-arg]
        if self.failures > 0:
            self.failures -= 1
            raise ConnectionError(f"{self.name}: its database is unreachable")
        data = event["data"]
        self.journal.append([self.name, event["type"], event["id"], data.get("total_cents")])
