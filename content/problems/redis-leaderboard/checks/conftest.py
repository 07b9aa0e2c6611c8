import pytest


class Board:
    def __init__(self, learner, name):
        self.learner, self.name = learner, name
        self.handle = learner.new("leaderboard", "Leaderboard", name)

    def __call__(self, method, *args):
        return self.learner.method(self.handle, method, *args)

    def fill(self, scores):
        for player, points in scores.items():
            self("add_points", player, points)


@pytest.fixture
def board(learner):
    return Board(learner, "weekly")
