"""One request at a time per host, with a pause between them.

The pause runs from the END of one response to the start of the next, so a
slow server is given more room, never less.  `Retry-After` and robots.txt
Crawl-delay only ever lengthen the pause.  Time functions are injected so the
tests can check the arithmetic without sleeping.
"""

from __future__ import annotations

import time
from collections.abc import Callable


class HostClock:
    """When each host may next be asked something."""

    def __init__(self, delay: float, *, now: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.default_delay = max(0.0, delay)
        self._delay: dict[str, float] = {}
        self._ready: dict[str, float] = {}
        self._now, self._sleep = now, sleep

    def set_delay(self, host: str, delay: float | None) -> None:
        """A host's own pause (the site's setting, lengthened by its Crawl-delay)."""
        if delay is not None:
            self._delay[host] = max(0.0, float(delay))

    def delay(self, host: str) -> float:
        return self._delay.get(host, self.default_delay)

    def ready_in(self, host: str) -> float:
        """Seconds until `host` may be asked again (0 when it may be now)."""
        return max(0.0, self._ready.get(host, 0.0) - self._now())

    def wait(self, host: str) -> None:
        """Block until `host` may be asked."""
        pause = self.ready_in(host)
        if pause > 0:
            self._sleep(pause)

    def done(self, host: str) -> None:
        """A response from `host` just ended: start its pause."""
        self._ready[host] = max(self._ready.get(host, 0.0), self._now() + self.delay(host))

    def defer(self, host: str, seconds: float) -> None:
        """The host asked us to come back later (Retry-After)."""
        self._ready[host] = max(self._ready.get(host, 0.0), self._now() + max(0.0, seconds))
