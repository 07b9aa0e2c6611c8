def test_sample_eight_equal_items(learner):
    # c = 4: each worker gets one chunk costing 3 + 16 = 19.
    assert learner.call("tuning", "best_chunksize", [4] * 8, 2, 3) == [4, 19]


def test_sample_one_item(learner):
    assert learner.call("tuning", "best_chunksize", [7], 4, 100) == [1, 107]
