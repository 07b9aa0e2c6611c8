class Solution:
    """Still treats an id as remembered exactly `retention` units after it was applied."""

    def consume(self, retention: int, deliveries: list[list]) -> dict:
        applied_at = {}
        counts = {}
        balances = {}
        skipped = 0
        for t, msg_id, account, delta in deliveries:
            last = applied_at.get(msg_id)
            if last is not None and t <= last + retention:
                skipped += 1
                continue
            applied_at[msg_id] = t
            counts[msg_id] = counts.get(msg_id, 0) + 1
            balances[account] = balances.get(account, 0) + delta
        return {
            "balances": [[a, balances[a]] for a in sorted(balances)],
            "exactly_once": sorted(m for m, c in counts.items() if c == 1),
            "repeated": [[m, c] for m, c in sorted(counts.items()) if c > 1],
            "skipped": skipped,
        }
