"""Ingest: read articles, extract their facts, store them batch by batch.

Extraction runs outside the write lock; only storing a batch takes it. Each
batch is one transaction; an article that cannot be extracted or stored is
reported with the reason and never costs the other articles their place.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from metrics.records import ArticleRows, article_rows
from metrics.store import ImportRun, Store
from parsers.article import extract
from parsers.normalize import normalize
from parsers.readers import Problem, Source, read_bytes, read_paths, read_uploads
from parsers.records import article_record
from parsers.streams import Budget

BATCH_SIZE = int(os.environ.get("MTTQ_BATCH_SIZE", "500"))


@dataclass
class IngestResult:
    added: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)  # problems, with the warnings (the article was still read)
    facts: int = 0
    warnings: int = 0
    reextracted: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {"added": len(self.added), "skipped": len(self.skipped), "failed": self.failed, "facts": self.facts,
                "reextracted": len(self.reextracted)}  # fmt: skip


def content_hash(text: str) -> str:
    return hashlib.sha256(normalize(text).strip().encode("utf-8", "surrogatepass")).hexdigest()


def ingest_items(
    store: Store,
    items: Iterable[Source | Problem],
    progress: Callable[[int, int], None] | None = None,
    user: str = "",
    origin: str = "dòng lệnh",
    batch_size: int = BATCH_SIZE,
    reextract: bool = False,
) -> IngestResult:
    """Store new articles; report those already stored (same text) and failures.

    reextract: articles already stored are read again by today's parsers and get the new facts
    (their reviews are applied again to the figures they name; see metrics/reviews.py).
    """
    items = list(items)
    result = IngestResult()
    run = ImportRun(user or "không rõ", origin)
    seen: set[str] = set()
    batch: list[Source] = []
    for done, item in enumerate(items, start=1):
        if isinstance(item, Problem):
            result.failed.append(str(item))
            result.warnings += item.warning
        else:
            batch.append(item)
        if len(batch) >= batch_size or (done == len(items) and batch):
            _store_batch(store, batch, run, seen, result, reextract)
            batch = []
        if progress:
            progress(done, len(items))
    store.finish_import(run, len(result.failed))
    return result


def _store_batch(store: Store, batch: list[Source], run: ImportRun, seen: set[str], result: IngestResult,
                 reextract: bool = False) -> None:  # fmt: skip
    digests = [content_hash(s.text) for s in batch]
    stored = store.stored_hashes(list(set(digests)))
    ready: list[ArticleRows] = []
    for digest, source in zip(digests, batch, strict=True):
        if (digest in stored and not reextract) or digest in seen:
            result.skipped.append(source.id)
            continue
        seen.add(digest)
        try:
            record = article_record(extract(source.text, source.id, source.source, source.url, source.title, source.published))
            rows = article_rows(record, digest)
            rows.article["text"] = source.text
            ready.append(rows)
        except Exception as exc:  # a parser bug on one article must not stop the others
            result.failed.append(f"{source.id}: không đọc được bài ({type(exc).__name__}: {exc})")
    if not ready:
        return
    written = store.write(ready, run, replace=reextract)
    result.added += written.added
    result.skipped += written.skipped
    result.reextracted += written.replaced
    result.failed += written.failed
    result.facts += written.facts


def ingest_paths(store: Store, paths: list[str], progress=None, user: str = "", origin: str = "dòng lệnh",  # type: ignore[no-untyped-def]
                 reextract: bool = False) -> IngestResult:  # fmt: skip
    return ingest_items(store, read_paths(paths), progress, user, origin, reextract=reextract)


def ingest_uploads(store: Store, uploads: list[tuple[str, bytes]], progress=None, user: str = "") -> IngestResult:  # type: ignore[no-untyped-def]
    """In-memory files (name, bytes), as the dashboard's uploader gives them; each upload has its own size budget."""
    return ingest_items(store, read_uploads(uploads), progress, user, origin="trang Nhập dữ liệu")


def ingest_files(
    store: Store, uploads: list[tuple[str, bytes]], progress: Callable[[str, int, int], None] | None = None, user: str = ""
) -> list[tuple[str, IngestResult]]:
    """The dashboard's uploads file by file, with one size budget for them all (as read_uploads): what became of
    each file. progress(file name, articles done, articles) as each file's articles are stored."""
    budget = Budget()
    results = []
    for name, data in uploads:
        step = (lambda done, total, name=name: progress(name, done, total)) if progress else None
        results.append((name, ingest_items(store, read_bytes(name, data, budget), step, user, origin="trang Nhập dữ liệu")))
    return results
