"""Extraction on several cores: worker processes that import the parsers once, results in input order.

Used by `python -m parsers extract` and `python -m metrics ingest` (--jobs). With one job, or
before there is enough work to pay for starting processes, the work is done in this process:
the output is the same either way, article for article and in the same order.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from itertools import chain, islice
from typing import Any, TypeVar

from parsers.readers import Problem, Source

In = TypeVar("In")
Out = TypeVar("Out")

CHUNK = 32  # articles sent to a worker at a time: fewer, larger messages between processes
AHEAD = 4  # chunks queued per worker: keeps every core busy while memory stays bounded


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def pool(jobs: int) -> Executor | None:
    """Worker processes, or None for work in this process.

    "forkserver": workers are forked from a fresh server process that has imported the
    parsers once, not from this one (which may hold a database connection and its threads).
    """
    if jobs <= 1:
        return None
    if "forkserver" not in multiprocessing.get_all_start_methods():  # not on Windows
        return ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn"))
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["parsers.article", "parsers.records"])
    return ProcessPoolExecutor(jobs, mp_context=context)


def ordered_map(
    work: Callable[[list[In]], list[Out]], items: Iterable[In], executor: Executor | None, jobs: int
) -> Iterator[Out]:
    """work applied to chunks of items, results one by one in input order.

    At most jobs * AHEAD chunks are read ahead of the results consumed, so memory is bounded
    by the chunks in flight, whatever the size of the input.
    """
    source = iter(items)
    chunks = iter(lambda: list(islice(source, CHUNK)), [])
    first = next(chunks, None)
    second = next(chunks, None) if first is not None else None
    if executor is None or second is None:  # one chunk: starting workers would cost more than it saves
        for chunk in (first, second, *chunks) if first is not None else ():
            if chunk is not None:
                yield from work(chunk)
        return
    chunks = chain((first, second), chunks)
    pending: deque[Future[list[Out]]] = deque()
    for chunk in chunks:
        pending.append(executor.submit(work, chunk))
        while len(pending) >= jobs * AHEAD:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def records_of(items: list[Source | Problem]) -> list[dict[str, Any] | Problem]:
    """In a worker (or here): the public record of each article; problems passed through, in order."""
    from parsers.article import extract
    from parsers.records import article_record

    return [
        item
        if isinstance(item, Problem)
        else article_record(extract(item.text, item.id, item.source, item.url, item.title, item.published))
        for item in items
    ]
