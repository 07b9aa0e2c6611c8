# Caught by test_ties_are_broken_by_name: ZREVRANGE reverses the whole order, so players with
# equal scores come Z to A instead of A to Z.
"""A game leaderboard kept in a Redis sorted set, one per board."""

import redis

client = redis.Redis(host="127.0.0.1", port=6379, decode_responses=True)


class Leaderboard:
    def __init__(self, name: str) -> None:
        self.key = f"leaderboard:{name}"

    def add_points(self, player: str, points: int) -> int:
        return int(client.zincrby(self.key, points, player))

    def score(self, player: str) -> int | None:
        found = client.zscore(self.key, player)
        return None if found is None else int(found)

    def top(self, count: int) -> list[list[object]]:
        if count <= 0:
            return []
        entries = client.zrevrange(self.key, 0, count - 1, withscores=True)
        return [[player, int(score)] for player, score in entries]

    def rank(self, player: str) -> int | None:
        found = client.zrevrank(self.key, player)
        return None if found is None else found + 1

    def around(self, player: str, distance: int) -> list[list[object]]:
        found = client.zrevrank(self.key, player)
        if found is None:
            return []
        start = max(0, found - distance)
        entries = client.zrevrange(self.key, start, found + distance, withscores=True)
        return [[start + i + 1, name, int(score)] for i, (name, score) in enumerate(entries)]

    def remove(self, player: str) -> bool:
        return client.zrem(self.key, player) == 1
