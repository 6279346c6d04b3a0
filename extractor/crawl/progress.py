"""What a crawl tells the people and programs watching it.

A progress bar when stderr is a terminal; plain lines every `every` pages
otherwise (cron mails and CI logs cannot render a bar); and, with --log, one
JSON object per fetch, flushed at once so a scheduler or a test can follow it.
"""

from __future__ import annotations

import json
import sys
from typing import IO


class JsonLog:
    """Append-only JSON-lines log of fetches; a no-op without a path."""

    def __init__(self, path: str | None) -> None:
        self._fh: IO[str] | None = None
        if path:
            try:
                self._fh = open(path, "a", encoding="utf-8")
            except OSError as exc:
                from extractor.errors import UserError
                raise UserError(f"{path}: cannot write the log ({exc.strerror})") from None

    def write(self, entry: dict) -> None:
        if self._fh is not None:
            self._fh.write(json.dumps(entry, ensure_ascii=False) + "\n")
            self._fh.flush()

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()


class Progress:
    """Pages done out of pages known so far (the total grows as links are found)."""

    def __init__(self, enabled: bool | None = None, stream: IO[str] | None = None, every: int = 25) -> None:
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty() if enabled is None else enabled
        self.every, self.done = every, 0
        self._bar = None
        if self.tty:
            from tqdm import tqdm
            self._bar = tqdm(total=0, unit="page", desc="crawl", file=self.stream, dynamic_ncols=True)

    def step(self, url: str, outcome: str, known: int) -> None:
        self.done += 1
        if self._bar is not None:
            self._bar.total = max(known, self.done)
            self._bar.set_postfix_str(outcome, refresh=False)
            self._bar.update(1)
        elif self.done % self.every == 0:
            print(f"crawl: {self.done}/{known} pages, last {outcome} {url}", file=self.stream, flush=True)

    def close(self, summary: str) -> None:
        if self._bar is not None:
            self._bar.close()
        print(summary, file=self.stream, flush=True)
