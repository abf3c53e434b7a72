"""Extraction on several cores: worker processes that import the parsers once, results in input order.

Used by `python -m parsers extract` and `python -m metrics ingest` (--jobs). With one job, or
before there is enough work to pay for starting processes, the work is done in this process:
the output is the same either way, article for article and in the same order.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import chain, islice
from typing import TYPE_CHECKING, Any, TypeVar

from parsers.readers import Problem, Source

if TYPE_CHECKING:  # imported when workers start: one article needs none of it
    from concurrent.futures import Executor, Future, ProcessPoolExecutor

In = TypeVar("In")
Out = TypeVar("Out")

CHUNK = 32  # articles sent to a worker at a time: fewer, larger messages between processes
_WATCH_SECONDS = 1.0  # how often a worker checks that the process that started it is alive
AHEAD = 4  # chunks queued per worker: keeps every core busy while memory stays bounded


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class Pool:
    """jobs worker processes, started on the first call of executor(); None with one job.

    "forkserver": workers are forked from a fresh server process that has imported the
    parsers once, not from this one (which may hold a database connection and its threads).
    """

    def __init__(self, jobs: int) -> None:
        self.jobs = max(1, jobs)
        self._executor: ProcessPoolExecutor | None = None

    def executor(self) -> Executor | None:
        if self.jobs == 1:
            return None
        if self._executor is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor
            from multiprocessing.context import BaseContext

            context: BaseContext = multiprocessing.get_context("spawn")  # Windows has no fork server
            if "forkserver" in multiprocessing.get_all_start_methods():
                server = multiprocessing.get_context("forkserver")
                server.set_forkserver_preload(["parsers.article", "parsers.records"])
                context = server
            self._executor = ProcessPoolExecutor(
                self.jobs, mp_context=context, initializer=_watch_parent, initargs=(os.getpid(),)
            )
        return self._executor

    def __enter__(self) -> Pool:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._executor is not None:
            self._executor.shutdown(cancel_futures=True)


def _watch_parent(pid: int) -> None:
    """In a worker: stop when the process that started it is gone (killed: it could not stop its workers)."""
    import threading
    import time

    def watch() -> None:
        while True:
            time.sleep(_WATCH_SECONDS)
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                os._exit(1)
            except PermissionError:  # another process now has that number
                os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def chunks(items: Iterable[In]) -> Iterator[list[In]]:
    source = iter(items)
    return iter(lambda: list(islice(source, CHUNK)), [])


def ordered_map(work: Callable[[list[In]], list[Out]], items: Iterable[In], pool: Pool) -> Iterator[Out]:
    """work applied to chunks of items, results one by one in input order.

    At most jobs * AHEAD chunks are read ahead of the results consumed, so memory is bounded
    by the chunks in flight, whatever the size of the input. Input of one chunk is worked
    here: starting workers would cost more than it saves.
    """
    parts = chunks(items)
    first = next(parts, None)
    second = next(parts, None) if first is not None else None
    executor = pool.executor() if second is not None else None
    if executor is None:
        for chunk in (first, second, *parts) if first is not None else ():
            if chunk is not None:
                yield from work(chunk)
        return
    pending: deque[Future[list[Out]]] = deque()
    for chunk in chain((first, second) if first is not None and second is not None else (), parts):
        pending.append(executor.submit(work, chunk))
        while len(pending) >= pool.jobs * AHEAD:
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
