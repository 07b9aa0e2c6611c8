"""The mail provider's API, in memory. Given to your code, read-only.

`send(message_id, to, subject)` sends an e-mail. `message_id` is the **idempotency key**: the
provider remembers the keys it has sent, and a second `send` with the same key does nothing
(and succeeds), so a retried request never sends the e-mail twice. It raises `MailerError`
when the provider refuses the e-mail. The other functions are the checks' tools.
"""


class MailerError(Exception):
    """The provider refused the e-mail (a bounced address, an outage)."""


class Crash(Exception):
    """The worker process dies at this point (a check's tool: let it propagate)."""


_sent: list[dict] = []
_keys: set[str] = set()
_attempts: dict[str, int] = {}
_bouncing: set[str] = set()
_crash_after_next_send = False


def send(message_id: str, to: str, subject: str) -> None:
    global _crash_after_next_send
    _attempts[to] = _attempts.get(to, 0) + 1
    if to in _bouncing:
        raise MailerError(f"{to}: mailbox does not exist")
    if message_id not in _keys:
        _keys.add(message_id)
        _sent.append({"message_id": message_id, "to": to, "subject": subject})
    if _crash_after_next_send:
        _crash_after_next_send = False
        raise Crash("the worker was killed right after the provider sent the e-mail")


# -- the checks' tools -------------------------------------------------------------------


def bounce(address: str) -> None:
    """Every e-mail to `address` is refused from now on."""
    _bouncing.add(address)


def crash_after_next_send() -> None:
    """The next e-mail is sent, then the worker dies before doing anything else."""
    global _crash_after_next_send
    _crash_after_next_send = True


def sent() -> list[dict]:
    """The e-mails really sent, in order."""
    return list(_sent)


def attempts() -> dict[str, int]:
    """How many times send() was called per address."""
    return dict(_attempts)
