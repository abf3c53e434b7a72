"""Bounded reading of files: size limits, lines one at a time, text encodings.

Used by parsers/readers.py only. Whatever a file holds (a zip bomb, gigabytes
of newlines, one endless line), nothing here keeps more than one article
(MAX_ARTICLE_BYTES) and one chunk in memory, and reading stops at a limit.
Reasons are in Vietnamese: users read them.
"""

from __future__ import annotations

import codecs
import re
import zipfile
import zlib
from collections.abc import Iterator
from typing import Protocol

# Limits: NOTE keep in sync with README "Limits on input files" (tests/test_hostile_files.py checks it).
MAX_ARTICLE_BYTES = 5_000_000  # one .txt or .html file, or one JSONL line
MAX_FILE_BYTES = 500_000_000  # one file after decompression (.jsonl.gz, a member of a .zip)
MAX_UPLOAD_BYTES = 1_000_000_000  # one upload, all its files together, after decompression
CHUNK = 1 << 20

# Which limit a file hit, and what else can end a compressed stream early.
FILE_LIMIT = "file"
UPLOAD_LIMIT = "upload"
TRUNCATED = "tệp nén bị cắt cụt (thiếu phần cuối)"
CORRUPT = "không phải tệp nén hợp lệ hoặc dữ liệu nén bị hỏng"


class Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


def size_text(n: int) -> str:
    """>>> size_text(5_000_000), size_text(1_000_000_000), size_text(1_500_000)
    ('5 MB', '1 GB', '1,5 MB')
    """
    value, unit = (n / 1e9, "GB") if n >= 1e9 else (n / 1e6, "MB")
    return f"{value:.1f}".rstrip("0").rstrip(".").replace(".", ",") + f" {unit}"


class Budget:
    """Decompressed bytes one upload may still read; shared by all of its files."""

    def __init__(self, limit: int | None = None) -> None:
        self.left = MAX_UPLOAD_BYTES if limit is None else limit


class Capped:
    """A binary stream read through the per-file and per-upload limits.

    Never raises on broken compressed data: `ended` then says why the stream
    stopped early (FILE_LIMIT, UPLOAD_LIMIT, TRUNCATED or CORRUPT), or stays
    None at a clean end of file.
    """

    def __init__(self, raw: Readable, budget: Budget, file_limit: int | None = None) -> None:
        # read1: one underlying read at a time, so a truncated gzip gives back what came before the cut
        self._read = getattr(raw, "read1", raw.read)
        self._budget = budget
        self._left = MAX_FILE_BYTES if file_limit is None else file_limit
        self.ended: str | None = None

    def read(self, size: int = CHUNK) -> bytes:
        if self.ended:
            return b""
        allowed = min(size, self._left, self._budget.left)
        try:
            if allowed <= 0:  # a limit reached: is there more?
                if self._read(1):
                    self.ended = FILE_LIMIT if self._left <= 0 else UPLOAD_LIMIT
                return b""
            data = self._read(allowed)
        except EOFError:
            self.ended = TRUNCATED
            return b""
        except (OSError, zlib.error, zipfile.BadZipFile, ValueError):
            self.ended = CORRUPT
            return b""
        self._left -= len(data)
        self._budget.left -= len(data)
        return data


def limit_reason(ended: str) -> str:
    """Why reading stopped, in Vietnamese, naming the limit."""
    if ended == FILE_LIMIT:
        return (f"dừng đọc: tệp vượt giới hạn {size_text(MAX_FILE_BYTES)} sau giải nén cho một tệp "
                "(MAX_FILE_BYTES); phần sau không được đọc")  # fmt: skip
    if ended == UPLOAD_LIMIT:
        return (f"dừng đọc: cả lần nhập vượt giới hạn {size_text(MAX_UPLOAD_BYTES)} sau giải nén "
                "(MAX_UPLOAD_BYTES); phần này và các tệp sau không được đọc")  # fmt: skip
    return ended


class _Utf16:
    """UTF-16 bytes in, UTF-8 bytes out, a chunk at a time."""

    def __init__(self, raw: Readable, encoding: str) -> None:
        self._raw = raw
        self._decoder = codecs.getincrementaldecoder(encoding)(errors="replace")

    def read(self, size: int = CHUNK) -> bytes:
        while data := self._raw.read(size):
            text = self._decoder.decode(data)
            if text:
                return text.encode("utf-8", "replace")
        return self._decoder.decode(b"", final=True).encode("utf-8", "replace")


class _Replay:
    """Gives back the bytes already looked at, then the rest of the stream."""

    def __init__(self, head: bytes, raw: Readable) -> None:
        self._head = head
        self._raw = raw

    def read(self, size: int = CHUNK) -> bytes:
        if self._head:
            data, self._head = self._head[:size], self._head[size:]
            return data
        return self._raw.read(size)


BINARY = "tệp nhị phân, không phải văn bản"


def utf8_stream(raw: Readable) -> Readable | str:
    """The stream as UTF-8 bytes (UTF-16 with or without BOM converted), or why it is not text."""
    head = raw.read(4096)
    encoding = _encoding(head)
    if encoding is None:
        return BINARY
    if head.startswith(codecs.BOM_UTF8):
        head = head[len(codecs.BOM_UTF8) :]
    replay = _Replay(head, raw)
    return replay if encoding == "utf-8" else _Utf16(replay, encoding)


def _encoding(head: bytes) -> str | None:
    """utf-8, a UTF-16 variant, or None for binary data; from the first bytes."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if b"\x00" not in head:
        return "utf-8"
    even, odd = head[0::2], head[1::2]
    # Vietnamese in UTF-16: most characters are Latin (high byte 0), the rest U+01xx or U+1Exx.
    for encoding, zeros, others in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros.count(0) > 0.5 * len(zeros) and others.count(0) < 0.05 * len(others):
            sample = head[: len(head) // 2 * 2].decode(encoding, "replace")
            controls = sum(1 for ch in sample if ch < " " and ch not in "\t\n\r")
            return encoding if controls < 0.01 * len(sample) + 1 else None
    return None


def not_utf8_reason(data: bytes, at: int) -> str:
    """Why bytes are not UTF-8 text; a legacy Vietnamese encoding is named, with how to convert it.

    TCVN3 (ABC), VNI and Windows-1258 put one or two bytes above 127 in most
    Vietnamese syllables; other Latin text has far fewer.
    """
    sample = data[max(0, at - 2000) : at + 2000]
    high = sum(1 for b in sample if b >= 0x80)
    letters = sum(1 for b in sample if 0x41 <= b <= 0x5A or 0x61 <= b <= 0x7A)
    where = f"không phải văn bản UTF-8 (byte {at})"
    if high >= 0.12 * (letters + high) and letters:
        return (f"{where}: có vẻ là tiếng Việt mã cũ (TCVN3/ABC, VNI hoặc Windows-1258). Hãy chuyển sang "
                "Unicode UTF-8, ví dụ bằng công cụ chuyển mã của UniKey (Unikey Toolkit: chọn bảng mã nguồn "
                "TCVN3/VNI/Windows CP 1258, bảng mã đích Unicode) hoặc iconv -f TCVN5712-1 -t UTF-8 "
                "(TCVN3), iconv -f CP1258 -t UTF-8 (Windows-1258)")  # fmt: skip
    return f"{where}: hãy lưu lại tệp ở dạng UTF-8"


def read_up_to(stream: Readable, limit: int) -> bytes:
    """At most limit + 1 bytes: one more than allowed tells that the file is too long."""
    parts, size = [], 0
    while size <= limit and (data := stream.read(min(CHUNK, limit + 1 - size))):
        parts.append(data)
        size += len(data)
    return b"".join(parts)


_CONTENT = re.compile(rb"[^\s][^\n]*")  # a line's text from its first non-space byte


def lines(stream: Readable, source: Capped) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) of each non-blank line; None for a line over MAX_ARTICLE_BYTES.

    Blank lines cost no Python work (a file of newlines is scanned by the
    regex engine), and a line too long is skipped, not kept. The last line
    is dropped when the source stopped early (source.ended): it may be cut.
    """
    number = 1  # the line number at the start of `pending`
    pending = b""
    too_long = False
    while chunk := stream.read(CHUNK):
        data = pending + chunk
        cut = data.rfind(b"\n") + 1
        if not cut:
            too_long = too_long or len(data) > MAX_ARTICLE_BYTES
            pending = b"" if too_long else data
            continue
        pos = 0
        if too_long:  # the rest of a line already known too long
            pos = data.index(b"\n") + 1
            yield number, None
            number += 1
            too_long = False
        blank = not data[pos:cut].strip()  # a chunk of newlines: one C-speed check, no per-line work
        for m in () if blank else _CONTENT.finditer(data, pos, cut):
            number += data.count(b"\n", pos, m.start())
            pos = m.start()
            yield number, (m.group() if m.end() - m.start() <= MAX_ARTICLE_BYTES else None)
        number += data.count(b"\n", pos, cut)
        pending = data[cut:]
    if source.ended is None and (too_long or pending.strip()):
        yield number, None if too_long or len(pending) > MAX_ARTICLE_BYTES else pending.strip()
