# Complexity: O(attempts) extra work per invocation, besides the calls of the wrapped function
# and the sleeps; O(1) extra memory.
import functools
import time


def retry(func=None, *, attempts=3, exceptions=(Exception,), delay=0.0, backoff=2.0,
          max_delay=None, sleep=time.sleep):
    if attempts < 1:
        raise ValueError("attempts must be at least 1")

    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            wait = delay if max_delay is None else min(delay, max_delay)
            attempt = 0
            while True:
                attempt += 1
                wrapper.last_attempts = attempt
                try:
                    return fn(*args, **kwargs)
                except exceptions:
                    # isinstance semantics: subclasses of the listed exceptions match too
                    if attempt == attempts:
                        raise
                sleep(wait)
                wait *= backoff
                if max_delay is not None:
                    wait = min(wait, max_delay)

        wrapper.last_attempts = 0
        return wrapper

    # bare @retry passes the function itself; @retry(...) passes only keywords
    return decorate(func) if func is not None else decorate


class Solution:
    def run(self, script: str):
        env = {"retry": retry}
        exec(script, env)
        return env["RESULT"]
