"""Train the statistical extractor: reproducible (fixed seed), CPU, seconds to minutes.

Data: gold of the seeds, of the develop part of the dev articles and of the
challenge sets the rules were fitted to (extractor/ner/corpus.py:
gold/challenge/, challenge2 d01-d15, challenge3, 5, 6, 7 and 8), plus
silver (the rules' output) on the example sentences of patterns/indicators
and on any unlabeled articles given.  The held-out dev articles, challenge2
d16-d30 and the exams (goldsets.EXAMS) are never read.  `extractor
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
        ngram_size: int = NGRAM, options: dict | None = None, length: int = BOW_LENGTH,
        abbreviations: dict[str, tuple[str, ...]] | None = None) -> NerModel:
    """A trained NerModel from labelled examples (in memory; `save` writes it).

    `none_weight` repeats the examples of numbers that are no record (the
    model must learn to refuse more than to name); `options` are the
    feature groups (features.current_options() by default), `ngram_size`
    and `length` the bag-of-words shape (both recorded in the pipelines);
    `abbreviations` the table the examples were read with (default:
    patterns/abbreviations.yaml), kept with the model.
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
    from extractor.ner.features import load_abbreviations
    options = current_options() if options is None else dict(options)
    table = (abbreviations if abbreviations is not None else load_abbreviations()) if options.get("abbrev") else None
    return NerModel(ind, st, units, policy or Policy(), options=options, abbreviations=table)


def save(model: NerModel, out: str | Path, info: dict | None = None) -> Path:
    """Write the two pipelines and meta.json (units, merge policy, how it was trained)."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    model.indicator_nlp.to_disk(out / "indicator")
    model.status_nlp.to_disk(out / "status")
    meta = {"units": model.units, "policy": vars(model.policy), "features": model.options, "trained": info or {}}
    if model.abbreviations is not None:     # read out at run time as in training, whatever the file says later
        meta["abbreviations"] = {k: list(v) for k, v in model.abbreviations.items()}
    (out / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out


def default_out() -> Path:
    return MODEL_DIR


def units_of(rules) -> dict[str, str]:
    """indicator code -> unit, from the rule set's indicator files."""
    return {ind.code: ind.unit for ind in rules.indicators}


def gold_sources() -> tuple[str, ...]:
    """What `extractor train` learns from: the seeds, the develop dev part and every training set of corpus.py."""
    from extractor.ner.corpus import TRAIN_SET_NAMES
    return ("seeds", "develop") + TRAIN_SET_NAMES


def gold_articles(res, sources=None) -> tuple[list, list]:
    """(articles, gold records with evidence offsets) the model may learn from.

    `sources` (default: gold_sources()) names the seeds, the develop part of
    the dev articles and training sets of extractor/ner/corpus.py.  Sets
    whose gold gives only evidence_text (gold/challenge/, challenge8) are
    put on their candidates by data.align_gold; the others give offsets.
    The held-out dev part, challenge2 d16-d30 and the exams are never read.
    """
    from extractor import goldsets
    from extractor.ner.corpus import develop_articles, seed_articles, set_articles, set_evidence_texts, set_gold
    from extractor.ner.data import align_gold

    sources = gold_sources() if sources is None else tuple(sources)
    arts, gold = [], []
    for name in sources:
        if name == "seeds":
            arts += seed_articles()
            gold += goldsets.read_records(goldsets.GOLD / "seeds.jsonl")
        elif name == "develop":
            arts += develop_articles()
            gold += goldsets.dev_gold()
        else:
            these, records = set_articles(name), set_gold(name)
            if any(r.evidence is None for r in records):
                by_doc: dict[str, list] = {}
                for r in records:
                    by_doc.setdefault(r.doc_id, []).append(r)
                texts = set_evidence_texts(name)
                records = [g for a in these for g in align_gold(a, by_doc.get(a.id, []), texts.get(a.id, []), res)]
            arts += these
            gold += records
    ids = {a.id for a in arts}
    return arts, [r for r in gold if r.doc_id in ids]


def training_examples(res, doc_ids: set[str] | None = None, limit: int | None = None) -> list[Example]:
    """Gold examples of every training article (gold_articles), silver of the pattern examples.

    `doc_ids` restricts the gold articles (cross-validation folds); the
    held-out part of the dev split is excluded whatever is asked.  `limit`
    keeps the first N examples, reading no more sources than it needs
    (the smoke test of tests/test_ner_train.py).
    """
    from extractor import goldsets
    from extractor.ner.data import gold_examples, pattern_sentences, silver_examples

    out: list[Example] = []
    for source in gold_sources() if limit is not None else [None]:
        arts, gold = gold_articles(res, (source,) if source else None)
        if doc_ids is not None:
            arts = [a for a in arts if a.id in doc_ids]
        out += gold_examples(arts, gold, res)
        if limit is not None and len(out) >= limit:
            return out[:limit]
    out += silver_examples(pattern_sentences(goldsets.ROOT / "patterns"), res)
    return out if limit is None else out[:limit]


def train_default(seed: int = 0, out: str | Path | None = None, n_iter: int = 20,
                  policy: Policy | None = None, limit: int | None = None) -> Path:
    """`extractor train`: the shipped model from all the training data; `limit` keeps the first N examples."""
    from extractor.pipeline import load_resources

    res = load_resources()
    examples = training_examples(res, limit=limit)
    model = fit(examples, units_of(res.rules), seed=seed, n_iter=n_iter, policy=policy or _shipped_policy())
    info = {"seed": seed, "n_iter": n_iter, "examples": len(examples),
            "gold": sum(e.source == "gold" for e in examples)}
    return save(model, out or default_out(), info)


def _shipped_policy() -> Policy:
    """The merge policy measured by scripts/eval_extractors.py (models/ner_policy.json)."""
    p = MODEL_DIR.parent / "ner_policy.json"
    return Policy.from_dict(json.loads(p.read_text(encoding="utf-8"))) if p.exists() else Policy()
