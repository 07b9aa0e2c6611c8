"""A game leaderboard. It lives in this process's memory: it is lost on every deploy, each of
the game's servers has its own, and top() sorts every player on every call."""

import redis

client = redis.Redis(host="127.0.0.1", port=6379, decode_responses=True)


class Leaderboard:
    def __init__(self, name: str) -> None:
        self.key = f"leaderboard:{name}"
        self.scores: dict[str, int] = {}  # TODO: keep the board in Redis, in a sorted set

    def add_points(self, player: str, points: int) -> int:
        self.scores[player] = self.scores.get(player, 0) + points
        return self.scores[player]

    def score(self, player: str) -> int | None:
        return self.scores.get(player)

    def top(self, count: int) -> list[list[object]]:
        ranked = sorted(self.scores.items(), key=lambda item: (-item[1], item[0]))
        return [[player, score] for player, score in ranked[:count]]

    def rank(self, player: str) -> int | None:
        raise NotImplementedError  # TODO

    def around(self, player: str, distance: int) -> list[list[object]]:
        raise NotImplementedError  # TODO

    def remove(self, player: str) -> bool:
        return self.scores.pop(player, None) is not None
