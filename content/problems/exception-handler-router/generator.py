import json
import random
import sys

NAMES = ['ArithmeticError', 'AssertionError', 'AttributeError', 'BaseException', 'BaseExceptionGroup',
         'BlockingIOError', 'BrokenPipeError', 'BufferError', 'BytesWarning', 'ChildProcessError',
         'ConnectionAbortedError', 'ConnectionError', 'ConnectionRefusedError', 'ConnectionResetError',
         'DeprecationWarning', 'EOFError', 'EncodingWarning', 'EnvironmentError', 'Exception',
         'ExceptionGroup', 'FileExistsError', 'FileNotFoundError', 'FloatingPointError', 'FutureWarning',
         'GeneratorExit', 'IOError', 'ImportError', 'ImportWarning', 'IndentationError', 'IndexError',
         'InterruptedError', 'IsADirectoryError', 'KeyError', 'KeyboardInterrupt', 'LookupError',
         'MemoryError', 'ModuleNotFoundError', 'NameError', 'NotADirectoryError', 'NotImplementedError',
         'OSError', 'OverflowError', 'PendingDeprecationWarning', 'PermissionError', 'ProcessLookupError',
         'RecursionError', 'ReferenceError', 'ResourceWarning', 'RuntimeError', 'RuntimeWarning',
         'StopAsyncIteration', 'StopIteration', 'SyntaxError', 'SyntaxWarning', 'SystemError', 'SystemExit',
         'TabError', 'TimeoutError', 'TypeError', 'UnboundLocalError', 'UnicodeDecodeError',
         'UnicodeEncodeError', 'UnicodeError', 'UnicodeTranslateError', 'UnicodeWarning', 'UserWarning',
         'ValueError', 'Warning', 'ZeroDivisionError']
BROAD = ['OSError', 'LookupError', 'ArithmeticError', 'ValueError', 'Exception', 'ConnectionError',
         'ImportError', 'RuntimeError', 'Warning', 'UnicodeError', 'NameError', 'SyntaxError']


def main():
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..2, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 2
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    h = 100 if seed >= 8 else rng.randint(0, 4 * seed)
    m = 10000 if seed >= 8 else rng.randint(1, 40 * seed)
    handlers = []
    for i in range(h):
        k = rng.choice([1, 1, 1, 2, 3])
        names = [rng.choice(BROAD if rng.random() < 0.4 else NAMES) for _ in range(k)]
        handlers.append([names, rng.choice([400, 401, 403, 404, 409, 422, 500, 502, 503, 504])])
    raised = [rng.choice(NAMES) for _ in range(m)]
    print(json.dumps({"args": [handlers, raised]}))


main()
