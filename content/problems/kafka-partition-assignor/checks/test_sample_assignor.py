import zlib


def test_sample_a_key_always_picks_the_same_partition(assign):
    for key in ("order-1", "order-2", "user-7", "ünïcode"):
        expected = zlib.crc32(key.encode("utf-8")) % 3
        assert assign("partition_for", key, 3) == expected, f"partition_for({key!r}, 3)"


def test_sample_range_assignment(assign):
    # members are sorted first; 5 partitions for 2 members: 3 then 2
    assert assign("range_assign", ["c2", "c1"], {"orders": 5}) == {
        "c1": {"orders": [0, 1, 2]},
        "c2": {"orders": [3, 4]},
    }
