"""A binary file wrapper that knows how far it has read: for progress and error positions."""

from __future__ import annotations

from typing import BinaryIO

TAIL = 256 * 1024  # bytes kept for locating a parse error
_FLAT = bytes.maketrans(b"\n\r\t", b"   ")


class CountingReader:
    """Wraps a binary file; counts bytes and newlines read, keeps the last bytes read."""

    def __init__(self, f: BinaryIO, size: int | None = None) -> None:
        self._f = f
        self.size = size
        self.position = 0  # bytes handed out so far
        self.newlines = 0  # newlines in the bytes before `_tail_start`
        self._tail = b""  # the last two chunks, for locating parse errors
        self._tail_start = 0

    def read(self, n: int = -1) -> bytes:
        chunk = self._f.read(n)
        if chunk:
            self.position += len(chunk)
            self._tail += chunk
            cut = len(self._tail) - TAIL
            if cut > 0:
                self.newlines += self._tail.count(b"\n", 0, cut)
                self._tail_start += cut
                self._tail = self._tail[cut:]
        return chunk

    def locate(self, snippet: bytes, caret: int) -> tuple[int, int, int] | None:
        """(byte offset, line, column) of `snippet[caret]` in the recent bytes, if found."""
        # The parser's snippet shows line breaks and tabs as spaces.
        flat = self._tail.translate(_FLAT)
        idx = flat.rfind(snippet) if snippet else -1
        if idx < 0:
            return None
        offset_in_tail = idx + caret
        before = self._tail[:offset_in_tail]
        line = self.newlines + before.count(b"\n") + 1
        col = offset_in_tail - (before.rfind(b"\n") + 1) + 1
        return self._tail_start + offset_in_tail, line, col

    def close(self) -> None:
        self._f.close()
