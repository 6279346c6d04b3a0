"""The repair model: LM counts, lexicon and tables, loaded once per process."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from extractor.errors import UserError
from extractor.normalize.candidates import load_confusions, longer_skeletons, sibling_spellings
from extractor.normalize.lexicon import Lexicon, build_lexicon, load_compounds, load_protected
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
    margin: float = 3.5          # log10: how much more a valid word's replacement must explain
    word_bonus: float = 1.0      # log10 credit per neighbour a spelling makes a dictionary word with
    # A rare valid word ('mói', 3 sightings) is more likely damage than a common one ('mới'):
    # its margin is min(margin, rare_margin + rare_slope * log10(1 + count)).
    rare_margin: float = 2.0
    rare_slope: float = 0.5
    # After a number the word is a unit or a counted noun ('15.000 đồng', '18 doanh nghiệp'): a word
    # never seen after a number gives way more easily to a sibling that often is ('15.000 đông').
    after_number: float = 1.5
    nonword_gap: float = 0.3     # a non-word is left alone unless its best fix beats the next by this
    drop_cost: float = 1.5       # a non-word missing a letter ('doah' for 'doanh')
    other_cost: float = 2.5      # a non-word with a letter extra, changed or swapped
    insert_cost: float = 2.5     # a valid word read for one a letter longer ('phá' for 'pháp'); 99 = never
    cache: dict = field(default_factory=dict, compare=False, hash=False, repr=False)
    # word + its four neighbours -> decision: news prose repeats its contexts ('công đoàn cơ sở'),
    # and the decision is a pure function of them; emptied when full, so memory stays flat
    choices: dict = field(default_factory=dict, compare=False, hash=False, repr=False)
    choices_max: int = 200_000
    # (block of whole lines, initial before it) -> its word edits (repair._block_starts): the texts of
    # a news feed repeat lines, and a block's edits are a pure function of it; emptied when full
    blocks: dict = field(default_factory=dict, compare=False, hash=False, repr=False)
    blocks_max: int = 20_000
    # sentence -> the marks restore.restore_edits puts back on it, for the few it decodes; same bound
    sentences: dict = field(default_factory=dict, compare=False, hash=False, repr=False)
    # word -> what its spelling alone allows (see eligible.word_shape); same bound as `choices`
    words: dict = field(default_factory=dict, compare=False, hash=False, repr=False)
    # chunk of text between spaces -> the NFC / tone-placement fixes of its words (unicode.word_edits); same bound
    spellings: dict = field(default_factory=dict, compare=False, hash=False, repr=False)
    # valid word -> every other spelling it may be read as (candidates.sibling_spellings): built
    # from the lexicon once, so a word no neighbour vouches for a sibling of is seen at a glance
    siblings: dict = field(init=False, compare=False, hash=False, repr=False)
    # skeleton -> the lexicon's skeletons one letter longer (candidates.longer_skeletons), built once
    longer: dict = field(init=False, compare=False, hash=False, repr=False)
    # word pairs of union news the general-text LM knows too little of ("trong tỉnh", "tăng thực"): credited
    # by the restorer and by the non-word decision (patterns/normalize/domain_pairs.tsv)
    domain: frozenset = field(default=frozenset(), compare=False, hash=False, repr=False)
    # how often each of those pairs was seen ("<n> thẻ" 13, "<n> thể" 2): which of two spellings union news
    # counts after a figure (repair._decide)
    domain_counts: dict = field(default_factory=dict, compare=False, hash=False, repr=False)
    # union-news words the general dictionary lacks, as syllable pairs ('thợ lò'): counted as dictionary
    # words by the valid-word decision (patterns/normalize/compounds.txt)
    compounds: frozenset = field(default=frozenset(), compare=False, hash=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "longer", longer_skeletons(self.lexicon.by_skeleton))
        object.__setattr__(self, "siblings", sibling_spellings(self.lexicon, self.confusions, self.insert_cost,
                                                               self.longer))


@lru_cache(maxsize=2)
def load_model(path: str | Path | None = None) -> RepairModel:
    """Load the LM file (default: patterns/normalize/syllable_lm.tsv.gz) and the tables."""
    p = Path(path) if path else DEFAULT_LM
    if not p.exists():
        raise UserError(f"{p}: language model missing; build it with scripts/build_lm.py")
    lm = read_counts(p)
    return RepairModel(lm, build_lexicon(lm.uni, load_protected()), load_confusions(), load_chars(),
                       domain=domain_pairs(), domain_counts=domain_pair_counts(), compounds=load_compounds())


def domain_pair_counts(path: str | Path | None = None) -> dict[str, int]:
    """The same pairs with their counts (pair<TAB>count lines of patterns/normalize/domain_pairs.tsv)."""
    p = Path(path) if path else DATA / "domain_pairs.tsv"
    out: dict[str, int] = {}
    for line in p.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and "\t" in line:
            pair, count = line.split("\t", 1)
            out[pair] = int(count) if count.strip().isdigit() else 1
    return out


def domain_pairs(path: str | Path | None = None) -> frozenset[str]:
    """Word pairs of union news: patterns/normalize/domain_pairs.tsv, built by
    scripts/build_domain_pairs.py from marked text (pair<TAB>count lines)."""
    p = Path(path) if path else DATA / "domain_pairs.tsv"
    return frozenset(line.split("\t")[0] for line in p.read_text(encoding="utf-8").splitlines()
                     if line and not line.startswith("#"))
