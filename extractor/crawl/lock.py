"""One crawl at a time per database.

An flock on a file beside the database: the kernel drops it when the process
dies, however it dies, so a killed run never leaves a stale lock behind and
the next run (cron, tomorrow) just starts.  The PID written into the file is
only for the message.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

from extractor.errors import UserError

EXIT_LOCKED = 75  # EX_TEMPFAIL: try again later


class CrawlLock:
    """Context manager; raises UserError(exit_code=75) when another run holds the lock."""

    def __init__(self, db_path: str | Path) -> None:
        self.path = Path(f"{db_path}.crawl.lock")
        self._fh = None

    def __enter__(self) -> "CrawlLock":
        try:
            fh = open(self.path, "a+")
        except OSError as exc:
            raise UserError(f"{self.path}: cannot create lock file ({exc.strerror})") from None
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.seek(0)
            holder = fh.read().strip() or "?"
            fh.close()
            raise UserError(f"another crawl (pid {holder}) is running on {self.path.name[:-len('.crawl.lock')]}; "
                            "exiting", exit_code=EXIT_LOCKED) from None
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()))
        fh.flush()
        self._fh = fh
        return self

    def __exit__(self, *exc: object) -> None:
        if self._fh is not None:
            fcntl.flock(self._fh, fcntl.LOCK_UN)
            self._fh.close()
            self._fh = None
