# Complexity: O(n) time per transaction entry for a store of n keys (the savepoint is a full
# copy), O(1) per get, set or delete, O(n log n) per snapshot; O(n) memory per open transaction.
from contextlib import contextmanager


class StoreError(Exception):
    """Base class of every error the store raises."""


class MissingKey(StoreError, KeyError):
    def __init__(self, key):
        super().__init__(key)
        self.key = key


class ReadOnlyKey(StoreError, PermissionError):
    def __init__(self, key):
        super().__init__(key)
        self.key = key


class TransactionFailed(StoreError):
    """Raised when a StoreError escapes a transaction; __cause__ holds the original."""


class Abort(Exception):
    """Raise inside a transaction to roll it back quietly."""


class Store:
    def __init__(self, data=None, read_only=()):
        self._data = dict(data or {})
        self._read_only = frozenset(read_only)

    def get(self, key):
        try:
            return self._data[key]
        except KeyError:
            raise MissingKey(key) from None

    def set(self, key, value):
        if key in self._read_only:
            raise ReadOnlyKey(key)
        self._data[key] = value

    def delete(self, key):
        if key in self._read_only:
            raise ReadOnlyKey(key)
        if key not in self._data:
            raise MissingKey(key)
        del self._data[key]

    def snapshot(self):
        return dict(sorted(self._data.items()))

    @contextmanager
    def transaction(self):
        saved = dict(self._data)  # savepoint; nested transactions take their own
        try:
            yield self
        except Abort:
            self._data = saved  # rolled back and swallowed
        except TransactionFailed:
            self._data = saved  # already wrapped by an inner transaction
            raise
        except StoreError as exc:
            self._data = saved
            raise TransactionFailed(f"transaction failed: {type(exc).__name__}") from exc
        except BaseException:
            self._data = saved  # anything else propagates unchanged
            raise


class Solution:
    def run(self, script: str):
        env = {"Store": Store, "StoreError": StoreError, "MissingKey": MissingKey,
               "ReadOnlyKey": ReadOnlyKey, "TransactionFailed": TransactionFailed, "Abort": Abort}
        exec(script, env)
        return env["RESULT"]
