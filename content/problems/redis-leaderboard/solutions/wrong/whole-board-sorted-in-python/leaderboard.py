# Caught by test_a_big_board_is_read_a_little: every call fetches the whole sorted set and
# sorts it in Python, though Redis keeps it sorted and can return just the range needed.
"""A game leaderboard kept in a Redis sorted set, one per board."""

import redis

client = redis.Redis(host="127.0.0.1", port=6379, decode_responses=True)


class Leaderboard:
    """Scores are stored negated: a sorted set orders by score ascending, and equal scores by
    member ascending, so "highest score first, then name A to Z" is simply ZRANGE's order."""

    def __init__(self, name: str) -> None:
        self.key = f"leaderboard:{name}"

    def add_points(self, player: str, points: int) -> int:
        # ZINCRBY is one atomic command: concurrent calls never lose points.
        return -int(client.zincrby(self.key, -points, player))

    def score(self, player: str) -> int | None:
        found = client.zscore(self.key, player)
        return None if found is None else -int(found)

    def _ranked(self) -> list[list[object]]:
        everyone = client.zrange(self.key, 0, -1, withscores=True)
        ranked = sorted(everyone, key=lambda entry: (entry[1], entry[0]))
        return [[player, -int(score)] for player, score in ranked]

    def top(self, count: int) -> list[list[object]]:
        return self._ranked()[: max(count, 0)]

    def rank(self, player: str) -> int | None:
        names = [name for name, _ in self._ranked()]
        return names.index(player) + 1 if player in names else None

    def around(self, player: str, distance: int) -> list[list[object]]:
        ranked = self._ranked()
        names = [name for name, _ in ranked]
        if player not in names:
            return []
        found = names.index(player)
        start = max(0, found - distance)
        return [[start + i + 1, name, score]
                for i, (name, score) in enumerate(ranked[start : found + distance + 1])]

    def remove(self, player: str) -> bool:
        return client.zrem(self.key, player) == 1
