"""A full finder run over the store on both cores (``conflicts.find``): the largest
heads are judged in a worker process, one at a time, while this process judges the
small heads and checks each article's arithmetic. The suggestions are put together in
the order ``linking.suggest`` gives them, so the result is the one process's.

Two large heads are never judged at once: judging holds about 4 KB a fact at its peak
(the largest head of 100,000 articles, 387,000 facts, 1.6 GB), so this process takes a
head beside the worker's only if it is small (``BESIDE``). Each large head gets a fresh
worker, whose memory goes back to the system when it ends (a process that judged a large
head keeps most of its peak, in freed pieces). The worker reads no store: this process
sends it the head's packed facts from its own read snapshot, and the worker unpacks them.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
from collections.abc import Iterator
from itertools import islice
from multiprocessing.connection import Connection
from typing import Any

from annotator.bounded import die_with_parent
from annotator.linking import ArticleOf, Suggestion, judge_head, settle, suggest
from annotator.linking.arithmetic import inconsistencies
from annotator.linking.facts import bulk
from annotator.store import facts as stored_facts
from annotator.store.store import Store

WORKER_FROM = 200_000  # stored facts from which a worker pays for its start (~1 s)
BESIDE = 8  # this process judges a head beside the worker's if it holds at most 1/8 of the facts
SENT = 20_000  # packed facts sent to the worker at a time
ARTICLES = 500  # articles whose arithmetic is checked between looks at the worker


def suggest_all(store: Store) -> list[Suggestion]:
    """``linking.suggest`` over every stored fact, in one read snapshot (the caller's)."""
    heads = store.fact_heads()
    total = sum(len(ids) for _, ids in heads)
    if total < WORKER_FROM or (os.cpu_count() or 1) < 2:
        return suggest(store.facts_by_head(), store.facts_by_article())
    # a head's result, or the worker's as it sent it: unpickled once no worker is left,
    # 0.2 KB a suggestion instead of 0.6, so this process holds little beside a worker
    results: dict[int, tuple[list[Suggestion], ArticleOf] | bytes] = {}
    inconsistent: list[Suggestion] = []
    articles = store.facts_by_article()
    front, back = 0, len(heads)  # the worker takes heads from the front, this process from the back
    worker: _Worker | None = None
    try:
        with bulk():
            while True:
                if worker is not None and worker.ready():
                    results[worker.index] = worker.result()
                    worker = None
                if worker is None and front < back:
                    worker = _Worker(front, *heads[front], store)
                    front += 1
                if front < back and len(heads[back - 1][1]) * BESIDE <= total:
                    back -= 1
                    name, ids = heads[back]
                    results[back] = judge_head(stored_facts.of_head(name, store.fact_rows(ids)))
                elif batch := list(islice(articles, ARTICLES)):
                    for members, text in batch:
                        inconsistent += inconsistencies(members, text)
                elif worker is not None:
                    worker.wait()
                else:
                    break
            found: list[Suggestion] = []
            article_of: ArticleOf = {}
            for index in range(len(heads)):
                result = results.pop(index)
                judged, of = pickle.loads(result) if isinstance(result, bytes) else result
                found += judged
                article_of.update(of)
            return settle(found + inconsistent, article_of)
    finally:
        if worker is not None:
            worker.stop()


class _Worker:
    """A process judging one head (``_judge``), sent its packed facts at start."""

    def __init__(self, index: int, name: str, ids: list[int], store: Store):
        self.index = index
        context = multiprocessing.get_context("spawn")  # (no fork: the app runs Qt threads)
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_judge, args=(name, child, os.getpid()), daemon=True)
        self.process.start()
        child.close()  # the child's end: the pipe breaks if it dies
        try:
            rows = store.fact_rows(ids)
            while chunk := list(islice(rows, SENT)):
                self.conn.send(chunk)
            self.conn.send(None)
        except BaseException:
            self.stop()
            raise

    def ready(self) -> bool:
        return self.conn.poll()

    def wait(self) -> None:
        self.conn.poll(None)

    def result(self) -> bytes:
        """The head's suggestions and what ``settle`` reads of them, pickled."""
        try:
            status, value = self.conn.recv()
        except EOFError:
            raise RuntimeError(f"the finder's worker stopped with status {self._ended()}") from None
        self._ended()
        if status == "raised":
            raise value
        judged: bytes = value
        return judged

    def stop(self) -> None:
        self.process.kill()
        self._ended()

    def _ended(self) -> int | None:
        self.conn.close()
        self.process.join()
        return self.process.exitcode


def _judge(name: str, conn: Connection, parent: int) -> None:
    """In the worker: a head's packed facts received, unpacked and judged; the result sent."""
    die_with_parent(parent)
    chunks = []
    while (chunk := conn.recv()) is not None:
        chunks.append(chunk)
    result: tuple[str, Any]
    try:
        with bulk():
            judged = judge_head(stored_facts.of_head(name, _drained(chunks)))
        result = "returned", pickle.dumps(judged, pickle.HIGHEST_PROTOCOL)
    except Exception as exc:
        result = "raised", exc
    conn.send(result)
    conn.close()


def _drained(chunks: list[list[stored_facts.Row]]) -> Iterator[stored_facts.Row]:
    """The rows of every chunk, each chunk let go once read."""
    chunks.reverse()
    while chunks:
        yield from chunks.pop()
