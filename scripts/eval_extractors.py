"""Measure the extractors: rules only, model only (ner), both merged; and reporting organisations.

    python scripts/eval_extractors.py             # the table: seeds, held-out dev part, gold/challenge,
                                                  #   challenge2 d01-d15 and d16-d30 (scored as two sets)
    python scripts/eval_extractors.py --ids d16-d30 --sets challenge2    # one id range of challenge2 only
    python scripts/eval_extractors.py --tune      # + 5-fold CV on the training articles, picks the merge
                                                  #   policy and writes it to models/ner_policy.json
    python scripts/eval_extractors.py --ablation  # + the CV ablation table of docs/ner.md (a few minutes)
    python scripts/eval_extractors.py --orgs      # + region accuracy with underthesea's reporting organisations
    python scripts/eval_extractors.py --rules-at 8b1a41f   # the same table with the rules of an older commit
                                                  #   (today's model; --model-at COMMIT: an older model)
    python scripts/eval_extractors.py --leave-out challenge6 --rules-at 3b7080e
                                                  # train without one training set and score it with the
                                                  #   rules from before that set was read (--leave-out-all:
                                                  #   every set with its commit of BEFORE, one table)
    python scripts/eval_extractors.py --make-before challenge6   # (re)write models/ner_tune_rules_challenge6.jsonl

Core P/R/F1, full F1 and region accuracy among core matches come from
extractor.score; articles/s is the whole extract_article on the set (text
repair included), best of --repeat runs.  The held-out part is only scored.
The shipped model was trained on the seeds, the develop part and the
training sets of extractor/ner/corpus.py (gold/challenge, challenge2
d01-d15, challenge3, 5, 6, 7, 8), so its figures there are training-set
figures; the CV and leave-out figures are the fair ones.  challenge2 d16-d30
is never trained or tuned on: it is only scored here; the exams
(goldsets.EXAMS) are not read at all.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor import goldsets  # noqa: E402
from extractor.ner.model import Policy  # noqa: E402
from extractor.pipeline import extract_article, load_resources  # noqa: E402
from extractor.score import score  # noqa: E402

MODES = ("rules", "ner", "both")
CHALLENGE2 = ROOT / "gold" / "challenge2" / "articles.jsonl"   # d01-d15 trained on, d16-d30 scored only
# The rules as they were BEFORE each training set was read to fit them: the commit (its first unseen score in
# the README is reproduced there), and that commit's records on the set's trainable articles as today's
# reader reads them (models/ner_tune_rules_SET.jsonl, written by --make-before SET).  See cross_validate.
BEFORE = {
    "challenge": "3cdab76",    # gold/challenge c01-c31, before session 1 fitted the rules to it
    "challenge2": "b6b2a94",   # challenge2 d01-d15, before the set was written (d16-d30: 8b1a41f, scored only)
    "challenge3": "8b1a41f",   # before 59532d5 fitted challenge3 (0.940 / 0.791 here; README: 0.938 / 0.789)
    "challenge5": "42c0463",   # the commit that added challenge5, before 9d2096f fitted it (core 0.932)
    "challenge6": "3b7080e",   # before 0588348 fitted challenge6 (0.869 / 0.768, the README's first score)
    "challenge7": "c491352",   # before d456276 / f8df8e6 (0.942 / 0.815, the README's first score)
    "challenge8": "c491352",   # before the HTML reader and rules were fitted to it (549d834, b82ee97)
}


# Sets that nothing in extractor/ner/ trains on, with the rules of the commit before anyone fitted them:
# the honest comparisons (--unseen).  The model is retrained in that commit's tree (--retrain), so that its
# silver labels and rule features come from the patterns of then, not from patterns written after the set.
UNSEEN = {
    "challenge2 d16-d30": "8b1a41f",   # before 59532d5 fitted them
    "challenge10": "e18d821",          # the commit that added it: first unseen score core 0.954 / full 0.905
    "challenge11": "9b813df",          # the commit that added it, before any rule was written from it
}
SCORED_ONLY = ("challenge10", "challenge11")   # read here to be scored; never training data (corpus.py)


def before_file(name: str) -> Path:
    return ROOT / "models" / f"ner_tune_rules_{name}.jsonl"

# the grid --tune searches (veto, measured in every earlier pass to cost recall, is shown but not searched)
POLICIES = [Policy(add=a, swap=s, add_percent=pc, status_swap=ss) for a, s, pc, ss in itertools.product(
    (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01), (0.7, 0.8, 0.9, 0.95, 1.01), (0.7, 0.8, 0.9, 0.95, 1.01),
    (0.8, 0.9, 0.95, 1.01))]


def run(articles, res) -> tuple[list, float]:
    """All records of `articles` and the seconds it took."""
    t = time.perf_counter()
    out = [r for a in articles for r in extract_article(a, res)]
    return out, time.perf_counter() - t


def figures(gold, pred, ids, seconds: float, n: int) -> dict:
    res = score(gold, pred, doc_ids=ids)
    core_p, core_r, core_f1 = res.prf()
    return {"core_p": core_p, "core_r": core_r, "core_f1": core_f1, "full_f1": res.prf(full=True)[2],
            "region": res.share("region"),
            "gold": res.n_gold, "pred": res.n_pred, "art_per_s": n / seconds if seconds else None}


def row(name: str, f: dict) -> str:
    reg = "-" if f["region"] is None else f"{f['region']:.3f}"
    aps = "-" if f["art_per_s"] is None else f"{f['art_per_s']:.0f}"
    return (f"| {name} | {f['gold']} | {f['pred']} | {f['core_p']:.3f} | {f['core_r']:.3f} | {f['core_f1']:.3f} "
            f"| {f['full_f1']:.3f} | {reg} | {aps} |")


def ablation(sets: dict, gold, repeat: int, extra: dict | None = None, model=None,
             dump: Path | None = None) -> list[str]:
    """One table row per (set, extractor); `gold` is one list for every set or {set name: its gold}.

    `model`: another NerModel than the shipped one; `dump`: a folder where
    each (set, extractor)'s records are written (SET__MODE.jsonl).
    """
    base = load_resources()
    model = model or _model()
    resources = {m: (base if m == "rules" else replace(base, ner=model, extractors=m)) for m in MODES}
    resources.update(extra or {})
    lines = ["| set / extractors | gold | pred | core P | core R | core F1 | full F1 | region acc. | articles/s |",
             "|---|---|---|---|---|---|---|---|---|"]
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
            if dump is not None:
                dump.mkdir(parents=True, exist_ok=True)
                (dump / f"{set_name.replace(' ', '_')}__{mode}.jsonl").write_text(
                    "".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in pred), encoding="utf-8")
    return lines


def _model():
    from extractor import ner
    return ner.load()


@dataclass
class Oof:
    """Out-of-fold predictions of one model variant on the training articles."""

    readings: dict[tuple[str, int, int], tuple[str, float, str, float]]   # candidate span -> (label, score,
    #                                                                       status, its score)
    ner: list                                                  # model-only records (every non-none reading)
    gold_acc: float                                            # indicator accuracy on gold candidates


@dataclass
class CvData:
    """What every CV run reads: training articles, their gold, examples per feature set, the scenarios."""

    res: object
    arts: list
    gold: list                                       # training gold (evidence offsets; evidence_text-only aligned)
    truth: list                                      # the gold as the files give it (what is scored)
    silver_articles: list
    rules: list                                      # today's rules on every training article
    before: dict[str, tuple[set, list, list]]        # set -> (article ids, its gold, the older rules' records)
    examples: dict = field(default_factory=dict)     # options key -> ({doc: [Example]}, [silver Example])

    def labelled(self, options: dict, abbreviations: dict | None = None):
        from extractor.ner.data import gold_examples, silver_examples
        key = json.dumps([options, abbreviations], sort_keys=True)
        if key not in self.examples:
            by_doc = {a.id: gold_examples([a], self.gold, self.res, options, abbreviations) for a in self.arts}
            self.examples[key] = by_doc, silver_examples(self.silver_articles, self.res, options, abbreviations)
        return self.examples[key]


def cv_data() -> CvData:
    """Training articles (seeds, develop, the training sets of corpus.py) and the "before" scenarios."""
    from extractor.ner.corpus import set_evidence_texts, set_gold
    from extractor.ner.data import pattern_sentences
    from extractor.ner.train import gold_articles

    res = load_resources()
    arts, gold = gold_articles(res)   # gold with evidence offsets (evidence_text-only records aligned)
    ids = {a.id for a in arts}
    truth = [r for r in goldsets.read_records(goldsets.GOLD / "seeds.jsonl") + goldsets.dev_gold()
             if r.doc_id in ids]
    before = {}
    for name in BEFORE:
        scored = set_gold(name)
        truth += [r for r in scored if r.doc_id in ids]
        if before_file(name).is_file():
            docs = set(set_evidence_texts(name)) & ids
            older = [r for r in goldsets.read_records(before_file(name)) if r.doc_id in docs]
            before[name] = docs, [r for r in scored if r.doc_id in docs], older
        else:
            print(f"note: {before_file(name).relative_to(ROOT)} absent (--make-before {name}): no such scenario",
                  file=sys.stderr)
    rules = [r for a in arts for r in extract_article(a, res)]
    return CvData(res, arts, gold, truth, pattern_sentences(goldsets.ROOT / "patterns"), rules, before)


def oof(data: CvData, options: dict | None = None, k: int = 5, seed: int = 0, trained_on=None,
        policy: Policy | None = None, shuffle: int = 0, abbreviations: dict | None = None,
        **fit_kw) -> tuple[Oof, list]:
    """k-fold CV by article: each article read by a model that never saw it.

    Folds take every k-th training article (`shuffle` > 0: of the articles
    shuffled with that seed, for repeated CV).  `trained_on(doc_id)`
    restricts the training articles of each fold (data ablations); every
    article is still scored.  With `policy`, also the pipeline's own `both`
    output (mention-level merge) of every article.
    """
    from extractor.ner.data import NONE
    from extractor.ner.features import current_options
    from extractor.ner.spans import article_candidates
    from extractor.ner.train import fit, units_of

    options = options or current_options()
    by_doc, silver = data.labelled(options, abbreviations)
    readings, ner, both, right, total_ = {}, [], [], 0, 0
    order = list(data.arts)
    if shuffle:
        random.Random(shuffle).shuffle(order)
    for i in range(k):
        fold = order[i::k]
        ids = {a.id for a in fold}
        train = [e for a in data.arts if a.id not in ids and (trained_on is None or trained_on(a.id))
                 for e in by_doc[a.id]]
        model = fit(train + silver, units_of(data.res.rules), seed=seed, options=options,
                    abbreviations=abbreviations, **fit_kw)
        for a in fold:
            exs = by_doc[a.id]
            if exs:
                labels = model.classify([list(e.words) for e in exs], [e.unit for e in exs])
                for c, e, (label, p, st, sp) in zip(article_candidates(a, data.res), exs, labels):
                    readings[(a.id, c.start, c.end)] = (label, p, st, sp)
                    if e.indicator != NONE:
                        total_ += 1
                        right += label == e.indicator
            ner += extract_article(a, replace(data.res, ner=model, extractors="ner"))
            if policy is not None:
                model.policy = policy
                both += extract_article(a, replace(data.res, ner=model, extractors="both"))
    return Oof(readings, ner, right / max(1, total_)), both


def merge_records(rules: list, o: Oof, p: Policy) -> list:
    """extractor.ner.merge at the level of records, for rule records of any code version (same spans).

    A changed reading takes the period the model's own record of that
    number was given (the pipeline resolves it again after its merge).
    """
    from extractor.ner.data import NONE
    span = lambda r: (r.doc_id, r.evidence.start, r.evidence.end)  # noqa: E731
    ner = {span(r): r for r in o.ner}
    out, seen = [], set()
    for r in rules:
        k = span(r)
        seen.add(k)
        n = ner.get(k)
        label, score_, _, st_score = o.readings.get(k, (None, 0.0, None, 0.0))
        if n is None:
            if not (p.veto and label == NONE):
                out.append(r)
        elif n.indicator != r.indicator and score_ >= p.swap:
            when = {"period_start": n.period_start, "period_end": n.period_end} if n.status == r.status else {}
            out.append(replace(r, indicator=n.indicator, method="ner", **when))
        elif n.indicator == r.indicator and r.unit != "percent" and n.status != r.status \
                and n.status in ("actual", "target") and st_score >= p.status_swap:
            out.append(replace(r, status=n.status, method="ner", period_start=n.period_start, period_end=n.period_end))
        else:
            out.append(r)
    return out + [n for k, n in ner.items() if k not in seen and o.readings.get(k, (None, 0.0))[1] >= p.add_at(n.unit)]


POOLED = "before"      # every "before" set together: the rules meeting articles they were not written for


def scenarios(data: CvData, o: Oof, p: Policy | str | None, sets: bool = True) -> dict:
    """Scores of a policy (None: rules only; "ner": the model alone) in every scenario.

    "today": today's rules on every training article; one scenario per
    "before" set (that set's older rules); POOLED: all "before" sets as one
    (micro-averaged).  `sets=False` skips the per-set ones (they are parts of POOLED).
    """
    ids = {a.id for a in data.arts}
    parts = [("today", (ids, data.truth, data.rules))]
    if data.before:
        pooled = (set().union(*(d for d, _, _ in data.before.values())),
                  [r for _, g, _ in data.before.values() for r in g], [r for _, _, x in data.before.values() for r in x])
        parts += (list(data.before.items()) if sets else []) + [(POOLED, pooled)]
    out = {}
    for name, (docs, gold, rules) in parts:
        pred = [r for r in o.ner if r.doc_id in docs] if p == "ner" else \
            rules if p is None else merge_records(rules, o, p)
        out[name] = score(gold, pred, doc_ids=docs)
    return out


def total(results: dict) -> float:
    """What --tune maximises: core F1 + full F1 of today's rules and of the pooled "before" scenario."""
    return round(sum(r.prf()[2] + r.prf(full=True)[2] for n, r in results.items() if n in ("today", POOLED)), 6)


def _counts(res) -> tuple[int, int, int, int]:
    """(core matches, full matches, predicted, gold) of a Result: they add up over sets of distinct articles."""
    return len(res.matches), sum(1 for m in res.matches if m.full), res.n_pred, res.n_gold


def _total_of(today: tuple, sets: dict[str, tuple], without: str | None = None) -> float:
    """total() from counts: today's core + full F1 and those of the "before" sets pooled (minus `without`)."""
    from extractor.score import prf
    pooled = [sum(c[i] for n, c in sets.items() if n != without) for i in range(4)]
    return round(sum(prf(t, c[2], c[3])[2] for c in (today, pooled) for t in (c[0], c[1])), 6)


def policy_counts(data: CvData, runs: list[Oof], policies: list) -> dict:
    """policy -> [(today's counts, {before set: counts}) per run]: every total the grid needs, computed once."""
    out = {}
    for p in policies:
        out[p] = []
        for o in runs:
            res = scenarios(data, o, p)
            out[p].append((_counts(res["today"]), {n: _counts(res[n]) for n in data.before}))
    return out


def best_policy(data: CvData, runs: list[Oof], keep_today: bool = True,
                policies: list[Policy] | None = None, without: str | None = None,
                counts: dict | None = None) -> tuple[Policy, dict]:
    """The policy with the best total, averaged over CV repeats.

    With `keep_today`, only policies that lose nothing on today's rules
    (core and full F1 at least those of the rules alone, the situation of
    articles the rules already read right: seeds, dev) may win; ties go to
    the policy that changes least.  `without`: one "before" set left out of
    the total (the policy a leave-out run of that set may use); `counts`:
    policy_counts() already computed.
    """
    from extractor.score import prf
    policies = policies or POLICIES
    counts = counts or policy_counts(data, runs, policies + [None])

    def today(p):
        rs = [t for t, _ in counts[p]]
        return (round(sum(prf(c[0], c[2], c[3])[2] for c in rs) / len(rs), 6),
                round(sum(prf(c[1], c[2], c[3])[2] for c in rs) / len(rs), 6))
    scored = {p: round(sum(_total_of(t, sets, without) for t, sets in counts[p]) / len(runs), 6) for p in policies}
    floor = today(None)
    allowed = [p for p in policies if not keep_today or all(a >= b for a, b in zip(today(p), floor))]
    best = max(allowed, key=lambda p: (scored[p], p.add, p.add_percent, p.swap, p.status_swap, not p.veto))
    return best, scored


def _fmt(res) -> str:
    p, r, f1 = res.prf()
    return f"{p:.3f} | {r:.3f} | {f1:.3f} | {res.prf(full=True)[2]:.3f}"


def _n_gold(res) -> int:
    return len(res.matches) + len(res.missed)


def cross_validate(k: int = 5, seed: int = 0, repeats: int = 3, keep_today: bool = True,
                   without: str | None = None) -> tuple[list[str], Policy]:
    """k-fold CV by article over the training articles: every policy scored on out-of-fold predictions.

    Scenarios (see BEFORE and scenarios()):
    - today: today's rules on all training articles (fitted to them: they
      show what a wrong addition or swap costs, not what the model can add);
    - one per training set: the rules as they were before that set was read
      to fit them (models/ner_tune_rules_SET.jsonl), merged record by record
      with the same out-of-fold model; and all of them pooled.
    The "before" scenarios are what the model adds when the rules meet
    phrasings they were not written for, which is the situation on unseen
    articles.  The total (today + pooled) is averaged over `repeats` CV runs
    with different folds (the table shows the first); with `keep_today` the
    winner must lose nothing on today's rules (best_policy).  `without`
    drops one set's "before" scenario from the choice (the policy a
    leave-out run of that set may use honestly).  challenge2 d16-d30, the
    held-out dev part and the exams are never read.
    """
    data = cv_data()
    runs = [oof(data, k=k, seed=seed, shuffle=j)[0] for j in range(repeats)]
    o = runs[0]
    counts = policy_counts(data, runs, POLICIES + [None])
    best, scored = best_policy(data, runs, keep_today, without=without, counts=counts)
    free, _ = best_policy(data, runs, False, without=without, counts=counts)
    each = {n: best_policy(data, runs, keep_today, without=n, counts=counts)[0] for n in data.before}
    names = ["today", POOLED] + list(data.before)
    base = scenarios(data, o, None)
    lines = [f"{k}-fold CV by article over {len(data.arts)} training articles, {len(data.gold)} training gold "
             f"records, {len(data.labelled(_options())[1])} silver examples; scenarios: " + ", ".join(
                 f"{n} ({_n_gold(base[n])} gold)" for n in names)
             + (f"; policy chosen without the {without} scenario" if without else ""),
             "", "| policy | " + " | ".join(f"{n}: core P | R | F1 | full F1" for n in names[:2])
             + f" | total | mean total of {repeats} CV runs |",
             "|---|" + "---|---|---|---|" * 2 + "---|---|"]
    shown = [("rules only", None), ("ner only", "ner"), (f"**{_policy_name(best)}** (chosen)", best),
             (f"{_policy_name(free)} (best total without the today floor)", free)]
    for a in (0.4, 0.5, 0.6, 0.7, 0.8):
        for q in (Policy(add=a, swap=1.01, add_percent=a), Policy(add=a, swap=1.01, add_percent=1.01),
                  Policy(add=a, swap=best.swap, add_percent=best.add_percent)):
            shown.append((_policy_name(q), q))
    shown += [(_policy_name(q), q) for q in (replace(best, swap=0.95), replace(best, swap=0.9), replace(best, swap=0.8),
                                             replace(best, swap=0.7), replace(best, veto=True),
                                             replace(best, status_swap=1.01), replace(best, status_swap=0.95),
                                             replace(best, status_swap=0.9), replace(best, status_swap=0.8),
                                             Policy(add=0.7, swap=0.9, add_percent=1.01),   # the previous model's
                                             Policy(add=1.01, swap=free.swap))]
    done, per_set = set(), []
    for name, p in shown:
        if name in done or p in done:
            continue
        done |= {name, p}
        res = scenarios(data, o, p)
        mean = scored[p] if p in scored else sum(total(scenarios(data, r, p, False)) for r in runs) / len(runs)
        lines.append(f"| {name} | " + " | ".join(_fmt(res[n]) for n in names[:2]) + f" | {total(res):.3f} | {mean:.3f} |")
        if p is None or p == "ner" or p in (best, free):
            per_set.append(f"| {name} | " + " | ".join(
                f"{res[n].prf()[2]:.3f} / {res[n].prf(full=True)[2]:.3f}" for n in names[2:]) + " |")
    lines += ["", "Per \"before\" set (core F1 / full F1; the older rules of each set, first split):", "",
              "| policy | " + " | ".join(f"{n} ({BEFORE[n]})" for n in names[2:]) + " |",
              "|---|" + "---|" * len(names[2:])] + per_set
    lines += ["", "Policy chosen without each set's scenario (what a leave-out run of that set may use honestly):", ""]
    lines += [f"- without {n}: {_policy_name(q)}" + (" (the same)" if q == best else "") for n, q in each.items()]
    _, pipeline_both = oof(data, k=k, seed=seed, policy=best)
    ids = {a.id for a in data.arts}
    check = score(data.truth, pipeline_both, doc_ids=ids)
    lines.append(f"\npipeline check: `both` with the chosen policy, out of fold, today's rules: core F1 "
                 f"{check.prf()[2]:.3f}, full F1 {check.prf(full=True)[2]:.3f} (record-level merge above: "
                 f"{scenarios(data, o, best)['today'].prf()[2]:.3f} / "
                 f"{scenarios(data, o, best)['today'].prf(full=True)[2]:.3f})")
    return lines, best


def _options() -> dict:
    from extractor.ner.features import current_options
    return current_options()


def _policy_name(p: Policy) -> str:
    words = [f"add {p.add:g}" if p.add <= 1 else "add never"]
    if p.add_percent is not None and p.add_percent != p.add:
        words.append(f"% {p.add_percent:g}" if p.add_percent <= 1 else "% never")
    words.append(f"swap {p.swap:g}" if p.swap <= 1 else "swap never")
    if p.status_swap <= 1:
        words.append(f"status {p.status_swap:g}")
    if p.veto:
        words.append("veto")
    return ", ".join(words)


# abbreviations a variant adds to patterns/abbreviations.yaml (the words underthesea gives them)
MORE_ABBREVIATIONS = {"ubkt": ("ủy", "ban", "kiểm_tra"), "bhyt": ("bảo_hiểm_y_tế",), "kkt": ("khu", "kinh_tế"),
                      "kcx": ("khu", "chế_xuất"), "hđlđ": ("hợp_đồng", "lao_động"), "tp": ("thành_phố",),
                      "cnvc": ("công_nhân", "viên_chức")}


def ablation_variants() -> list[tuple[str, str, dict, dict]]:
    """(key, name, feature options, oof arguments) of the ablation table; the first is what ships."""
    from extractor.ner.corpus import TRAIN_SETS, set_evidence_texts
    from extractor.ner.features import load_abbreviations
    shipped = _options()
    old = {"left": 8, "right": 5, "noun": True, "subject": True, "sentence": False, "syllables": False,
           "abbrev": False}
    set_of = {}
    for s in TRAIN_SETS:
        for doc in set_evidence_texts(s.name):
            set_of[doc] = s.name
    newer = ("challenge3", "challenge5", "challenge6", "challenge7", "challenge8")
    not_newer = lambda doc: set_of.get(doc) not in newer  # noqa: E731
    not_challenges = lambda doc: doc not in set_of  # noqa: E731
    return [
        ("shipped", "shipped", shipped, {}),
        ("no-newer", "- challenge3/5/6/7/8 from training (the previous model's data)", shipped,
         {"trained_on": not_newer}),
        ("no-challenges", "- every challenge set from training (seeds and develop only)", shipped,
         {"trained_on": not_challenges}),
        ("bigrams", "bigrams (2^14 buckets)", shipped, {"ngram_size": 2, "length": 2 ** 14}),
        ("2^14", "unigrams, 2^14 buckets", shipped, {"length": 2 ** 14}),
        ("8/5", "8/5 words", {**shipped, "left": 8, "right": 5}, {}),
        ("12/7", "12/7 words", {**shipped, "left": 12, "right": 7}, {}),
        ("no-abbrev", "no abbreviations", {**shipped, "abbrev": False}, {}),
        ("more-abbrev", "+ 7 abbreviations (UBKT, BHYT, KKT, KCX, HĐLĐ, TP, CNVC)", shipped,
         {"abbreviations": {**load_abbreviations(), **MORE_ABBREVIATIONS}}),
        ("syllables", "+ syllables of compound words", {**shipped, "syllables": True}, {}),
        ("sentence", "+ every word of the sentence", {**shipped, "sentence": True}, {}),
        ("no-noun", "no counted-noun class", {**shipped, "noun": False}, {}),
        ("no-subject", "no subject words", {**shipped, "subject": False}, {}),
        ("10-epochs", "10 epochs", shipped, {"n_iter": 10}),
        ("40-epochs", "40 epochs", shipped, {"n_iter": 40}),
        ("none-x2", "none-class weight 2", shipped, {"none_weight": 2.0}),
        ("silver-0.5", "silver weight 0.5", shipped, {"silver_weight": 0.5}),
        ("syllables-words", "syllables instead of underthesea words, bigrams (2^14), 14/9 syllables",
         {**shipped, "words": "syllables", "left": 14, "right": 9}, {"ngram_size": 2, "length": 2 ** 14}),
        ("syllables-words-10/6", "syllables instead of underthesea words, bigrams (2^14), 10/6 syllables",
         {**shipped, "words": "syllables"}, {"ngram_size": 2, "length": 2 ** 14}),
        ("syllables-words-uni", "syllables instead of underthesea words, unigrams, 14/9 syllables",
         {**shipped, "words": "syllables", "left": 14, "right": 9}, {}),
        ("syllables-words-uni-18/12", "syllables instead of underthesea words, unigrams, 18/12 syllables",
         {**shipped, "words": "syllables", "left": 18, "right": 12}, {}),
        ("previous", "previous features (bigrams, 8/5, no abbreviations; same data)", old,
         {"ngram_size": 2, "length": 2 ** 14}),
    ]


def cv_ablation(k: int = 5, seed: int = 0, policy: Policy | None = None, splits: int = 1,
                keys: list[str] | None = None) -> list[str]:
    """One CV row per variant: candidate accuracy, the model alone, and `both` with the shipped policy.

    Figures of the first fold split; with `splits` > 1 also the mean total
    (and its range) over that many fold splits, which says how much of a
    difference between two variants is noise.
    """
    from extractor.ner.train import _shipped_policy
    data = cv_data()
    policy = policy or _shipped_policy()
    names = ["today", POOLED]
    variants = [v for v in ablation_variants() if keys is None or v[0] in keys]
    if keys and len(variants) != len(set(keys)):
        known = ", ".join(v[0] for v in ablation_variants())
        raise SystemExit(f"eval_extractors: --variants: unknown name in {','.join(keys)} (known: {known})")
    more = f" | mean total of {splits} splits [range] | ner alone, mean core F1" if splits > 1 else ""
    lines = [f"{k}-fold CV by article over {len(data.arts)} training articles; `both` = {_policy_name(policy)}",
             "", "| variant | gold-candidate acc. | ner alone: core F1 | full F1 | "
             + " | ".join(f"both, {n}: core F1 | full F1" for n in names) + f" | total | best allowed policy: total{more} |",
             "|---|---|---|---|" + "---|---|" * len(names) + "---|---|" + ("---|---|" if splits > 1 else "")]
    ids = {a.id for a in data.arts}
    for _, name, options, kw in variants:
        runs = [oof(data, options, k=k, seed=seed, shuffle=j, **kw)[0] for j in range(splits)]
        o = runs[0]
        alone = score(data.truth, o.ner, doc_ids=ids)
        res = scenarios(data, o, policy, sets=False)
        best, scored = best_policy(data, [o])
        line = (f"| {name} | {o.gold_acc:.3f} | {alone.prf()[2]:.3f} | {alone.prf(full=True)[2]:.3f} | "
                + " | ".join(f"{res[n].prf()[2]:.3f} | {res[n].prf(full=True)[2]:.3f}" for n in names)
                + f" | {total(res):.3f} | {scored[best]:.3f} ({_policy_name(best)}) |")
        if splits > 1:
            totals = [total(scenarios(data, r, policy, sets=False)) for r in runs]
            alones = [score(data.truth, r.ner, doc_ids=ids).prf()[2] for r in runs]
            line += (f" {sum(totals) / splits:.3f} [{min(totals):.3f}-{max(totals):.3f}] | "
                     f"{sum(alones) / splits:.3f} |")
        lines.append(line)
        print(line, file=sys.stderr, flush=True)
    return lines


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


def rules_at(commit: str, argv: list[str], model_commit: str | None = None) -> int:
    """Run this script with the rules (and everything else) of an older commit, and today's model.

    `git archive` of `commit` into a temporary folder, with today's
    extractor/ner/, models/, patterns/abbreviations.yaml, this script and the
    gold files of the training sets laid over it, so that
    "both" can be scored against rules that had not seen a set yet (e.g.
    8b1a41f: the rules before challenge2 d16-d30 were read to fit them).
    With `model_commit`, models/ comes from that commit instead (an older
    model, read by today's extractor/ner/).
    """
    import shutil
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory(prefix="rules-at-") as tmp:
        tree = Path(tmp) / "main"
        tree.mkdir()
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit], capture_output=True)
        if archive.returncode:
            print(f"eval_extractors: --rules-at {commit}: {archive.stderr.decode().strip()}", file=sys.stderr)
            return 2
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive.stdout, check=True)
        shutil.rmtree(tree / "models", ignore_errors=True)
        if model_commit:
            models = subprocess.run(["git", "-C", str(ROOT), "archive", model_commit, "models"], capture_output=True)
            if models.returncode:
                print(f"eval_extractors: --model-at {model_commit}: {models.stderr.decode().strip()}", file=sys.stderr)
                return 2
            subprocess.run(["tar", "-x", "-C", str(tree)], input=models.stdout, check=True)
        else:
            shutil.copytree(ROOT / "models", tree / "models")
        from extractor.ner.corpus import TRAIN_SET_NAMES
        for f in list((ROOT / "extractor" / "ner").glob("*.py")) + [Path(__file__).resolve()] + [
                ROOT / "patterns" / "abbreviations.yaml"] + [
                ROOT / "gold" / n for n in ("seeds.jsonl", "dev.jsonl", "dev_split.json")] + [
                ROOT / "gold" / n / "articles.jsonl" for n in TRAIN_SET_NAMES + SCORED_ONLY]:
            if f.is_file():
                dest = tree / f.relative_to(ROOT)
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(f, dest)
        if goldsets.SHARED.exists():
            (Path(tmp) / "shared").symlink_to(goldsets.SHARED.resolve())
        env = {**__import__("os").environ, "PYTHONPATH": str(tree)}
        return subprocess.run([sys.executable, str(tree / "scripts" / Path(__file__).name), *argv],
                              cwd=tree, env=env).returncode


DRIVER = r"""
import json, sys
from extractor.article import Article, parse_date
from extractor.pipeline import extract_article, load_resources
res = load_resources()
for line in sys.stdin:
    d = json.loads(line)
    a = Article(id=d["id"], text=d["text"], url=d.get("url"), published=parse_date(d.get("published")),
                title=d.get("title"))
    for r in extract_article(a, res):
        print(json.dumps(r.to_dict(), ensure_ascii=False))
"""


def make_before(name: str) -> Path:
    """models/ner_tune_rules_NAME.jsonl: the rules of BEFORE[name] on the set's trainable articles.

    The articles are read by today's reader (HTML cleaning, dateline) and
    handed to that commit's `extract_article` as text, so that the records'
    evidence offsets are those of today's candidates.
    """
    import subprocess
    import tempfile

    from extractor.ner.corpus import set_articles

    arts = set_articles(name)
    lines = "".join(json.dumps({"id": a.id, "text": a.text, "url": a.url, "title": a.title,
                                "published": a.published.isoformat() if a.published else None},
                               ensure_ascii=False) + "\n" for a in arts)
    with tempfile.TemporaryDirectory(prefix="before-") as tmp:
        tree = Path(tmp) / "main"
        tree.mkdir()
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", BEFORE[name]], capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive.stdout, check=True)
        out = subprocess.run([sys.executable, "-c", DRIVER], input=lines.encode("utf-8"), capture_output=True,
                             cwd=tree, env={**__import__("os").environ, "PYTHONPATH": str(tree)})
        if out.returncode:
            raise SystemExit(f"eval_extractors: --make-before {name}: {out.stderr.decode()[-2000:]}")
    path = before_file(name)
    path.write_bytes(out.stdout)
    return path


def train_without(name: str | None, seed: int = 0, policy: Policy | None = None):
    """A model trained as `extractor train` does, without the articles of training set `name` (None: all)."""
    from extractor.ner.data import gold_examples, pattern_sentences, silver_examples
    from extractor.ner.train import _shipped_policy, fit, gold_articles, gold_sources, units_of

    res = load_resources()
    arts, gold = gold_articles(res, [s for s in gold_sources() if s != name])
    examples = gold_examples(arts, gold, res) + silver_examples(pattern_sentences(goldsets.ROOT / "patterns"), res)
    return fit(examples, units_of(res.rules), seed=seed, policy=policy or _shipped_policy())


def honest_runs(runs: dict[str, tuple[str, list[str]]], repeat: int) -> list[str]:
    """Each run (set name -> (commit, arguments of this script)) in that commit's tree; one table, and pooled rows.

    Used by --leave-out-all (each training set left out of training, scored
    with the rules from before it was fitted) and --unseen (sets nothing
    trains on, the model retrained in the tree of the rules from before
    they were fitted).
    """
    import tempfile

    rows, pooled = [], {m: ([], []) for m in MODES}
    with tempfile.TemporaryDirectory(prefix="honest-") as tmp:
        for k, (name, (commit, argv)) in enumerate(runs.items()):
            dump = Path(tmp) / str(k)
            rc = rules_at(commit, [*argv, "--repeat", str(repeat), "--dump", str(dump)])
            if rc:
                rows.append(f"| {name}, rules of {commit}: failed (exit {rc}) |")
                continue
            gold = _set_gold(name)
            for mode in MODES:
                pred = goldsets.read_records(dump / f"{name.replace(' ', '_')}__{mode}.jsonl")
                ids = _set_ids(name)
                rows.append(row(f"{name}, rules of {commit} / {mode}", figures(gold, pred, ids, 0, 0)))
                # ids may repeat across sets (challenge10 reuses dev-like ids): pooled under the set's name
                pooled[mode][0].extend(replace(r, doc_id=f"{name}:{r.doc_id}") for r in gold if r.doc_id in ids)
                pooled[mode][1].extend(replace(r, doc_id=f"{name}:{r.doc_id}") for r in pred)
    lines = ["| set, rules before it was fitted / extractors | gold | pred | core P | core R | core F1 "
             "| full F1 | region acc. | articles/s |", "|---|---|---|---|---|---|---|---|---|"] + rows
    for mode in MODES:
        gold, pred = pooled[mode]
        lines.append(row(f"**{len(runs)} sets pooled** / {mode}",
                         figures(gold, pred, {r.doc_id for r in gold} | {r.doc_id for r in pred}, 0, 0)))
    return lines


def _set_gold(name: str) -> list:
    from extractor.ner.corpus import CHALLENGE2, challenge_gold
    if name.startswith("challenge2 "):
        return challenge_gold(CHALLENGE2)
    return challenge_gold(ROOT / "gold" / name / "articles.jsonl")


def _set_ids(name: str) -> set[str]:
    from extractor.ner.corpus import CHALLENGE2, evidence_texts, set_evidence_texts
    if name.startswith("challenge2 "):
        inside = id_range(name.split()[1])
        return {i for i in evidence_texts(CHALLENGE2) if inside(i)}
    if name in SCORED_ONLY:
        return set(evidence_texts(ROOT / "gold" / name / "articles.jsonl"))
    return set(set_evidence_texts(name))


def id_range(spec: str):
    """'d16-d30' -> a predicate on article ids (same prefix, numeric part within the range)."""
    first, _, last = spec.partition("-")
    prefix = first.rstrip("0123456789")
    if not last or not first[len(prefix):].isdigit() or not last[len(prefix):].isdigit() \
            or not last.startswith(prefix):
        raise SystemExit(f"eval_extractors: --ids {spec!r}: expected a range like d16-d30")
    lo, hi = int(first[len(prefix):]), int(last[len(prefix):])

    def inside(doc_id: str) -> bool:
        rest = doc_id[len(prefix):]
        return doc_id.startswith(prefix) and rest.isdigit() and lo <= int(rest) <= hi
    return inside


SETS = ("seeds", "held-out", "develop", "challenge", "challenge2", "challenge3", "challenge5", "challenge6",
        "challenge7", "challenge8") + SCORED_ONLY
DEFAULT_SETS = "seeds,held-out,challenge,challenge2"
CHALLENGE2_HALVES = ("d01-d15", "d16-d30")   # d01-d15: fitted / trained on; d16-d30: unseen, scored only


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tune", action="store_true", help="cross-validate and write models/ner_policy.json")
    ap.add_argument("--ablation", action="store_true", help="cross-validate the feature/data variants of docs/ner.md")
    ap.add_argument("--seed", type=int, default=0, help="training seed of the CV models (default: %(default)s)")
    ap.add_argument("--splits", type=int, default=1, metavar="N",
                    help="--ablation: also the mean total over N fold splits (default: %(default)s)")
    ap.add_argument("--variants", default=None, metavar="NAMES",
                    help="--ablation: only these variants (comma-separated: shipped, no-c2, bigrams, 12/7, ...)")
    ap.add_argument("--rules-at", metavar="COMMIT", default=None,
                    help="score with the rules of an older commit (today's model and gold): e.g. 8b1a41f")
    ap.add_argument("--model-at", metavar="COMMIT", default=None,
                    help="with the model (models/) of an older commit, read by today's extractor/ner/; the rules "
                         "of --rules-at, else of HEAD")
    ap.add_argument("--free", action="store_true",
                    help="--tune: best total even when it costs something on today's rules (no floor)")
    ap.add_argument("--orgs", action="store_true", help="also measure region_of with reporting_orgs")
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--sets", default=DEFAULT_SETS,
                    help=f"comma-separated sets among {', '.join(SETS)} (default: %(default)s)")
    ap.add_argument("--ids", action="append", default=None, metavar="FIRST-LAST",
                    help="score challenge2 on this id range only (repeatable; default: "
                         + " and ".join(CHALLENGE2_HALVES) + " as two sets)")
    ap.add_argument("--leave-out", metavar="SET", default=None, choices=list(BEFORE),
                    help="train a model without this training set and score rules / ner / both on it "
                         "(with --rules-at BEFORE[SET]: the rules before that set was read)")
    ap.add_argument("--leave-out-all", action="store_true",
                    help="--leave-out every set of BEFORE with its older rules, one table and the pooled rows")
    ap.add_argument("--retrain", action="store_true",
                    help="score a model trained now, in this tree (with --rules-at: with that commit's patterns), "
                         "instead of the shipped one")
    ap.add_argument("--unseen", action="store_true",
                    help="the honest comparison: every set of UNSEEN with the rules from before it was fitted "
                         "and a model retrained in that tree; one table and the pooled rows")
    ap.add_argument("--policy", default=None, metavar="JSON",
                    help='--leave-out: merge policy instead of the shipped one, e.g. \'{"add": 0.7, "swap": 0.9}\'')
    ap.add_argument("--without", metavar="SET", default=None, choices=list(BEFORE),
                    help="--tune: choose the policy without this set's scenario (prints it, writes nothing)")
    ap.add_argument("--make-before", metavar="SET", default=None, choices=list(BEFORE),
                    help="write models/ner_tune_rules_SET.jsonl with the rules of BEFORE[SET]")
    ap.add_argument("--dump", metavar="DIR", default=None, help="write each set's records per extractor there")
    args = ap.parse_args(argv)
    if args.make_before:
        print(f"written: {make_before(args.make_before)}")
        return 0
    rest = ["--policy", args.policy] if args.policy else []
    if args.leave_out_all:
        print("\n".join(honest_runs({n: (c, ["--leave-out", n, *rest]) for n, c in BEFORE.items()}, args.repeat)))
        return 0
    if args.unseen:
        runs = {}
        for name, commit in UNSEEN.items():
            where = ["--sets", "challenge2", "--ids", name.split()[1]] if name.startswith("challenge2 ") \
                else ["--sets", name]
            runs[name] = (commit, ["--retrain", *where, *rest])
        print("\n".join(honest_runs(runs, args.repeat)))
        return 0
    if args.rules_at or args.model_at:
        if args.tune or args.ablation:
            ap.error("--rules-at and --model-at only score: no --tune or --ablation")
        rest = list(sys.argv[1:] if argv is None else argv)
        for opt in ("--rules-at", "--model-at"):
            i = rest.index(opt) if opt in rest else None
            rest = rest[:i] + rest[i + 2:] if i is not None else [a for a in rest if not a.startswith(opt + "=")]
        return rules_at(args.rules_at or "HEAD", rest, args.model_at)
    from extractor.ner.corpus import challenge_articles, challenge_gold, dev_part, seed_articles, set_articles, set_gold

    wanted = [x.strip() for x in args.sets.split(",") if x.strip()]
    unknown = [x for x in wanted if x not in SETS]
    if unknown:
        ap.error(f"--sets: unknown set(s) {', '.join(unknown)} (choose among {', '.join(SETS)})")
    if args.ablation:
        keys = [v.strip() for v in args.variants.split(",")] if args.variants else None
        print("\n".join(cv_ablation(seed=args.seed, splits=max(1, args.splits), keys=keys)) + "\n")
    if args.tune:
        lines, best = cross_validate(seed=args.seed, keep_today=not args.free, without=args.without)
        print("\n".join(lines))
        if args.without:
            print(f"policy chosen without {args.without}: {vars(best)} (not written)\n")
        else:
            (ROOT / "models" / "ner_policy.json").write_text(json.dumps(vars(best)) + "\n", encoding="utf-8")
            print(f"policy written: {vars(best)}  (retrain with `extractor train` to ship it)\n")
    policy = Policy.from_dict(json.loads(args.policy)) if args.policy else None
    if args.leave_out:
        from extractor.ner.corpus import set_articles, set_gold
        model = train_without(args.leave_out, seed=args.seed, policy=policy)
        print("\n".join(ablation({args.leave_out: set_articles(args.leave_out)}, {args.leave_out: set_gold(args.leave_out)},
                                 args.repeat, model=model, dump=Path(args.dump) if args.dump else None)))
        return 0
    base_gold = goldsets.read_records(goldsets.GOLD / "seeds.jsonl") + goldsets.dev_gold()
    loaders = {"seeds": seed_articles, "held-out": lambda: dev_part("heldout"),
               "develop": lambda: dev_part("develop"), "challenge": challenge_articles}
    sets, gold = {}, {}
    for name in wanted:
        if name in SCORED_ONLY:   # never trained on
            path = ROOT / "gold" / name / "articles.jsonl"
            sets[name], gold[name] = challenge_articles(path), challenge_gold(path)
        elif name in SETS[5:]:    # training sets: training-set figures
            sets[name], gold[name] = set_articles(name), set_gold(name)
        elif name in loaders:
            sets[name] = loaders[name]()
            gold[name] = challenge_gold() if name == "challenge" else base_gold
            if not sets[name] and name in ("held-out", "develop"):
                print(f"note: ../shared or gold/dev_split.json absent: no {name} part")
        elif not CHALLENGE2.is_file():
            print(f"note: {CHALLENGE2.relative_to(ROOT)} absent: not scored")
        else:     # ids may repeat those of gold/challenge: each set is scored on its own gold
            arts, g2 = challenge_articles(CHALLENGE2), challenge_gold(CHALLENGE2)
            for spec in args.ids or CHALLENGE2_HALVES:
                inside = id_range(spec)
                sets[f"challenge2 {spec}"] = [a for a in arts if inside(a.id)]
                gold[f"challenge2 {spec}"] = g2
    model = train_without(None, seed=args.seed, policy=policy) if args.retrain else None
    print("\n".join(ablation(sets, gold, args.repeat, model=model, dump=Path(args.dump) if args.dump else None)))
    if args.orgs:
        from extractor import resolve
        patched, original = orgs_variant()
        resolve.region_of = patched
        try:
            sets["develop"] = dev_part("develop")
            gold["develop"] = base_gold
            print("\nregion_of with reporting_orgs (underthesea NER) first:")
            print("\n".join(ablation(sets, gold, 1, extra=None)))
        finally:
            resolve.region_of = original
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
