"""`extractor extract INPUT... [-o OUT]`: records of articles, as JSONL/CSV/Parquet (and SQLite).

Wiring only: readers find the work, `extractor.batch` (or `batch_dask`)
extracts it on one or more processes, writers and the store take the
results in input order, `batch_report` tells the user how it went.
Exit codes: 0 all read, 1 some articles skipped or failed, 2 nothing readable
(see docs/batch.md).
"""

from __future__ import annotations

import argparse
import logging
import os

from extractor import DEFAULT_EXTRACTORS, EXTRACTOR_CHOICES

log = logging.getLogger("extractor.extract")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "extract", help="extract records from .txt/.html/.jsonl(.gz)/.warc(.gz) files, folders or stdin",
        description="Records of articles: files, folders (with an optional metadata.jsonl), JSONL, WARC, or - "
                    "(stdin). Exit code 0: all read; 1: some articles skipped or failed; 2: nothing readable.")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders, or - for stdin (JSONL or one text)")
    p.add_argument("-o", "--output", default=None, metavar="OUT",
                   help="OUT.jsonl, .jsonl.gz, .csv or .parquet (default: JSONL to stdout)")
    p.add_argument("--db", default=None, metavar="FILE", help="also store articles and records in this SQLite file")
    p.add_argument("--workers", type=int, default=None, metavar="N",
                   help="processes (default: all %d cores; 1 = no pool)" % (os.cpu_count() or 1))
    p.add_argument("--engine", choices=("local", "dask"), default=None,
                   help="local processes, or a Dask cluster (default: local; dask when --scheduler is given)")
    p.add_argument("--scheduler", default=None, metavar="ADDRESS",
                   help="Dask scheduler, e.g. tcp://10.0.0.5:8786 (default with --engine dask: a local cluster)")
    p.add_argument("--resume", action="store_true",
                   help="skip articles already in OUT (or in --db) and append to OUT")
    p.add_argument("--no-repair", action="store_true", help="do not repair damaged text first")
    p.add_argument("--extractors", choices=EXTRACTOR_CHOICES, default=DEFAULT_EXTRACTORS,
                   help="which extractor(s) to run (default: %(default)s)")
    p.add_argument("--log", default=None, metavar="FILE", help="write every skipped article and the summary here")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from extractor.batch import Options, extractors_supported
    from extractor.errors import UserError
    from extractor.readers import count_hint, iter_sources
    from extractor.writers import open_writer, output_format

    engine = args.engine or ("dask" if args.scheduler else "local")
    if args.scheduler and engine != "dask":
        raise UserError("--scheduler needs --engine dask")
    workers = args.workers if args.workers is not None else (os.cpu_count() or 1)
    if workers < 1:
        raise UserError(f"--workers must be 1 or more, not {workers}")
    output_format(args.output)  # an unknown extension fails now, before any work
    if args.extractors != "rules" and not extractors_supported():
        log.warning("--extractors %s: this pipeline has only the rules; running rules", args.extractors)
    store = _open_store(args.db)
    try:
        done = _done_ids(args, store) if args.resume else set()
        total = count_hint(args.inputs)
        if total is not None and engine == "local":
            workers = max(1, min(workers, total))
        options = Options(repair=not args.no_repair, extractors=args.extractors, keep_articles=store is not None)
        items = iter_sources(args.inputs, resume_ids=done)
        log_fh = _open_log(args.log)
        try:
            with open_writer(args.output, append=args.resume) as out:
                code = _drain(_results(items, options, engine, workers, args.scheduler), out, store, total, log_fh,
                              args.output)
        finally:
            if log_fh:
                log_fh.close()
    finally:
        if store:
            store.close()
    return code


def _results(items, options, engine: str, workers: int, scheduler: str | None):
    if engine == "dask":
        from extractor.batch_dask import run_dask
        return run_dask(items, options, scheduler=scheduler, workers=workers)
    from extractor.batch import run_local
    return run_local(items, options, workers=workers)


def _drain(results, out, store, total: int | None, log_fh, output: str | None) -> int:
    """Write every result in order; the report decides the exit code."""
    from extractor.batch import Done
    from extractor.batch_report import BatchReport
    from extractor.pipeline import EXTRACTOR_VERSION

    report = BatchReport(total, log=log_fh)
    for res in results:
        if isinstance(res, Done):
            out.write(res.records)
            if store is not None:
                store.save(res.article, res.records, version=EXTRACTOR_VERSION)
            report.article(len(res.records))
        else:
            report.skipped(res)
    return report.finish(output)


def _open_store(path: str | None):
    if not path:
        return None
    from extractor.store import Store
    return Store(path)


def _done_ids(args: argparse.Namespace, store) -> set[str]:
    """Ids already extracted: in the output file, and in the database when --db is given."""
    from extractor.writers import existing_ids

    done = existing_ids(args.output)
    if store is not None:
        done |= {row[0] for row in store.conn.execute("SELECT doc_id FROM articles")}
    return done


def _open_log(path: str | None):
    if not path:
        return None
    from extractor.errors import UserError
    try:
        return open(path, "a", encoding="utf-8")
    except OSError as exc:
        raise UserError(f"{path}: cannot write the log ({exc.strerror})") from None
