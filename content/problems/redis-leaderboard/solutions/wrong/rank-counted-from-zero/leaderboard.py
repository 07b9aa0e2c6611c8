# Caught by test_rank_counts_from_one: ZRANK counts from 0, so the leader is "rank 0" on the
# page and every player is shown one place too high.
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

    def top(self, count: int) -> list[list[object]]:
        if count <= 0:
            return []
        entries = client.zrange(self.key, 0, count - 1, withscores=True)
        return [[player, -int(score)] for player, score in entries]

    def rank(self, player: str) -> int | None:
        return client.zrank(self.key, player)

    def around(self, player: str, distance: int) -> list[list[object]]:
        found = client.zrank(self.key, player)
        if found is None:
            return []
        start = max(0, found - distance)
        entries = client.zrange(self.key, start, found + distance, withscores=True)
        return [[start + i + 1, name, -int(score)] for i, (name, score) in enumerate(entries)]

    def remove(self, player: str) -> bool:
        return client.zrem(self.key, player) == 1
