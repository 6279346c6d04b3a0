"""Measure the extractors: rules only, model only (ner), both merged; and reporting organisations.

    python scripts/eval_extractors.py            # the ablation table (seeds, held-out dev part, challenge sets)
    python scripts/eval_extractors.py --tune     # + 5-fold CV on seeds + develop + gold/challenge, picks the
                                                 #   merge policy and writes it to models/ner_policy.json
    python scripts/eval_extractors.py --orgs     # + region accuracy with underthesea's reporting organisations

Core/full F1 and region accuracy among core matches come from
extractor.score; articles/s is the whole extract_article on the set (text
repair included), best of --repeat runs.  The held-out part is only scored.
The shipped model was trained on the seeds, the develop part and
gold/challenge/, so its figures there are training-set figures; the CV
figures are the fair ones.  gold/challenge2/articles.jsonl (written after
the model, never trained or tuned on) is scored when it exists.
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
BEFORE_RULES = ROOT / "models" / "ner_tune_rules_challenge.jsonl"   # see cross_validate
CHALLENGE2 = ROOT / "gold" / "challenge2" / "articles.jsonl"   # never trained or tuned on: scored only
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
    """One table row per (set, extractor); `gold` is one list for every set or {set name: its gold}."""
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
            set_gold = gold[set_name] if isinstance(gold, dict) else gold
            lines.append(row(f"{set_name} / {mode}", figures(set_gold, pred, ids, best, len(arts))))
    return lines


def _model():
    from extractor import ner
    return ner.load()


class _AtLeast:
    """A model whose mentions are only those scoring >= `t` (scores of records, which carry none)."""

    def __init__(self, model, t: float):
        self.model, self.t = model, t

    def mentions(self, *args):
        return [m for m in self.model.mentions(*args) if m.score >= self.t]


def merge_records(rules: list, ner_at: dict[float, list], p: Policy) -> list:
    """Record-level version of merge.merge, for rule records of another code version (same spans).

    `ner_at[t]` holds the model's records scoring >= t (t = 0.0: all of them).
    """
    span = lambda r: (r.doc_id, r.evidence.start, r.evidence.end)  # noqa: E731
    label = lambda r: (r.indicator, r.status)  # noqa: E731
    every = {span(r): r for r in ner_at[0.0]}
    swap = {span(r): r for r in ner_at.get(p.swap, [])}
    out, seen = [], set()
    for r in rules:
        k = span(r)
        seen.add(k)
        n = every.get(k)
        if n is None:
            if not p.veto:
                out.append(r)
        elif label(n) != label(r) and k in swap:
            out.append(n)
        else:
            out.append(r)
    return out + [n for n in ner_at.get(p.add, []) if span(n) not in seen]


def cross_validate(k: int = 5, seed: int = 0) -> tuple[list[str], Policy]:
    """k-fold CV by article over seeds + develop + gold/challenge: every policy scored on out-of-fold predictions.

    Two scenarios, summed to choose the policy:
    - today's rules (fitted to all these articles: they show what a wrong
      addition costs, not what the model can add);
    - the rules as they were before they had seen gold/challenge
      (models/ner_tune_rules_challenge.jsonl, their output on it at commit
      3cdab76: core F1 0.815), merged record by record with the same
      out-of-fold model: what the model adds when the rules miss phrasings.
    """
    from extractor.ner.corpus import challenge_articles, challenge_gold
    from extractor.ner.data import gold_examples, pattern_sentences, silver_examples
    from extractor.ner.train import fit, gold_articles, units_of

    res = load_resources()
    arts, gold = gold_articles(res)          # gold with evidence offsets (challenge records aligned)
    by_doc = {a.id: gold_examples([a], gold, res) for a in arts}
    silver = silver_examples(pattern_sentences(goldsets.ROOT / "patterns"), res)
    before = goldsets.read_records(BEFORE_RULES) if BEFORE_RULES.is_file() else []
    challenge = {a.id for a in challenge_articles()} if before else set()
    thresholds = sorted({0.0} | {p.add for p in POLICIES} | {p.swap for p in POLICIES})
    preds = {name: [] for name in ("rules", "ner", *map(repr, POLICIES))}
    ner_at: dict[float, list] = {t: [] for t in thresholds}
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
            if a.id in challenge:
                for t in thresholds:
                    ner_at[t] += extract_article(a, replace(res, ner=_AtLeast(model, t), extractors="ner"))
    ids = {a.id for a in arts}
    scored = {name: score(gold, pr, doc_ids=ids) for name, pr in preds.items()}
    f1s = lambda r: r.prf()[2] + r.prf(full=True)[2]  # noqa: E731
    if before:
        cgold = challenge_gold()
        then = {repr(p): score(cgold, merge_records(before, ner_at, p), doc_ids=challenge) for p in POLICIES}
        then["rules"] = score(cgold, before, doc_ids=challenge)
        then["ner"] = score(cgold, ner_at[0.0], doc_ids=challenge)
    else:
        then = {}
    total = lambda name: f1s(scored[name]) + (f1s(then[name]) if then else 0.0)  # noqa: E731
    key = lambda p: (round(total(repr(p)), 6), -p.add, -p.swap, not p.veto)  # noqa: E731
    best = max(POLICIES, key=key)
    lines = [f"{k}-fold CV by article over {len(arts)} articles (seeds + develop + challenge), "
             f"{len(gold)} gold records, {len(silver)} silver examples:",
             f"  {'':<40} {'today`s rules':<44}" + ("| rules before gold/challenge (31 articles)" if then else "")]
    shown = ["rules", "ner", repr(best)] + [repr(Policy(add=a, swap=1.01)) for a in (0.5, 0.6, 0.7, 0.8, 0.9)] + [
        repr(Policy(add=1.01, swap=0.9)), repr(Policy(add=1.01, swap=1.01, veto=True))]
    for name in dict.fromkeys(shown):
        r = scored[name]
        line = (f"  {name:<40} core P {r.prf()[0]:.3f} F1 {r.prf()[2]:.3f}  full F1 {r.prf(full=True)[2]:.3f}  "
                f"pred {r.n_pred:<4}")
        if then:
            t = then[name]
            line += (f" | core P {t.prf()[0]:.3f} F1 {t.prf()[2]:.3f}  full F1 {t.prf(full=True)[2]:.3f}  "
                     f"pred {t.n_pred}")
        lines.append(line)
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
    from extractor.ner.corpus import challenge_articles, challenge_gold, dev_part, seed_articles

    if args.tune:
        lines, best = cross_validate()
        print("\n".join(lines))
        (ROOT / "models" / "ner_policy.json").write_text(json.dumps(vars(best)) + "\n", encoding="utf-8")
        print(f"policy written: {vars(best)}  (retrain with `extractor train` to ship it)\n")
    base_gold = goldsets.read_records(goldsets.GOLD / "seeds.jsonl") + goldsets.dev_gold()
    sets = {"seeds": seed_articles(), "held-out": dev_part("heldout"), "challenge": challenge_articles()}
    gold = {"seeds": base_gold, "held-out": base_gold, "develop": base_gold, "challenge": challenge_gold()}
    if not sets["held-out"]:
        print("note: ../shared or gold/dev_split.json absent: no held-out part")
    if CHALLENGE2.is_file():     # ids may repeat those of gold/challenge: each set is scored on its own gold
        sets["challenge2"] = challenge_articles(CHALLENGE2)
        gold["challenge2"] = challenge_gold(CHALLENGE2)
    else:
        print(f"note: {CHALLENGE2.relative_to(ROOT)} absent: not scored")
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
