"""The repair model: LM counts, lexicon and tables, loaded once per process."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from extractor.errors import UserError
from extractor.normalize.candidates import load_confusions
from extractor.normalize.lexicon import Lexicon, build_lexicon, load_protected
from extractor.normalize.lm import LanguageModel, read_counts
from extractor.normalize.unicode import load_chars

DATA = Path(__file__).resolve().parents[2] / "patterns" / "normalize"
DEFAULT_LM = DATA / "syllable_lm.tsv.gz"


@dataclass(frozen=True)
class RepairModel:
    lm: LanguageModel
    lexicon: Lexicon
    confusions: tuple[tuple[str, str, float], ...]
    chars: dict[str, tuple[str, str]]
    margin: float = 3.0          # log10: how much more a valid word's replacement must explain
    word_bonus: float = 1.0      # log10 credit per neighbour a spelling makes a dictionary word with


@lru_cache(maxsize=2)
def load_model(path: str | Path | None = None) -> RepairModel:
    """Load the LM file (default: patterns/normalize/syllable_lm.tsv.gz) and the tables."""
    p = Path(path) if path else DEFAULT_LM
    if not p.exists():
        raise UserError(f"{p}: language model missing; build it with scripts/build_lm.py")
    lm = read_counts(p)
    return RepairModel(lm, build_lexicon(lm.uni, load_protected()), load_confusions(), load_chars())
