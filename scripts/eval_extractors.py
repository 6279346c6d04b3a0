"""Measure the extractors: rules only, model only (ner), both merged; and reporting organisations.

    python scripts/eval_extractors.py            # the ablation table (seeds, held-out dev part)
    python scripts/eval_extractors.py --tune     # + 5-fold CV on seeds + develop, picks the merge policy
                                                 #   and writes it to models/ner_policy.json
    python scripts/eval_extractors.py --orgs     # + region accuracy with underthesea's reporting organisations

Core/full F1 and region accuracy among core matches come from
extractor.score; articles/s is the whole extract_article on the set (text
repair included), best of --repeat runs.  The held-out part is only scored.
The shipped model was trained on the seeds and the develop part, so its
seed figures are training-set figures; the CV figures are the fair ones.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor import goldsets  # noqa: E402
from extractor.ner.model import Policy  # noqa: E402
from extractor.pipeline import extract_article, load_resources  # noqa: E402
from extractor.score import score  # noqa: E402

MODES = ("rules", "ner", "both")
POLICIES = [Policy(add=a, swap=s, veto=v) for a, s, v in
            itertools.product((0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01), (0.9, 0.95, 1.01), (False, True))]


def run(articles, res) -> tuple[list, float]:
    """All records of `articles` and the seconds it took."""
    t = time.perf_counter()
    out = [r for a in articles for r in extract_article(a, res)]
    return out, time.perf_counter() - t


def figures(gold, pred, ids, seconds: float, n: int) -> dict:
    res = score(gold, pred, doc_ids=ids)
    return {"core_f1": res.prf()[2], "full_f1": res.prf(full=True)[2], "region": res.share("region"),
            "gold": res.n_gold, "pred": res.n_pred, "art_per_s": n / seconds if seconds else None}


def row(name: str, f: dict) -> str:
    reg = "-" if f["region"] is None else f"{f['region']:.3f}"
    aps = "-" if f["art_per_s"] is None else f"{f['art_per_s']:.0f}"
    return f"| {name} | {f['gold']} | {f['pred']} | {f['core_f1']:.3f} | {f['full_f1']:.3f} | {reg} | {aps} |"


def ablation(sets: dict, gold, repeat: int, extra: dict | None = None) -> list[str]:
    """One table row per (set, extractor)."""
    base = load_resources()
    resources = {m: (base if m == "rules" else replace(base, ner=_model(), extractors=m)) for m in MODES}
    resources.update(extra or {})
    lines = ["| set / extractors | gold | pred | core F1 | full F1 | region acc. | articles/s |",
             "|---|---|---|---|---|---|---|"]
    for set_name, arts in sets.items():
        if not arts:
            continue
        ids = {a.id for a in arts}
        for mode, res in resources.items():
            best = None
            for _ in range(repeat):
                pred, sec = run(arts, res)
                best = sec if best is None else min(best, sec)
            lines.append(row(f"{set_name} / {mode}", figures(gold, pred, ids, best, len(arts))))
    return lines


def _model():
    from extractor import ner
    return ner.load()


def cross_validate(k: int = 5, seed: int = 0) -> tuple[list[str], Policy]:
    """k-fold CV over seeds + develop articles: every policy scored on out-of-fold model predictions."""
    from extractor.ner.corpus import develop_articles, seed_articles
    from extractor.ner.data import gold_examples, pattern_sentences, silver_examples
    from extractor.ner.train import fit, units_of

    res = load_resources()
    arts = seed_articles() + develop_articles()
    gold = goldsets.read_records(goldsets.GOLD / "seeds.jsonl") + goldsets.dev_gold()
    by_doc = {a.id: gold_examples([a], gold, res) for a in arts}
    silver = silver_examples(pattern_sentences(goldsets.ROOT / "patterns"), res)
    preds = {name: [] for name in ("rules", "ner", *map(repr, POLICIES))}
    for i in range(k):
        fold = arts[i::k]
        ids = {a.id for a in fold}
        model = fit([e for a in arts if a.id not in ids for e in by_doc[a.id]] + silver, units_of(res.rules),
                    seed=seed)
        for a in fold:
            preds["rules"] += extract_article(a, res)
            preds["ner"] += extract_article(a, replace(res, ner=model, extractors="ner"))
            for p in POLICIES:
                model.policy = p
                preds[repr(p)] += extract_article(a, replace(res, ner=model, extractors="both"))
    ids = {a.id for a in arts}
    scored = {name: score(gold, pr, doc_ids=ids) for name, pr in preds.items()}
    key = lambda p: (round(scored[repr(p)].prf()[2] + scored[repr(p)].prf(full=True)[2], 6), -p.add,  # noqa: E731
                     -p.swap, not p.veto)
    best = max(POLICIES, key=key)
    lines = [f"{k}-fold CV over {len(arts)} articles (seeds + develop), {len(silver)} silver examples:"]
    shown = ["rules", "ner", repr(best), repr(Policy(add=0.5, swap=1.01)), repr(Policy(add=1.01, swap=0.9)),
             repr(Policy(add=1.01, swap=1.01, veto=True))]
    for name in shown:
        r = scored[name]
        lines.append(f"  {name:<40} core F1 {r.prf()[2]:.3f}  full F1 {r.prf(full=True)[2]:.3f}  "
                     f"region {r.share('region') or 0:.3f}")
    return lines, best


def orgs_variant():
    """Resources whose region_of first asks extractor.ner.orgs for the reporting organisation."""
    from extractor import resolve
    from extractor.ner.orgs import reporting_orgs

    original = resolve.region_of

    def region_of(m, ctx):
        s = m.sentence
        pos = m.number.start - s.start
        orgs = [o for o in reporting_orgs(s.text) if o[3] and o[0] < pos]
        return orgs[-1][3] if orgs else original(m, ctx)

    return region_of, original


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tune", action="store_true", help="cross-validate and write models/ner_policy.json")
    ap.add_argument("--orgs", action="store_true", help="also measure region_of with reporting_orgs")
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args(argv)
    from extractor.ner.corpus import dev_part, seed_articles

    if args.tune:
        lines, best = cross_validate()
        print("\n".join(lines))
        (ROOT / "models" / "ner_policy.json").write_text(json.dumps(vars(best)) + "\n", encoding="utf-8")
        print(f"policy written: {vars(best)}  (retrain with `extractor train` to ship it)\n")
    gold = goldsets.read_records(goldsets.GOLD / "seeds.jsonl") + goldsets.dev_gold()
    sets = {"seeds": seed_articles(), "held-out": dev_part("heldout")}
    if not sets["held-out"]:
        print("note: ../shared or gold/dev_split.json absent: seeds only")
    print("\n".join(ablation(sets, gold, args.repeat)))
    if args.orgs:
        from extractor import resolve
        patched, original = orgs_variant()
        resolve.region_of = patched
        try:
            sets["develop"] = dev_part("develop")
            print("\nregion_of with reporting_orgs (underthesea NER) first:")
            print("\n".join(ablation(sets, gold, 1, extra=None)))
        finally:
            resolve.region_of = original
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
