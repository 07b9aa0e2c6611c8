"""The audit log: staff reads of other people's data, kept for later review."""
