"""A simulated disk (given, read-only): named files of bytes, read in pages of 4 KiB.

Every read costs the pages it touches: read(name, 0, 10) touches page 0 of the file,
read(name, 4090, 10) touches pages 0 and 1. The checks look at pages_read() before and after
each query; that is the I/O a real database would do.
"""

PAGE = 4096
_files: dict[str, bytes] = {}
_pages_read = 0


def write(name: str, data: bytes) -> None:
    """Create or replace the file `name` with `data`."""
    if not isinstance(data, (bytes, bytearray)):
        raise TypeError("the disk stores bytes")
    _files[name] = bytes(data)


def read(name: str, offset: int = 0, size: int = -1) -> bytes:
    """`size` bytes of `name` from `offset` (all the rest with size -1); costs the pages touched."""
    global _pages_read
    data = _files[name]
    end = len(data) if size < 0 else min(len(data), offset + size)
    if offset < 0 or offset > end:
        raise ValueError("read outside the file")
    if end > offset:
        _pages_read += (end - 1) // PAGE - offset // PAGE + 1
    return data[offset:end]


def size(name: str) -> int:
    return len(_files[name])


def exists(name: str) -> bool:
    return name in _files


def pages_read() -> int:
    """(For the checks.) Pages read since the process started."""
    return _pages_read
