# Complexity: O(m + k log k) time, m = len(deliveries), k the distinct ids and accounts: one pass
# with dictionary look-ups, then sorting dominates; O(k) memory.
class Solution:
    def consume(self, retention: int, deliveries: list[list]) -> dict:
        applied_at: dict[str, int] = {}  # message id -> time of its latest application
        times_applied: dict[str, int] = {}
        balances: dict[str, int] = {}
        skipped = 0
        for t, msg_id, account, delta in deliveries:
            last = applied_at.get(msg_id)
            if last is not None and t < last + retention:
                skipped += 1  # the inbox still remembers it: acknowledge, do nothing
                continue
            applied_at[msg_id] = t
            times_applied[msg_id] = times_applied.get(msg_id, 0) + 1
            balances[account] = balances.get(account, 0) + delta
        return {
            "balances": [[a, balances[a]] for a in sorted(balances)],
            "exactly_once": sorted(m for m, c in times_applied.items() if c == 1),
            "repeated": [[m, c] for m, c in sorted(times_applied.items()) if c > 1],
            "skipped": skipped,
        }
