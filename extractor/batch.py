"""Work items -> (article, records) in input order, on 1 process, N processes or Dask.

Every engine runs the same `process_item`: load the pending article (decode,
clean HTML) then `pipeline.extract_article`.  Resources (patterns, models)
load once per process through `worker_resources`, cached, so a worker pays
for them once however many articles it gets.  An exception inside one
article becomes a `Skipped` with reason 'extraction failed', so the batch
goes on.  The local engine keeps a bounded number of chunks in flight, so
memory stays flat on a million-article WARC, and yields results in input
order.
"""

from __future__ import annotations

import inspect
import itertools
import logging
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from extractor import LIBRARY_EXTRACTORS
from extractor.article import Article
from extractor.errors import UserError
from extractor.readers import Pending, Skipped, load
from extractor.record import Record

log = logging.getLogger(__name__)

EXTRACTION_FAILED = "extraction failed"


@dataclass(frozen=True)
class Options:
    """What every worker needs to know; small and picklable."""

    repair: bool = True
    extractors: str = LIBRARY_EXTRACTORS
    keep_articles: bool = False     # send the Article back (for --db); costs a copy of its text


@dataclass(frozen=True)
class Done:
    """One extracted article: its records, and the Article itself when Options.keep_articles."""

    doc_id: str
    records: list[Record]
    article: Article | None = None


Item = Pending | Article | Skipped
Result = Done | Skipped


@lru_cache(maxsize=1)
def _signatures() -> tuple[frozenset[str], frozenset[str]]:
    """Keyword names of pipeline.load_resources and pipeline.extract_article (inspected once)."""
    from extractor import pipeline

    return (frozenset(inspect.signature(pipeline.load_resources).parameters),
            frozenset(inspect.signature(pipeline.extract_article).parameters))


def extractors_supported() -> bool:
    """Whether the pipeline takes an `extractors` choice at all (else only 'rules' runs)."""
    load_params, extract_params = _signatures()
    return "extractors" in load_params or "extractors" in extract_params


@lru_cache(maxsize=4)
def worker_resources(extractors: str = LIBRARY_EXTRACTORS):
    """pipeline.load_resources(), once per process and extractor choice."""
    from extractor import pipeline

    load_params, _ = _signatures()
    kwargs = {"extractors": extractors} if "extractors" in load_params else {}
    return pipeline.load_resources(**kwargs)


def warm_up(extractors: str) -> None:
    """Pool initializer: load resources before the first article (errors surface per article)."""
    try:
        worker_resources(extractors)
    except Exception as exc:   # reported by process_item for each article, as one line each
        log.debug("resources failed to load: %s", exc)


def process_item(item: Item, options: Options) -> Result:
    """One work item -> Done or Skipped; never raises for a bad article."""
    if isinstance(item, Skipped):
        return item
    article = load(item) if isinstance(item, Pending) else item
    if isinstance(article, Skipped):
        return article
    from extractor import pipeline

    try:
        res = worker_resources(options.extractors)
        kwargs = {"repair": options.repair}
        if "extractors" in _signatures()[1]:
            kwargs["extractors"] = options.extractors
        records = pipeline.extract_article(article, res, **kwargs)
    except Exception as exc:   # one bad article must not stop a batch
        return Skipped(article.source or article.id, article.id, EXTRACTION_FAILED,
                       f"{type(exc).__name__}: {exc}"[:300])
    return Done(article.id, records, article if options.keep_articles else None)


def process_chunk(items: list[Item], options: Options) -> list[Result]:
    return [process_item(it, options) for it in items]


def run_local(items: Iterable[Item], options: Options, workers: int = 1, chunk: int = 8) -> Iterator[Result]:
    """Results in input order; `workers` > 1 uses a process pool with bounded look-ahead."""
    if workers <= 1:
        worker_resources(options.extractors)
        for it in items:
            yield process_item(it, options)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    # Load in the parent first: a broken pattern file fails here, once; forked workers share the pages.
    worker_resources(options.extractors)
    blocks = chunks(items, chunk)
    ctx = multiprocessing.get_context()
    max_ahead = workers * 4
    pool = ProcessPoolExecutor(workers, mp_context=ctx, initializer=warm_up, initargs=(options.extractors,))
    try:
        pending: deque = deque()
        for block in blocks:
            pending.append(pool.submit(process_chunk, block, options))
            while len(pending) >= max_ahead:
                yield from _collect(pending.popleft(), BrokenProcessPool)
        while pending:
            yield from _collect(pending.popleft(), BrokenProcessPool)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _collect(fut, broken: type) -> list[Result]:
    """A chunk's results; a worker that died (out of memory, a crash in C code) stops the batch with one line."""
    try:
        return fut.result()
    except broken:
        raise UserError("a worker process died (out of memory?); the output holds every article before it: "
                        "rerun with --resume, or with fewer --workers", exit_code=1) from None


def chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    it = iter(items)
    while block := list(itertools.islice(it, size)):
        yield block
