"""Reading articles from files: the only file I/O in parsers/.

Used by the command line and by metrics' ingest. Each reader yields
Source items or Problem items (file, line, reason), never raises on bad
input, so one broken file never stops a batch.
"""

from __future__ import annotations

import gzip
import io
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SUFFIXES = (".txt", ".jsonl", ".jsonl.gz", ".html", ".htm", ".zip")


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
    """Why a file (or one line of it) could not be read."""

    source: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.reason}"


def read_paths(paths: list[str]) -> Iterator[Source | Problem]:
    """Articles from files and folders (recursively), in name order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and _suffix(p.name))
            for file in files:
                yield from read_bytes(str(file), file.read_bytes())
        elif path.is_file():
            yield from read_bytes(str(path), path.read_bytes())
        else:
            yield Problem(raw, "no such file or folder")


def _suffix(name: str) -> str | None:
    lower = name.lower()
    return next((s for s in SUFFIXES if lower.endswith(s)), None)


def read_bytes(name: str, data: bytes) -> Iterator[Source | Problem]:
    """Articles from one file's bytes, by the file name's suffix."""
    suffix = _suffix(name)
    if suffix is None:
        yield Problem(name, f"unsupported file type (expected one of {', '.join(SUFFIXES)})")
    elif suffix == ".zip":
        yield from _read_zip(name, data)
    elif suffix == ".jsonl.gz":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            yield Problem(name, f"not a valid gzip file ({exc})")
            return
        yield from _read_jsonl(name, data)
    elif suffix == ".jsonl":
        yield from _read_jsonl(name, data)
    else:
        text = _decode(name, data)
        if isinstance(text, Problem):
            yield text
        elif suffix in (".html", ".htm"):
            yield _from_html(name, text)
        else:
            yield Source(id=name, source=name, text=text)


def _decode(name: str, data: bytes) -> str | Problem:
    if b"\x00" in data[:4096]:
        return Problem(name, "binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return Problem(name, f"not UTF-8 text (byte {exc.start})")


def _read_jsonl(name: str, data: bytes) -> Iterator[Source | Problem]:
    text = _decode(name, data)
    if isinstance(text, Problem):
        yield text
        return
    for number, line in enumerate(io.StringIO(text), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Problem(name, f"malformed JSON ({exc.msg})", number)
            continue
        if not isinstance(row, dict) or not isinstance(row.get("text"), str):
            yield Problem(name, 'no "text" field', number)
            continue
        yield Source(
            id=str(row.get("id") or f"{name}:{number}"),
            source=name,
            text=row["text"],
            url=_opt(row.get("url")),
            title=_opt(row.get("title")),
            published=_opt(row.get("published")),
        )


def _opt(value: object) -> str | None:
    return str(value) if value not in (None, "") else None


def _read_zip(name: str, data: bytes) -> Iterator[Source | Problem]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        yield Problem(name, "not a valid zip archive")
        return
    for info in sorted(archive.infolist(), key=lambda i: i.filename):
        if info.is_dir() or info.filename.startswith("__MACOSX/"):
            continue
        inner = f"{name}/{info.filename}"
        if _suffix(info.filename) == ".zip":
            yield Problem(inner, "zip inside zip is not read")
        else:
            yield from read_bytes(inner, archive.read(info))


def _from_html(name: str, html: str) -> Source | Problem:
    """Main text through trafilatura, then the same chrome rules as .txt."""
    try:
        import trafilatura  # imported here: only HTML input pays for it
    except ImportError as exc:
        return Problem(name, f"HTML reader unavailable ({exc}); install requirements.txt")
    text = trafilatura.extract(html, include_comments=False, include_tables=False)
    if not text:
        return Problem(name, "no article text found in the HTML")
    meta = trafilatura.extract_metadata(html)
    return Source(
        id=name,
        source=name,
        text=text,
        url=getattr(meta, "url", None),
        title=getattr(meta, "title", None),
        published=getattr(meta, "date", None),
    )
