"""The broker's storage: each topic is a list of partitions, each an append-only list of
records. Given to your code, read-only."""


class Log:
    def __init__(self, topics: dict[str, int]) -> None:
        """`topics`: topic name -> number of partitions (numbered from 0)."""
        self._partitions = {topic: [[] for _ in range(count)] for topic, count in topics.items()}

    def append(self, topic: str, partition: int, key: str, value: str) -> int:
        """Append a record; returns its offset (0, 1, 2, ... within the partition)."""
        records = self._partitions[topic][partition]
        records.append({"topic": topic, "partition": partition, "offset": len(records), "key": key, "value": value})
        return len(records) - 1

    def read(self, topic: str, partition: int, offset: int, max_records: int) -> list[dict]:
        """Up to `max_records` records from `offset` on, oldest first (copies)."""
        records = self._partitions[topic][partition]
        return [dict(record) for record in records[offset : offset + max(0, max_records)]]

    def end_offset(self, topic: str, partition: int) -> int:
        """The offset the next record will get (= the number of records)."""
        return len(self._partitions[topic][partition])
