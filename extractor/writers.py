"""Records -> JSONL, CSV or Parquet, streamed as they come.

- JSONL: `Record.to_dict()` (nested evidence), UTF-8 with real Vietnamese
  letters (ensure_ascii=False); `.jsonl.gz` compressed.
- CSV: the flat columns of `extractor.record.FLAT_FIELDS`, UTF-8 WITH a BOM:
  spreadsheet programs (Excel, LibreOffice) read BOM-less CSV in the local
  ANSI code page and garble Vietnamese; pandas, DuckDB and Python's
  `csv` module (with encoding='utf-8-sig') read it unchanged.
- Parquet: the same flat columns with a fixed schema (value float64,
  offsets int64, the rest strings), written in row groups so memory stays
  flat; written to a temporary file renamed at the end, so OUT is never a
  half-written Parquet file.

`append=True` (for --resume) adds to an existing output instead of replacing it.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import sys
from collections.abc import Iterable
from pathlib import Path

from extractor.errors import UserError
from extractor.record import FLAT_FIELDS, Record

ROW_GROUP = 10_000
FORMATS = ("jsonl", "jsonl.gz", "csv", "parquet")
_EXTENSIONS = ((".jsonl.gz", "jsonl.gz"), (".jsonl", "jsonl"), (".ndjson", "jsonl"), (".json", "jsonl"),
               (".csv", "csv"), (".parquet", "parquet"), (".pq", "parquet"))


def output_format(path: str | None, fmt: str | None = None) -> str:
    """The format to write: `fmt` when given, else from the extension; JSONL for stdout."""
    if fmt:
        if fmt not in FORMATS:
            raise UserError(f"unknown output format {fmt!r} (use {', '.join(FORMATS)})")
        return fmt
    if path is None or path == "-":
        return "jsonl"
    name = path.lower()
    for ext, found in _EXTENSIONS:
        if name.endswith(ext):
            return found
    raise UserError(f"{path}: unknown output format (use .jsonl, .jsonl.gz, .csv or .parquet)")


class RecordWriter:
    """Context manager; `write(records)` may be called many times; `count` = records written."""

    def __init__(self, path: str | None, fmt: str | None = None, *, append: bool = False) -> None:
        self.path = None if path in (None, "-") else path
        self.fmt = output_format(path, fmt)
        self.count = 0
        self._closed = False
        if self.path is None and self.fmt == "parquet":
            raise UserError("Parquet cannot be written to stdout: give -o OUT.parquet")
        try:
            self._sink = _open_sink(self.fmt, self.path, append)
        except OSError as exc:
            raise UserError(f"{path}: cannot write ({exc.strerror or exc})") from None

    def write(self, records: Iterable[Record]) -> None:
        for r in records:
            self._sink.add(r)
            self.count += 1

    def close(self) -> None:
        """Finish the file (also after an error: what was written stays valid for --resume)."""
        if not self._closed:
            self._closed = True
            self._sink.close()

    def __enter__(self) -> "RecordWriter":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_writer(path: str | None, fmt: str | None = None, *, append: bool = False) -> RecordWriter:
    """A streaming writer for `path` (None or '-': JSONL on stdout)."""
    return RecordWriter(path, fmt, append=append)


def _open_sink(fmt: str, path: str | None, append: bool):
    exists = bool(path) and append and Path(path).exists() and Path(path).stat().st_size > 0
    if fmt == "parquet":
        return _ParquetSink(path, keep_existing=exists)
    if fmt == "jsonl.gz":
        fh = sys.stdout if path is None else io.TextIOWrapper(gzip.open(path, "ab" if exists else "wb"), encoding="utf-8")
        return _JsonlSink(fh)
    if path is None:
        fh = sys.stdout
    else:
        if exists and not _ends_with_newline(path):   # a crash left half a line: start a fresh one
            with open(path, "ab") as raw:
                raw.write(b"\n")
        enc = "utf-8" if (fmt == "csv" and exists) else ("utf-8-sig" if fmt == "csv" else "utf-8")
        fh = open(path, "a" if exists else "w", encoding=enc, newline="" if fmt == "csv" else None)
    return _CsvSink(fh, header=not exists) if fmt == "csv" else _JsonlSink(fh)


def _ends_with_newline(path: str) -> bool:
    with open(path, "rb") as fh:
        fh.seek(-1, os.SEEK_END)
        return fh.read(1) == b"\n"


class _JsonlSink:
    def __init__(self, fh) -> None:
        self.fh = fh

    def add(self, r: Record) -> None:
        self.fh.write(json.dumps(r.to_dict(), ensure_ascii=False) + "\n")

    def close(self) -> None:
        if self.fh is sys.stdout:
            self.fh.flush()
        else:
            self.fh.close()


class _CsvSink(_JsonlSink):
    def __init__(self, fh, header: bool) -> None:
        super().__init__(fh)
        self.csv = csv.DictWriter(fh, fieldnames=FLAT_FIELDS, lineterminator="\r\n")
        if header:
            self.csv.writeheader()

    def add(self, r: Record) -> None:
        self.csv.writerow(r.to_flat())


class _ParquetSink:
    """Row groups of ROW_GROUP records into PATH.partial, renamed to PATH on close."""

    def __init__(self, path: str, keep_existing: bool) -> None:
        import pyarrow.parquet as pq

        self.path, self.tmp = path, f"{path}.partial"
        self.rows: list[dict] = []
        self.pq = pq.ParquetWriter(self.tmp, parquet_schema())
        if keep_existing:
            try:
                for batch in pq.ParquetFile(path).iter_batches(batch_size=ROW_GROUP):
                    self.pq.write_batch(batch.select(list(FLAT_FIELDS)).cast(parquet_schema()))
            except Exception as exc:   # pyarrow raises its own error types for foreign or broken files
                self.pq.close()
                os.unlink(self.tmp)
                raise UserError(f"{path}: cannot append to this Parquet file ({type(exc).__name__}: {exc})") from None

    def add(self, r: Record) -> None:
        self.rows.append(r.to_flat())
        if len(self.rows) >= ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self.rows:
            cols = {f: [row[f] for row in self.rows] for f in FLAT_FIELDS}
            self.pq.write_table(pa.Table.from_pydict(cols, schema=parquet_schema()))
            self.rows = []

    def close(self) -> None:
        self._flush()
        self.pq.close()
        os.replace(self.tmp, self.path)


def parquet_schema():
    """Fixed column types, so every batch and every run gives the same schema."""
    import pyarrow as pa

    types = {"value": pa.float64(), "evidence_start": pa.int64(), "evidence_end": pa.int64()}
    return pa.schema([(f, types.get(f, pa.string())) for f in FLAT_FIELDS])


def existing_ids(path: str | None) -> set[str]:
    """doc_ids already in an output file (for --resume); empty when it does not exist yet."""
    if not path or path == "-" or not Path(path).exists() or Path(path).stat().st_size == 0:
        return set()
    fmt = output_format(path)
    try:
        if fmt == "parquet":
            import pyarrow.parquet as pq
            return {str(x) for x in pq.read_table(path, columns=["doc_id"]).column("doc_id").to_pylist()}
        opener = gzip.open if fmt == "jsonl.gz" else open
        with opener(path, "rt", encoding="utf-8-sig", newline="" if fmt == "csv" else None) as fh:
            if fmt == "csv":
                return {row["doc_id"] for row in csv.DictReader(fh) if row.get("doc_id")}
            return {d["doc_id"] for d in _json_lines(fh) if isinstance(d, dict) and "doc_id" in d}
    except UserError:
        raise
    except Exception as exc:   # a foreign or broken file: say so instead of overwriting it
        raise UserError(f"{path}: cannot read it to resume ({type(exc).__name__}: {exc})"[:300]) from None


def _json_lines(fh) -> Iterable:
    for line in fh:
        try:
            yield json.loads(line)
        except ValueError:   # the half line of an interrupted run
            continue
