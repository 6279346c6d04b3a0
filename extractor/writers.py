"""Records -> JSONL, CSV or Parquet, streamed as they come.

Column order is extractor.record.FLAT_FIELDS for tables, so pandas, DuckDB
and spreadsheets see the same columns; CSV is UTF-8 with a BOM because
spreadsheet programs otherwise garble Vietnamese.  Parquet is written in
row groups with a fixed schema, so memory stays flat on big batches.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import sys
from collections.abc import Iterable
from pathlib import Path

from extractor.errors import UserError
from extractor.record import FLAT_FIELDS, Record

ROW_GROUP = 10_000


def _format(path: str | None) -> str:
    if path is None or path == "-":
        return "jsonl"
    name = path.lower()
    for ext, fmt in ((".jsonl.gz", "jsonl.gz"), (".jsonl", "jsonl"), (".json", "jsonl"), (".csv", "csv"), (".parquet", "parquet")):
        if name.endswith(ext):
            return fmt
    raise UserError(f"{path}: unknown output format (use .jsonl, .jsonl.gz, .csv or .parquet)")


class RecordWriter:
    """Context manager; `write(records)` may be called many times."""

    def __init__(self, path: str | None) -> None:
        self.path, self.fmt, self.count = path, _format(path), 0
        self._buf: list[dict] = []
        self._pq = None
        try:
            if self.fmt == "jsonl":
                self._fh = sys.stdout if path in (None, "-") else open(path, "w", encoding="utf-8")
            elif self.fmt == "jsonl.gz":
                self._fh = io.TextIOWrapper(gzip.open(path, "wb"), encoding="utf-8")
            elif self.fmt == "csv":
                self._fh = open(path, "w", encoding="utf-8-sig", newline="")
                self._csv = csv.DictWriter(self._fh, fieldnames=FLAT_FIELDS)
                self._csv.writeheader()
            else:
                self._fh = None
        except OSError as exc:
            raise UserError(f"{path}: cannot write ({exc.strerror})") from None

    def write(self, records: Iterable[Record]) -> None:
        for r in records:
            self.count += 1
            if self.fmt.startswith("jsonl"):
                self._fh.write(json.dumps(r.to_dict(), ensure_ascii=False) + "\n")
            elif self.fmt == "csv":
                self._csv.writerow(r.to_flat())
            else:
                self._buf.append(r.to_flat())
                if len(self._buf) >= ROW_GROUP:
                    self._flush_parquet()

    def _flush_parquet(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if self._pq is None:
            self._pq = pq.ParquetWriter(self.path, parquet_schema())
        cols = {f: [row[f] for row in self._buf] for f in FLAT_FIELDS}
        self._pq.write_table(pa.Table.from_pydict(cols, schema=parquet_schema()))
        self._buf = []

    def close(self) -> None:
        if self.fmt == "parquet":
            if self._buf or self._pq is None:
                self._flush_parquet()
            self._pq.close()
        elif self._fh is not sys.stdout:
            self._fh.close()
        else:
            self._fh.flush()

    def __enter__(self) -> "RecordWriter":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def parquet_schema():
    import pyarrow as pa

    types = {"value": pa.float64(), "evidence_start": pa.int64(), "evidence_end": pa.int64()}
    return pa.schema([(f, types.get(f, pa.string())) for f in FLAT_FIELDS])


def open_writer(path: str | None) -> RecordWriter:
    return RecordWriter(path)


def existing_ids(path: str | None) -> set[str]:
    """doc_ids already in an output file (for --resume); empty when it does not exist."""
    if not path or path == "-" or not Path(path).exists():
        return set()
    fmt = _format(path)
    if fmt == "parquet":
        import pyarrow.parquet as pq
        return set(pq.read_table(path, columns=["doc_id"]).column("doc_id").to_pylist())
    opener = gzip.open if fmt == "jsonl.gz" else open
    ids = set()
    with opener(path, "rt", encoding="utf-8-sig") as fh:
        if fmt == "csv":
            ids = {row["doc_id"] for row in csv.DictReader(fh)}
        else:
            for line in fh:
                try:
                    ids.add(json.loads(line)["doc_id"])
                except (ValueError, KeyError):
                    continue
    return ids
