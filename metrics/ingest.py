"""Ingest: read articles, extract their facts, store them batch by batch.

Extraction runs outside the write lock; only storing a batch takes it. Each
batch is one transaction; an article that cannot be extracted or stored is
reported with the reason and never costs the other articles their place.
"""

from __future__ import annotations

import hashlib
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field

from metrics.records import ArticleRows, article_rows
from metrics.store import ImportRun, Store
from parsers import workers
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
    jobs: int = 1,
    reextract: bool = False,
) -> IngestResult:
    """Store new articles; report those already stored (same text) and failures.

    Articles are read one by one and stored batch by batch, so memory holds a few batches
    whatever the input's size. With jobs > 1, worker processes extract while this process
    reads, checks for repeats and writes; the result is the same as with one.
    progress(done, total) needs the number of items first: only then are they all read at once.
    reextract: articles already stored are read again by today's parsers and get the new facts
    (their reviews are applied again to the figures they name; see metrics/reviews.py).
    """
    total = 0
    if progress is not None:
        items = list(items)
        total = len(items)
    result = IngestResult()
    run = ImportRun(user or "không rõ", origin)
    done = 0
    with workers.Pool(jobs) as pool:
        for batch, rows in _extracted(_batches(store, items, batch_size, reextract), pool):
            result.failed += batch.problems
            result.warnings += batch.warnings
            result.skipped += batch.repeats
            ready = []
            for source, extracted in zip(batch.new, rows, strict=True):
                if isinstance(extracted, str):
                    result.failed.append(f"{source.id}: {extracted}")
                else:
                    ready.append(extracted)
            if ready:
                written = store.write(ready, run, replace=reextract)
                result.added += written.added
                result.reextracted += written.replaced
                result.skipped += written.skipped
                result.failed += written.failed
                result.facts += written.facts
            done += batch.read
            if progress:
                progress(done, total)
    store.finish_import(run, len(result.failed))
    return result


@dataclass
class _Batch:
    """Items read together: the articles not stored yet (with their content hashes), repeats and problems."""

    read: int = 0
    new: list[Source] = field(default_factory=list)
    hashes: list[str] = field(default_factory=list)
    repeats: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    warnings: int = 0  # problems that are warnings: the article was still read


def _batches(store: Store, items: Iterable[Source | Problem], batch_size: int, reextract: bool = False) -> Iterator[_Batch]:
    """Batches of batch_size articles, checked against the store and the batches before them."""
    seen: set[str] = set()
    batch, sources = _Batch(), []
    for item in items:
        batch.read += 1
        if isinstance(item, Problem):
            batch.problems.append(str(item))
            batch.warnings += item.warning
        else:
            sources.append(item)
        if len(sources) >= batch_size:
            yield _unseen(store, batch, sources, seen, reextract)
            batch, sources = _Batch(), []
    if batch.read:
        yield _unseen(store, batch, sources, seen, reextract)


def _unseen(store: Store, batch: _Batch, sources: list[Source], seen: set[str], reextract: bool = False) -> _Batch:
    digests = [content_hash(s.text) for s in sources]
    stored = store.stored_hashes(list(set(digests)))
    for digest, source in zip(digests, sources, strict=True):
        if (digest in stored and not reextract) or digest in seen:
            batch.repeats.append(source.id)
            continue
        seen.add(digest)
        batch.new.append(source)
        batch.hashes.append(digest)
    return batch


def _extracted(batches: Iterator[_Batch], pool: workers.Pool) -> Iterator[tuple[_Batch, list[ArticleRows | str]]]:
    """Each batch with the store rows of its new articles (or why one failed), in order.

    With workers, the next batch is read and handed to them before this one is written.
    """
    pending: deque[tuple[_Batch, list[Future[list[ArticleRows | str]]] | list[list[tuple[Source, str]]]]] = deque()
    for batch in batches:
        parts = list(workers.chunks(zip(batch.new, batch.hashes, strict=True)))
        executor = pool.executor() if len(parts) > 1 or pending else None
        pending.append((batch, [executor.submit(rows_of, part) for part in parts] if executor else parts))
        if len(pending) > (1 if executor else 0):
            yield _done(*pending.popleft())
    while pending:
        yield _done(*pending.popleft())


def _done(batch: _Batch, parts: list) -> tuple[_Batch, list[ArticleRows | str]]:  # type: ignore[type-arg]
    return batch, [row for part in parts for row in (part.result() if isinstance(part, Future) else rows_of(part))]


def rows_of(items: list[tuple[Source, str]]) -> list[ArticleRows | str]:
    """In a worker (or here): the store rows of each article, or why it could not be read."""
    out: list[ArticleRows | str] = []
    for source, digest in items:
        try:
            record = article_record(extract(source.text, source.id, source.source, source.url, source.title, source.published))
            rows = article_rows(record, digest)
            rows.article["text"] = source.text  # kept for the reviews' gold export
            out.append(rows)
        except Exception as exc:  # a parser bug on one article must not stop the others
            out.append(f"không đọc được bài ({type(exc).__name__}: {exc})")
    return out


def ingest_paths(  # type: ignore[no-untyped-def]
    store: Store,
    paths: list[str],
    progress=None,
    user: str = "",
    origin: str = "dòng lệnh",
    jobs: int = 1,
    reextract: bool = False,
) -> IngestResult:
    return ingest_items(store, read_paths(paths), progress, user, origin, jobs=jobs, reextract=reextract)


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
