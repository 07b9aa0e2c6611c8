def test_sample_three_shards_two_workers(learner):
    shards = ["the cat sat on the mat", "The dog.", "a cat, and a dog and the bird"]
    assert learner.call("wordcount", "count_words", shards, 2, 3) == {
        "loads": [29, 30],
        "top": [["the", 4], ["a", 2], ["and", 2]],
    }


def test_sample_one_worker(learner):
    assert learner.call("wordcount", "count_words", ["b a", "a"], 1, 5) == {
        "loads": [4],
        "top": [["a", 2], ["b", 1]],
    }
