"""Markup -> article + gold records: the shared builder gold/tooling/markup.py (this set's copy was the same)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tooling"))
from markup import *  # noqa: E402,F401,F403
from markup import IND, R2025, UNIT  # noqa: E402,F401
