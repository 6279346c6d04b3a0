"""The same extraction on a Dask cluster: blocks of work items as dask bags.

The input stream is cut into blocks; each block becomes a `dask.bag` mapped
with `batch.process_item` (which loads resources once per worker process),
and at most two blocks are in flight, so the client never holds the whole
input and results come back in input order.  Without a scheduler address a
LocalCluster of `workers` single-threaded processes is started (the
extractor is CPU-bound Python: threads would share one GIL).
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterable, Iterator

from extractor.batch import Item, Options, Result, chunks, process_item
from extractor.errors import UserError

log = logging.getLogger(__name__)

BLOCK = 256
IN_FLIGHT = 2


def run_dask(items: Iterable[Item], options: Options, *, scheduler: str | None = None, workers: int = 2,
             block: int = BLOCK) -> Iterator[Result]:
    """Results in input order, computed on the cluster at `scheduler` (or a local one)."""
    import dask.bag as db

    client, cluster = _connect(scheduler, workers)
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or workers)
        pending: deque = deque()
        for chunk in chunks(items, block):
            bag = db.from_sequence(chunk, npartitions=min(len(chunk), n_workers * 2))
            pending.append(client.compute(bag.map(process_item, options)))
            while len(pending) >= IN_FLIGHT:
                yield from _result(pending.popleft())
        while pending:
            yield from _result(pending.popleft())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _result(future) -> list[Result]:
    try:
        return future.result()
    except Exception as exc:   # a lost worker or a cluster error: one line, the output so far stays
        raise UserError(f"Dask cluster failed: {type(exc).__name__}: {exc}"[:300] +
                        "; rerun with --resume", exit_code=1) from None


def _connect(scheduler: str | None, workers: int):
    """(Client, LocalCluster or None); UserError when the scheduler cannot be reached."""
    from distributed import Client, LocalCluster

    if not log.isEnabledFor(logging.DEBUG):   # the cluster's INFO chatter would bury the summary
        logging.getLogger("distributed").setLevel(logging.WARNING)
    if scheduler:
        try:
            return Client(scheduler, timeout="15s"), None
        except (OSError, TimeoutError, ValueError) as exc:
            raise UserError(f"cannot reach the Dask scheduler at {scheduler} ({type(exc).__name__}: {exc})") from None
    cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                           dashboard_address=None, silence_logs=logging.ERROR)
    return Client(cluster), cluster
