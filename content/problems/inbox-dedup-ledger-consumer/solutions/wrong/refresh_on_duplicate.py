class Solution:
    """Restarts the retention clock whenever a duplicate is seen, not only when applied."""

    def consume(self, retention: int, deliveries: list[list]) -> dict:
        seen_at = {}
        counts = {}
        balances = {}
        skipped = 0
        for t, msg_id, account, delta in deliveries:
            last = seen_at.get(msg_id)
            seen_at[msg_id] = t
            if last is not None and t < last + retention:
                skipped += 1
                continue
            counts[msg_id] = counts.get(msg_id, 0) + 1
            balances[account] = balances.get(account, 0) + delta
        return {
            "balances": [[a, balances[a]] for a in sorted(balances)],
            "exactly_once": sorted(m for m, c in counts.items() if c == 1),
            "repeated": [[m, c] for m, c in sorted(counts.items()) if c > 1],
            "skipped": skipped,
        }
