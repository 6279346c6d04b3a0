"""YAML pattern files, read with libyaml's C parser when PyYAML has it.

The pattern files are read once per process, but every batch worker and every
CLI call pays for them: the pure-Python parser took about 1 s of a 1.6 s
start-up.  The C parser builds the same plain data (safe types only).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(source: str | Path) -> Any:
    """Parse YAML text, or the UTF-8 file at a Path, into plain Python data."""
    text = source.read_text(encoding="utf-8") if isinstance(source, Path) else source
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader
