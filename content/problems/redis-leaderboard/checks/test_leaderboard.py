from conftest import Board


def test_rank_counts_from_one(board):
    """rank() is 1 for the leader and None for a player who has no score."""
    board.fill({"ada": 5, "alan": 15, "grace": 10})
    assert [board("rank", name) for name in ("alan", "grace", "ada")] == [1, 2, 3]
    assert board("rank", "nobody") is None


def test_ties_are_broken_by_name(board):
    """Equal scores rank by player name, A to Z, in top(), rank() and around()."""
    board.fill({"zoe": 70, "mia": 70, "ada": 70, "bob": 90, "eve": 10})
    assert board("top", 5) == [["bob", 90], ["ada", 70], ["mia", 70], ["zoe", 70], ["eve", 10]], (
        "equal scores go A to Z: ZREVRANGE lists equal scores Z to A"
    )
    assert [board("rank", name) for name in ("ada", "mia", "zoe")] == [2, 3, 4]


def test_around_a_player(board):
    """around(player, k): the k players above, the player, the k below, with their ranks."""
    board.fill({f"p{index}": 100 - index for index in range(10)})
    assert board("around", "p5", 2) == [
        [4, "p3", 97], [5, "p4", 96], [6, "p5", 95], [7, "p6", 94], [8, "p7", 93]
    ]
    assert board("around", "p0", 1) == [[1, "p0", 100], [2, "p1", 99]], "nobody above the leader"
    assert board("around", "nobody", 3) == []


def test_board_lives_in_a_redis_sorted_set(learner, redis):
    """Each board is one sorted set, leaderboard:<name>, and boards are independent."""
    weekly, daily = Board(learner, "weekly"), Board(learner, "daily")
    weekly.fill({"ada": 3, "alan": 4})
    daily.fill({"ada": 1})
    assert redis.type("leaderboard:weekly") == "zset", (
        "the board must be in Redis, in a sorted set under leaderboard:weekly: every game "
        "server shares it and it survives a restart"
    )
    assert redis.zcard("leaderboard:weekly") == 2 and redis.zcard("leaderboard:daily") == 1
    assert daily("top", 5) == [["ada", 1]]
    assert weekly("remove", "ada") is True
    assert weekly("rank", "ada") is None and weekly("top", 5) == [["alan", 4]]
    assert weekly("remove", "ada") is False


def test_points_added_at_once_are_all_counted(board):
    """8 threads add 1 point to the same player 25 times each at once: 200 points."""
    board("add_points", "ada", 0)
    board.learner.hammer(board.handle, "add_points", "ada", 1, threads=8, calls=25)
    assert board("score", "ada") == 200, (
        f"ada has {board('score', 'ada')} points: reading the score and writing it back is "
        "two steps another thread can get between; let Redis add (ZINCRBY)"
    )


def test_a_big_board_is_read_a_little(board, redis):
    """With 300 players, top(10), rank() and around() read a few entries, not the board."""
    board.fill({f"player{index:03d}": (index * 37) % 1000 for index in range(300)})
    for call in (("top", 10), ("rank", "player150"), ("around", "player150", 2)):
        before = redis.info("stats")["total_net_output_bytes"]
        board(*call)
        sent = redis.info("stats")["total_net_output_bytes"] - before
        assert sent < 4000, (
            f"{call[0]}() made Redis send {sent:,} bytes: it read the whole board to answer. A "
            "sorted set keeps the order itself; ask for the range (or the rank) you need"
        )
    assert board("top", 3) == [["player027", 999], ["player054", 998], ["player081", 997]]
