"""The pattern vocabulary: problems' pattern tags grouped into the families a learner drills
(sliding window, two pointers, ...). A tag not listed here is its own family, named after itself.
Add a tag to a family here, and only here."""

from __future__ import annotations

FAMILIES: dict[str, frozenset[str]] = {
    "sliding window": frozenset({"sliding-window", "monotonic-queue", "sliding-window-log"}),
    "two pointers": frozenset({"two-pointers", "merge", "in-place-reversal", "dummy-head"}),
    "backtracking": frozenset({"backtracking", "recursion"}),
    "binary search on the answer": frozenset({"binary-search-on-answer", "binary-search"}),
    "BFS/DFS": frozenset(
        {
            "bfs",
            "dfs",
            "zero-one-bfs",
            "multi-source-bfs",
            "state-space-bfs",
            "three-color-dfs",
            "reachability-propagation",
            "post-order",
        }
    ),
    "dynamic programming": frozenset(
        {"dynamic-programming", "dp", "weighted-interval-scheduling", "prefix-counting"}
    ),
    "greedy": frozenset({"greedy"}),
    "heaps and top-k": frozenset({"top-k", "top-k-per-group", "two-heaps", "sweep-with-heap"}),
    "simulation": frozenset({"simulation", "event-simulation"}),
}
_FAMILY_OF = {tag: family for family, tags in FAMILIES.items() for tag in tags}


def family_of(pattern_tag: str) -> str:
    """The family a pattern tag belongs to (the tag itself, readable, when unlisted)."""
    return _FAMILY_OF.get(pattern_tag, pattern_tag.replace("-", " "))
