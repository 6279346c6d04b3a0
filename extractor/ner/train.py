"""Train the statistical extractor: reproducible (fixed seed), CPU, seconds to minutes.

Data: gold of the seeds, of the develop part of the dev articles, of
gold/challenge/ and of gold/challenge2/ d01-d15 (development sets since the
rules were fitted to them), plus silver (the rules' output) on the example
sentences of patterns/indicators and on any unlabeled articles given.  The
held-out dev articles and challenge2 d16-d30 are never read.  `extractor
train` wraps `train_default()`.
"""

from __future__ import annotations

import json
import logging
import random
from collections.abc import Sequence
from pathlib import Path

from extractor.ner.data import NONE, Example
from extractor.ner.model import MODEL_DIR, NerModel, Policy

N_ITER = 20            # epochs
SILVER_WEIGHT = 1.0
NONE_WEIGHT = 1.0
NGRAM = 1              # unigrams: in 5-fold CV as good as bigrams for `both` at half the size (docs/ner.md)
BOW_LENGTH = 2 ** 13   # hashed feature buckets: a few thousand distinct words, and the model stays < 1.5 MB


def _textcat(labels: Sequence[str], ngram_size: int = NGRAM, length: int = BOW_LENGTH):
    """A blank multilingual pipeline with one exclusive bag-of-n-grams text classifier."""
    import spacy
    nlp = spacy.blank("xx")
    tc = nlp.add_pipe("textcat", config={"model": {
        "@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True, "ngram_size": ngram_size,
        "no_output_layer": False, "length": length, "nO": None}})
    for label in labels:
        tc.add_label(label)
    return nlp


def _fit(nlp, items: list[tuple[tuple[str, ...], str, float]], labels: Sequence[str], seed: int,
         n_iter: int):
    """Train `nlp` on (words, label, weight) items; weights repeat an item (silver counts less)."""
    from spacy.tokens import Doc
    from spacy.training import Example as SpacyExample
    from spacy.util import fix_random_seed, minibatch

    logging.getLogger("spacy").setLevel(logging.WARNING)   # "Created vocabulary" twice per run is noise
    fix_random_seed(seed)
    rng = random.Random(seed)
    egs = []
    for words, label, weight in items:
        doc = Doc(nlp.vocab, words=list(words))
        ref = Doc(nlp.vocab, words=list(words))
        ref.cats = {lab: float(lab == label) for lab in labels}
        egs.extend([SpacyExample(doc, ref)] * max(1, round(weight)))
    optimizer = nlp.initialize(lambda: egs)
    for _ in range(n_iter):
        rng.shuffle(egs)
        for batch in minibatch(egs, size=16):
            nlp.update(batch, sgd=optimizer, drop=0.0)
    return nlp


def fit(examples: list[Example], units: dict[str, str], seed: int = 0, n_iter: int = N_ITER,
        silver_weight: float = SILVER_WEIGHT, policy: Policy | None = None, none_weight: float = NONE_WEIGHT,
        ngram_size: int = NGRAM, options: dict | None = None, length: int = BOW_LENGTH) -> NerModel:
    """A trained NerModel from labelled examples (in memory; `save` writes it).

    `none_weight` repeats the examples of numbers that are no record (the
    model must learn to refuse more than to name); `options` are the
    feature groups (features.current_options() by default), `ngram_size`
    and `length` the bag-of-words shape (both recorded in the pipelines).
    """
    from extractor.ner.features import current_options
    ind_labels = sorted(units) + [NONE]
    w = lambda e: 1.0 if e.source == "gold" else silver_weight  # noqa: E731
    ind_items = [(e.words, e.indicator if e.indicator in units else NONE,
                  w(e) * (none_weight if e.indicator not in units else 1.0)) for e in examples]
    st_items = [(e.words, e.status, w(e)) for e in examples
                if e.indicator != NONE and e.status in ("actual", "target")]
    ind = _fit(_textcat(ind_labels, ngram_size, length), ind_items, ind_labels, seed, n_iter)
    st = _fit(_textcat(["actual", "target"], ngram_size, length), st_items, ["actual", "target"], seed, n_iter)
    return NerModel(ind, st, units, policy or Policy(), options=current_options() if options is None else dict(options))


def save(model: NerModel, out: str | Path, info: dict | None = None) -> Path:
    """Write the two pipelines and meta.json (units, merge policy, how it was trained)."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    model.indicator_nlp.to_disk(out / "indicator")
    model.status_nlp.to_disk(out / "status")
    meta = {"units": model.units, "policy": vars(model.policy), "features": model.options, "trained": info or {}}
    (out / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out


def default_out() -> Path:
    return MODEL_DIR


def units_of(rules) -> dict[str, str]:
    """indicator code -> unit, from the rule set's indicator files."""
    return {ind.code: ind.unit for ind in rules.indicators}


GOLD_SOURCES = ("seeds", "develop", "challenge", "challenge2")   # what `extractor train` learns from


def gold_articles(res, sources=GOLD_SOURCES) -> tuple[list, list]:
    """(articles, gold records with evidence offsets) the model may learn from.

    The seeds, the develop part of the dev articles, gold/challenge/ (whose
    gold gives only evidence_text: data.align_gold finds the offsets) and
    gold/challenge2/ d01-d15 (offsets given).  The held-out dev part,
    challenge2 d16-d30 and newer challenge sets are never read.
    """
    from extractor import goldsets
    from extractor.ner.corpus import (challenge2_train_articles, challenge2_train_gold, challenge_articles,
                                      challenge_gold, develop_articles, evidence_texts, seed_articles)
    from extractor.ner.data import align_gold

    arts, gold = [], []
    if "seeds" in sources:
        arts += seed_articles()
        gold += goldsets.read_records(goldsets.GOLD / "seeds.jsonl")
    if "develop" in sources:
        arts += develop_articles()
        gold += goldsets.dev_gold()
    if "challenge" in sources:
        challenge = challenge_articles()
        by_doc: dict[str, list] = {}
        for r in challenge_gold():
            by_doc.setdefault(r.doc_id, []).append(r)
        texts = evidence_texts()
        for a in challenge:
            gold += align_gold(a, by_doc.get(a.id, []), texts.get(a.id, []), res)
        arts += challenge
    if "challenge2" in sources:
        arts += challenge2_train_articles()
        gold += challenge2_train_gold()
    ids = {a.id for a in arts}
    return arts, [r for r in gold if r.doc_id in ids]


def training_examples(res, doc_ids: set[str] | None = None) -> list[Example]:
    """Gold examples of the seeds, the develop dev articles and gold/challenge, silver of the pattern examples.

    `doc_ids` restricts the gold articles (cross-validation folds); the
    held-out part of the dev split is excluded whatever is asked.
    """
    from extractor import goldsets
    from extractor.ner.data import gold_examples, pattern_sentences, silver_examples

    arts, gold = gold_articles(res)
    if doc_ids is not None:
        arts = [a for a in arts if a.id in doc_ids]
    silver = silver_examples(pattern_sentences(goldsets.ROOT / "patterns"), res)
    return gold_examples(arts, gold, res) + silver


def train_default(seed: int = 0, out: str | Path | None = None, n_iter: int = 20,
                  policy: Policy | None = None, limit: int | None = None) -> Path:
    """`extractor train`: the shipped model from all the training data; `limit` keeps the first N examples."""
    from extractor.pipeline import load_resources

    res = load_resources()
    examples = training_examples(res)
    if limit is not None:
        examples = examples[:limit]
    model = fit(examples, units_of(res.rules), seed=seed, n_iter=n_iter, policy=policy or _shipped_policy())
    info = {"seed": seed, "n_iter": n_iter, "examples": len(examples),
            "gold": sum(e.source == "gold" for e in examples)}
    return save(model, out or default_out(), info)


def _shipped_policy() -> Policy:
    """The merge policy measured by scripts/eval_extractors.py (models/ner_policy.json)."""
    p = MODEL_DIR.parent / "ner_policy.json"
    return Policy.from_dict(json.loads(p.read_text(encoding="utf-8"))) if p.exists() else Policy()
