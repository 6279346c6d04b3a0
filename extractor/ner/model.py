"""The trained statistical extractor: two spaCy text classifiers over a number's context.

`indicator` (exclusive: every indicator code, or "none") says what a
candidate number counts; `status` (actual / target) says whether it was
achieved or planned.  Percentages that are statistics are always
attainments.  Both are bag-of-n-gram classifiers (spaCy TextCatBOW) over the
words of `features.py`: with a few hundred labelled numbers, a linear model
over the words next to the number generalizes better than anything with
more parameters (docs/ner.md gives the comparison).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from extractor.ner.features import sentence_words
from extractor.numbers import NumberSpan
from extractor.rules import Mention, RuleSet, context, mask_qualifiers, noun_class
from extractor.segment import Sentence

NONE = "none"
MODEL_DIR = Path(__file__).resolve().parents[2] / "models" / "ner"
# models whose meta.json names no features (trained before issue 6's second pass)
OLD_OPTIONS = {"left": 6, "right": 4, "noun": False, "subject": False, "sentence": False}


@dataclass(frozen=True)
class Policy:
    """How rule and model mentions are merged (measured by scripts/eval_extractors.py --tune)."""

    add: float = 0.9        # a number only the model tags is kept when its score reaches this
    swap: float = 1.01      # the model's indicator replaces the rule's when its score reaches this
    veto: bool = False      # drop a rule mention when the model tags that number as none
    add_percent: float | None = None   # `add` for percentages (attainments); None: the same as `add`
    status_swap: float = 1.01   # the same indicator: the model's status (actual/target) replaces the rule's
    #                             when its status classifier is this sure (1.01: never)

    @classmethod
    def from_dict(cls, d: dict) -> "Policy":
        return cls(**{k: d[k] for k in ("add", "swap", "veto", "add_percent", "status_swap") if k in d})

    def add_at(self, unit: str) -> float:
        """The score a model-only mention of this unit needs to be kept."""
        return self.add_percent if unit == "percent" and self.add_percent is not None else self.add


class NerModel:
    """The loaded classifiers: `mentions()` for one sentence, `merge()` with the rules' mentions."""

    def __init__(self, indicator_nlp, status_nlp, units: dict[str, str], policy: Policy,
                 options: dict | None = None, abbreviations: dict[str, tuple[str, ...]] | None = None):
        self.indicator_nlp = indicator_nlp
        self.status_nlp = status_nlp
        self.units = units          # indicator code -> unit ('count' | 'vnd')
        self.policy = policy
        self.options = options if options is not None else dict(OLD_OPTIONS)   # feature groups it was trained with
        # the abbreviations it was trained to read out (None: patterns/abbreviations.yaml, for older models)
        self.abbreviations = abbreviations

    @classmethod
    def from_disk(cls, path: str | Path = MODEL_DIR) -> "NerModel":
        """Read a model written by `extractor train` (no download, no network)."""
        import spacy
        path = Path(path)
        meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
        abbrev = meta.get("abbreviations")
        return cls(spacy.load(path / "indicator"), spacy.load(path / "status"), meta["units"],
                   Policy.from_dict(meta.get("policy", {})), meta.get("features", OLD_OPTIONS),
                   {k: tuple(v) for k, v in abbrev.items()} if abbrev is not None else None)

    def _allowed(self, unit: str, label: str) -> bool:
        """Labels a number of this unit may take: counts count, money is money, % attains anything."""
        return label == NONE or unit == "percent" or self.units.get(label) == unit

    def classify(self, words: list[list[str]], units: list[str]) -> list[tuple[str, float, str, float]]:
        """(indicator, its probability, status, its probability) for each word list."""
        from spacy.tokens import Doc
        if not words:
            return []
        # one Doc per candidate serves both classifiers (a token's features are the hash of its string,
        # whatever vocab made it); the components' predict() is what nlp.pipe runs, minus the bookkeeping
        docs = [Doc(self.indicator_nlp.vocab, words=w) for w in words]
        ind_all = _scores(self.indicator_nlp, docs)
        st_all = _scores(self.status_nlp, docs)
        out = []
        for ind, st, unit in zip(ind_all, st_all, units):
            cats = {k: v for k, v in ind.items() if self._allowed(unit, k)}
            total = sum(cats.values()) or 1.0
            label = max(cats, key=cats.get)
            status = "attainment" if unit == "percent" else max(st, key=st.get)
            out.append((label, cats[label] / total, status, 1.0 if unit == "percent" else st[status]))
        return out

    def mentions(self, sentence: Sentence, numbers: list[NumberSpan], rules: RuleSet) -> list[Mention]:
        """The model's mentions of one sentence (numbers carry article offsets)."""
        cands = [n for n in numbers if n.kind == "quantity"]
        if not cands:
            return []
        sent = mask_qualifiers(sentence, numbers, rules)
        words = sentence_words(sent, cands, rules, self.options, self.abbreviations)
        out = []
        for n, (label, p, status, sp) in zip(cands, self.classify(words, [n.unit for n in cands])):
            if label == NONE:
                continue
            out.append(_mention(sentence, sent, n, label, status, p, rules, sp))
        return out

    def merge(self, rule_mentions: list[Mention], ner_mentions: list[Mention]) -> list[Mention]:
        from extractor.ner.merge import merge
        return merge(rule_mentions, ner_mentions, self.policy)


def _scores(nlp, docs) -> list[dict[str, float]]:
    """label -> probability for each doc, from the pipeline's one text classifier."""
    tc = nlp.get_pipe("textcat")
    labels = tc.labels
    return [dict(zip(labels, map(float, row))) for row in tc.predict(docs)]


@dataclass
class NerMention(Mention):
    """A model's mention: a Mention (the pipeline reads it as one) with its status probability."""

    status_score: float = 1.0


def _mention(sentence: Sentence, masked: Sentence, n: NumberSpan, label: str, status: str, p: float,
             rules: RuleSet, status_p: float = 1.0) -> Mention:
    """A Mention as the rules would build it: 'vượt 31%' is 131 % of the target."""
    before, after = context(masked, n)
    value, bound = n.value, n.bound
    if status == "attainment":
        bword = (n.bound_word or "").lower()
        if "vượt" in bword or rules.exceed.search(before):
            value = 100 + n.value
            bound = "over" if ("hơn" in bword or "trên" in bword) else "exact"
    return NerMention(n, sentence, label, status, value, n.unit, bound, noun=noun_class(after, rules),
                      method="ner", score=p, status_score=status_p)
