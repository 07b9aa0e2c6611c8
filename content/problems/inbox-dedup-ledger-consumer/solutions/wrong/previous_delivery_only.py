class Solution:
    """Only recognises a redelivery that immediately follows the original."""

    def consume(self, retention: int, deliveries: list[list]) -> dict:
        prev_id, prev_t = None, None
        counts = {}
        balances = {}
        skipped = 0
        for t, msg_id, account, delta in deliveries:
            if msg_id == prev_id and t < prev_t + retention:
                skipped += 1
                continue
            prev_id, prev_t = msg_id, t
            counts[msg_id] = counts.get(msg_id, 0) + 1
            balances[account] = balances.get(account, 0) + delta
        return {
            "balances": [[a, balances[a]] for a in sorted(balances)],
            "exactly_once": sorted(m for m, c in counts.items() if c == 1),
            "repeated": [[m, c] for m, c in sorted(counts.items()) if c > 1],
            "skipped": skipped,
        }
