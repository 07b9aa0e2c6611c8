def test_sample_points_add_up(board):
    assert board("add_points", "ada", 30) == 30
    assert board("add_points", "ada", 12) == 42, "add_points returns the player's new score"
    assert board("score", "ada") == 42
    assert board("score", "nobody") is None


def test_sample_top_is_highest_first(board):
    board.fill({"ada": 50, "alan": 80, "grace": 65, "edsger": 10})
    assert board("top", 3) == [["alan", 80], ["grace", 65], ["ada", 50]]
