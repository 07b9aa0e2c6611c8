class Solution:
    """Looks for the id's latest application by scanning the whole applied log backwards."""

    def consume(self, retention: int, deliveries: list[list]) -> dict:
        log = []  # (time, id) of every application
        balances = {}
        skipped = 0
        for t, msg_id, account, delta in deliveries:
            last = None
            for when, mid in reversed(log):
                if mid == msg_id:
                    last = when
                    break
            if last is not None and t < last + retention:
                skipped += 1
                continue
            log.append((t, msg_id))
            balances[account] = balances.get(account, 0) + delta
        counts = {}
        for _, mid in log:
            counts[mid] = counts.get(mid, 0) + 1
        return {
            "balances": [[a, balances[a]] for a in sorted(balances)],
            "exactly_once": sorted(m for m, c in counts.items() if c == 1),
            "repeated": [[m, c] for m, c in sorted(counts.items()) if c > 1],
            "skipped": skipped,
        }
