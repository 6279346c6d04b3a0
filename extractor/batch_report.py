"""What a batch tells its user: progress, skipped articles, the summary, the exit code.

On a terminal a tqdm bar shows articles/s and the ETA; when stderr is a
file or a pipe (cron, CI, a scheduler) a plain line is written every
`every` seconds instead.  Skipped articles are listed one line each (the
first `max_lines` on stderr, all of them in the --log file).  Until the
first article is read, those lines are held back: when nothing at all can
be read, a single bad input gives a single line, the way users expect of a
one-file command.

Exit codes: 0 every article was read and extracted (articles already done
or duplicate pages are not errors); 1 some were skipped or failed, the
rest are written; 2 nothing could be read.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import TextIO

from extractor.errors import InputError
from extractor.readers import Skipped


@dataclass
class Tally:
    read: int = 0
    records: int = 0
    errors: Counter = field(default_factory=Counter)    # reason -> count
    benign: Counter = field(default_factory=Counter)    # already done, duplicate content


class BatchReport:
    """Feed it every result; `finish()` prints the summary and returns the exit code."""

    def __init__(self, total: int | None = None, *, stream: TextIO = sys.stderr, log: TextIO | None = None,
                 every: float = 30.0, max_lines: int = 20, label: str = "extract") -> None:
        self.tally = Tally()
        self.stream, self.log, self.every, self.max_lines, self.label = stream, log, every, max_lines, label
        self.total = total
        self.t0 = self._last = time.monotonic()
        self._held: list[str] = []
        self._first_error: Skipped | None = None
        self._shown = 0
        self._bar = None
        if _is_tty(stream):
            from tqdm import tqdm
            self._bar = tqdm(total=total, desc=label, unit="article", file=stream, dynamic_ncols=True)

    def article(self, n_records: int) -> None:
        """One article extracted with `n_records` records."""
        self.tally.read += 1
        self.tally.records += n_records
        if self._held:
            for line in self._held:
                self._show(line)
            self._held = []
        self._tick()

    def skipped(self, s: Skipped) -> None:
        line = f"skipped {s.message()}"
        if self.log:
            self._log(line)
        if s.is_error:
            self.tally.errors[s.reason] += 1
            self._first_error = self._first_error or s
            if self.tally.read == 0:
                self._held.append(line)
            else:
                self._show(line)
        else:
            self.tally.benign[s.reason] += 1
        self._tick()

    def finish(self, output: str | None = None) -> int:
        """Close the bar, print the summary; InputError (exit 2) when nothing could be read."""
        if self._bar is not None:
            self._bar.close()
        t = self.tally
        if t.read == 0 and t.errors:
            if sum(t.errors.values()) == 1:
                raise InputError(self._first_error.message())
            for line in self._held[: self.max_lines]:
                print(line, file=self.stream)
            raise InputError(f"nothing readable: {sum(t.errors.values())} inputs skipped ({_reasons(t.errors)})")
        if t.read == 0 and not t.benign:
            raise InputError("no articles in the inputs")
        line = self.summary(output)
        print(line, file=self.stream)
        if self.log:
            self._log(line)
        return 1 if t.errors else 0

    def summary(self, output: str | None) -> str:
        t, secs = self.tally, time.monotonic() - self.t0
        parts = [f"{t.read} {'article' if t.read == 1 else 'articles'} read"]
        if t.errors:
            parts.append(f"{sum(t.errors.values())} skipped ({_reasons(t.errors)})")
        if t.benign:
            parts.append(_reasons(t.benign))
        parts.append(f"{t.records} records written" + (f" to {output}" if output else ""))
        hidden = sum(t.errors.values()) - self._shown
        more = f"; {hidden} skip lines not shown" + ("" if self.log else " (use --log FILE)") if hidden > 0 else ""
        return f"{self.label}: " + ", ".join(parts) + f", {secs:.1f} s ({t.read / max(secs, 1e-9):.1f} articles/s){more}"

    def _show(self, line: str) -> None:
        if self._shown >= self.max_lines:
            return
        self._shown += 1
        if self._bar is not None:
            self._bar.write(line, file=self.stream)
        else:
            print(line, file=self.stream)

    def _log(self, line: str) -> None:
        self.log.write(time.strftime("%Y-%m-%dT%H:%M:%S ") + line + "\n")
        self.log.flush()

    def _tick(self) -> None:
        if self._bar is not None:
            self._bar.update(1)
            return
        now = time.monotonic()
        if now - self._last >= self.every:
            self._last = now
            print(self.progress_line(now), file=self.stream, flush=True)

    def progress_line(self, now: float) -> str:
        t = self.tally
        done = t.read + sum(t.errors.values()) + sum(t.benign.values())
        rate = done / max(now - self.t0, 1e-9)
        eta = ""
        if self.total and rate > 0 and self.total > done:
            eta = f", ETA {_duration((self.total - done) / rate)}"
        of = f"/{self.total}" if self.total else ""
        return f"{self.label}: {done}{of} articles ({rate:.1f}/s), {t.records} records{eta}"


def _reasons(c: Counter) -> str:
    return ", ".join(f"{n} {r}" for r, n in c.most_common())


def _duration(secs: float) -> str:
    m, s = divmod(int(secs), 60)
    h, m = divmod(m, 60)
    return f"{h}h{m:02d}m" if h else f"{m}m{s:02d}s"


def _is_tty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
