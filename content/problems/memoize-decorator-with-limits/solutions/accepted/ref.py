# Complexity: O(k + k log k) time per call for a key of k arguments (sorting the keyword ones),
# plus O(1) OrderedDict bookkeeping for the LRU; O(maxsize) memory (unbounded for None).
import functools
from collections import OrderedDict

_KWMARK = object()  # separates positional from keyword arguments inside a cache key


def memoize(maxsize=128):
    def decorate(func):
        cache = OrderedDict()
        stats = {"hits": 0, "misses": 0}

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            key = args
            if kwargs:
                key += (_KWMARK,) + tuple(sorted(kwargs.items()))
            if key in cache:  # raises TypeError for unhashable arguments, before any call
                stats["hits"] += 1
                cache.move_to_end(key)
                return cache[key]
            stats["misses"] += 1
            value = func(*args, **kwargs)  # an exception propagates and nothing is stored
            if maxsize is None or maxsize > 0:
                cache[key] = value
                if maxsize is not None and len(cache) > maxsize:
                    cache.popitem(last=False)  # least recently used
            return value

        def cache_info():
            return {"hits": stats["hits"], "misses": stats["misses"], "size": len(cache), "maxsize": maxsize}

        def cache_clear():
            cache.clear()
            stats["hits"] = stats["misses"] = 0

        wrapper.cache_info = cache_info
        wrapper.cache_clear = cache_clear
        return wrapper

    return decorate


class Solution:
    def run(self, script: str):
        env = {"memoize": memoize}
        exec(script, env)
        return env["RESULT"]
