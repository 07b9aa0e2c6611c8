"""Per-problem and per-learner statistics, recomputed periodically by the workers."""
