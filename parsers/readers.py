"""Reading articles from files: the only file I/O in parsers/.

Used by the command line and by metrics' ingest (and so the upload page).
Each reader yields Source items or Problem items (file, line, Vietnamese
reason), never raises on bad input, so one broken file never stops a batch.
Files are read as streams: archives member by member, JSONL line by line,
within the size limits of parsers/streams.py.
"""

from __future__ import annotations

import gzip
import io
import json
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO

import regex as re

from parsers import dates
from parsers.streams import (
    MAX_ARTICLE_BYTES,
    Budget,
    Capped,
    limit_reason,
    lines,
    not_utf8_reason,
    read_up_to,
    size_text,
    utf8_stream,
)

SUFFIXES = (".txt", ".jsonl", ".jsonl.gz", ".html", ".htm", ".zip")
MAX_PROBLEMS_PER_FILE = 20  # past this, one file's further problems are counted, not listed
_UNSUPPORTED = f"loại tệp không đọc được (chỉ đọc {', '.join(SUFFIXES)})"


@dataclass(frozen=True)
class Source:
    """One article's raw text and metadata, before extraction."""

    id: str
    source: str
    text: str
    url: str | None = None
    title: str | None = None
    published: str | None = None


@dataclass(frozen=True)
class Problem:
    """Why a file (or one line of it) could not be read, or what was dropped from it.

    warning: the article was still read (a bad date left out, a broken character replaced).
    """

    source: str
    reason: str
    line: int | None = None
    warning: bool = False

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.reason}"


def read_paths(paths: list[str]) -> Iterator[Source | Problem]:
    """Articles from files and folders (recursively), in name order.

    Each file counts as one upload for MAX_UPLOAD_BYTES.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and _suffix(p.name))
            for file in files:
                yield from _read_file(file)
        elif path.is_file():
            yield from _read_file(path)
        else:
            yield Problem(_shown(raw), "không có tệp hay thư mục này")


def read_uploads(uploads: Iterable[tuple[str, bytes]]) -> Iterator[Source | Problem]:
    """Articles from in-memory files (name, bytes): one upload, one MAX_UPLOAD_BYTES budget."""
    budget = Budget()
    for name, data in uploads:
        yield from read_bytes(name, data, budget)


def read_bytes(name: str, data: bytes, budget: Budget | None = None) -> Iterator[Source | Problem]:
    """Articles from one file's bytes, by the file name's suffix."""
    name = _shown(name)
    yield from _at_most(name, _read(name, io.BytesIO(data), budget or Budget()))


def _read_file(path: Path) -> Iterator[Source | Problem]:
    name = _shown(str(path))
    try:
        with path.open("rb") as stream:
            yield from _at_most(name, _read(name, stream, Budget()))
    except OSError:
        yield Problem(name, "không mở được tệp (không có quyền đọc hoặc lỗi ổ đĩa)")


_SURROGATE = re.compile(r"[\ud800-\udfff]")
_LETTER = re.compile(r"[\p{L}\p{N}]")


def _shown(text: str) -> str:
    """A name safe to print and store: file names with bytes that are not UTF-8 come with lone surrogates."""
    return _SURROGATE.sub("\ufffd", text)


def _suffix(name: str) -> str | None:
    lower = name.lower()
    return next((s for s in SUFFIXES if lower.endswith(s)), None)


def _at_most(name: str, items: Iterator[Source | Problem]) -> Iterator[Source | Problem]:
    """Every article, but no more than MAX_PROBLEMS_PER_FILE problems of one file, then a count."""
    hidden = 0
    shown = 0
    for item in items:
        if isinstance(item, Problem) and shown >= MAX_PROBLEMS_PER_FILE:
            hidden += 1
            continue
        shown += isinstance(item, Problem)
        yield item
    if hidden:
        yield Problem(name, f"và {hidden} lỗi khác trong tệp này (không liệt kê hết)")


def _read(name: str, stream: IO[bytes], budget: Budget) -> Iterator[Source | Problem]:
    suffix = _suffix(name)
    if suffix is None:
        yield Problem(name, _UNSUPPORTED)
    elif suffix == ".zip":
        yield from _read_zip(name, stream, budget)
    elif suffix == ".jsonl.gz":
        yield from _read_jsonl(name, Capped(gzip.GzipFile(fileobj=stream, mode="rb"), budget))
    elif suffix == ".jsonl":
        yield from _read_jsonl(name, Capped(stream, budget))
    else:
        yield from _read_article(name, Capped(stream, budget), html=suffix in (".html", ".htm"))


def _read_article(name: str, capped: Capped, html: bool) -> Iterator[Source | Problem]:
    """One article per file (.txt, .html)."""
    stream = utf8_stream(capped)
    if isinstance(stream, str):
        yield Problem(name, limit_reason(capped.ended) if capped.ended else stream)
        return
    data = read_up_to(stream, MAX_ARTICLE_BYTES)
    if capped.ended:
        yield Problem(name, limit_reason(capped.ended))
    elif len(data) > MAX_ARTICLE_BYTES:
        yield Problem(name, f"bài dài hơn giới hạn {size_text(MAX_ARTICLE_BYTES)} cho một bài (MAX_ARTICLE_BYTES)")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield Problem(name, not_utf8_reason(data, exc.start))
            return
        if html:
            yield from _from_html(name, text)
        else:
            yield from _checked(name, None, text, "tệp rỗng, không có chữ nào", id=name)


def _read_jsonl(name: str, capped: Capped) -> Iterator[Source | Problem]:
    """One article per line; a bad line is reported and the next one read."""
    stream = utf8_stream(capped)
    if isinstance(stream, str):
        yield Problem(name, limit_reason(capped.ended) if capped.ended else stream)
        return
    last = 0
    for number, line in lines(stream, capped):
        last = number
        if line is None:
            yield Problem(name, f"dòng dài hơn giới hạn {size_text(MAX_ARTICLE_BYTES)} cho một bài "
                                "(MAX_ARTICLE_BYTES), bỏ qua", number)  # fmt: skip
        else:
            yield from _json_row(name, number, line)
    if capped.ended:
        kept = f"; đã đọc các dòng trọn vẹn đến dòng {last}" if last else ""
        yield Problem(name, limit_reason(capped.ended) + kept)
    elif not last:
        yield Problem(name, "tệp không có bài nào (rỗng hoặc chỉ có dòng trống)")


class _NotFinite(ValueError):
    pass


def _reject(constant: str) -> float:
    raise _NotFinite(constant)


def _json_row(name: str, number: int, line: bytes) -> Iterator[Source | Problem]:
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as exc:
        yield Problem(name, not_utf8_reason(line, exc.start), number)
        return
    try:
        row = json.loads(text, parse_constant=_reject)
    except RecursionError:
        yield Problem(name, "JSON lồng nhau quá sâu, không đọc", number)
        return
    except _NotFinite as exc:
        yield Problem(name, f"JSON có giá trị {exc} (không phải số JSON hợp lệ), không đọc", number)
        return
    except json.JSONDecodeError as exc:
        yield Problem(name, f"JSON không hợp lệ (lỗi ở cột {exc.colno})", number)
        return
    except ValueError:  # e.g. an integer of more than 4300 digits
        yield Problem(name, "JSON có số quá dài, không đọc", number)
        return
    if not isinstance(row, dict) or not isinstance(row.get("text"), str):
        yield Problem(name, 'dòng không có trường "text" (chuỗi chữ)', number)
        return
    yield from _checked(
        name,
        number,
        row["text"],
        'trường "text" rỗng, không có bài',
        id=_opt(row.get("id")) or f"{name}:{number}",
        url=_opt(row.get("url")),
        title=_opt(row.get("title")),
        published=_opt(row.get("published")),
    )


def _opt(value: object) -> str | None:
    return str(value) if value not in (None, "") else None


def _checked(name: str, line: int | None, text: str, empty: str, **fields: str | None) -> Iterator[Source | Problem]:
    """A Source, after the checks every reader needs; warnings for what was changed."""
    if not _LETTER.search(text):
        yield Problem(name, empty, line)
        return
    cleaned = {key: _shown(value) if value else value for key, value in {"text": text, **fields}.items()}
    if cleaned != {"text": text, **fields}:
        yield Problem(name, "có ký tự Unicode hỏng (nửa cặp surrogate, như \\ud800), đã thay bằng “\ufffd”; "
                            "bài vẫn được đọc", line, warning=True)  # fmt: skip
    published = cleaned.get("published")
    if published and not _plausible_date(published):
        shown = published if len(published) <= 40 else published[:40] + "…"
        yield Problem(name, f"ngày đăng “{shown}” không phải ngày hợp lệ, đã bỏ qua ngày này; bài vẫn được đọc",
                      line, warning=True)  # fmt: skip
        cleaned["published"] = None
    yield Source(source=name, **cleaned)  # type: ignore[arg-type]


def _plausible_date(value: str) -> bool:
    """A date the extractor can read (ISO, or as in the text: "15/01/2023"), in a year news can have."""
    try:
        found = date.fromisoformat(value[:10])
    except ValueError:
        spans = dates.find_dates(value)
        if not spans:
            return False
        found = spans[0][0]
    return 1900 <= found.year <= date.today().year + 1


_ZIP_IN_ZIP = "tệp zip nằm trong tệp zip không được đọc; hãy giải nén ra trước"


def _read_zip(name: str, stream: IO[bytes], budget: Budget) -> Iterator[Source | Problem]:
    """Member by member, each through the limits; the archive's own size never matters."""
    try:
        archive = zipfile.ZipFile(stream)
        members = sorted(archive.infolist(), key=lambda i: i.filename)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        yield Problem(name, "không phải tệp zip hợp lệ")
        return
    for info in members:
        if info.is_dir() or info.filename.startswith("__MACOSX/"):
            continue
        inner = f"{name}/{_shown(info.filename)}"
        if _suffix(info.filename) in (None, ".zip"):
            yield Problem(inner, _UNSUPPORTED if _suffix(info.filename) is None else _ZIP_IN_ZIP)
            continue
        try:
            member = archive.open(info)
        except RuntimeError:  # encrypted
            yield Problem(inner, "tệp trong zip có mật khẩu, không đọc được")
            continue
        except (NotImplementedError, zipfile.BadZipFile, OSError, ValueError, EOFError):
            yield Problem(inner, "tệp trong zip bị hỏng hoặc nén theo cách không hỗ trợ")
            continue
        with member:
            yield from _read(inner, member, budget)


_NOSCRIPT = "//noscript"  # what a browser without JavaScript shows: never article text


def _from_html(name: str, html: str) -> Iterator[Source | Problem]:
    """Main text through trafilatura, then the same chrome rules as .txt."""
    try:
        import trafilatura  # imported here: only HTML input pays for it
    except ImportError:
        yield Problem(name, "thiếu thư viện đọc HTML (trafilatura); hãy cài theo requirements.txt")
        return
    try:
        text = trafilatura.extract(html, include_comments=False, include_tables=False, prune_xpath=_NOSCRIPT)
        meta = trafilatura.extract_metadata(html) if text else None
    except Exception:  # a third-party parser on hostile markup: a message, never a stopped batch
        yield Problem(name, "không đọc được trang HTML (cấu trúc hỏng hoặc lồng nhau quá sâu)")
        return
    if not text:
        yield Problem(name, "không tìm thấy nội dung bài trong trang HTML")
        return
    yield from _checked(
        name,
        None,
        text,
        "không tìm thấy nội dung bài trong trang HTML",
        id=name,
        url=getattr(meta, "url", None),
        title=getattr(meta, "title", None),
        published=getattr(meta, "date", None),
    )
