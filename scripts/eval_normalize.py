"""Measure the normalizer (issue 4): real seed damage, synthetic damage, extraction, speed.

    .venv/bin/python scripts/eval_normalize.py [--share 0.1] [--seed 1] [--dev]

Prints: every word correction made on the seeds (and whether the issue's
listed errors are fixed); precision / recall / clean-words-changed on held-out
VLSP sentences damaged synthetically (these sentences are not in the LM);
core F1 of the extractor on clean, damaged and damaged+repaired seeds; and
characters per second of repair next to a plain NFC pass.
"""

from __future__ import annotations

import argparse
import sys
import time
import unicodedata
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.normalize import load_model, repair  # noqa: E402
from extractor.normalize.repair import normalize_unicode  # noqa: E402
from extractor.normalize.corpus import split_vlsp  # noqa: E402
from extractor.normalize.damage import damage_text  # noqa: E402

SHARED = ROOT.parent / "shared"
FORMAT = {"quote", "space", "zero-width", "nfc"}
# The damage the issue lists, as (seed prefix, damaged, repaired).
LISTED = [("003", a, b) for a, b in [
    ("Kêt nạp", "Kết nạp"), ("bôi dưỡng", "bồi dưỡng"), ("doah nghiệp", "doanh nghiệp"), ("khư vực", "khu vực"),
    ("họp tác", "hợp tác"), ("Ký mói", "Ký mới"), ("thỏa ưóc", "thỏa ước"), ("cao hon 15.000 đông", "cao hơn 15.000 đồng"),
    ("doanh nghiẹp", "doanh nghiệp"), ("chấp bành", "chấp hành"), ("bảo hiểm xa hội", "bảo hiểm xã hội"),
    ("an toan", "an toàn"), ("ỉao động", "lao động"), ("ngươi lao động", "người lao động"), ("lao đông", "lao động"),
    ("Phối họp", "Phối hợp"), ("đoàn viện", "đoàn viên")]] + [("002", "chỉ tiểu", "chỉ tiêu")]


def seeds() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted((SHARED / "seeds").glob("*.txt"))}


def real_damage() -> None:
    texts = seeds()
    if not texts:
        print("seeds: ../shared/seeds not found, skipped")
        return
    print("== Real damage (seeds)")
    fixed = 0
    for prefix, bad, good in LISTED:
        text = next(t for k, t in texts.items() if k.startswith(prefix))
        rep = repair(text).text
        ok = bad in text and bad not in rep and good in rep
        fixed += ok
        if not ok:
            print(f"  NOT FIXED {prefix}: {bad!r} -> expected {good!r}")
    print(f"  listed errors fixed: {fixed}/{len(LISTED)}")
    for name, text in texts.items():
        rep = repair(text)
        words = [c for c in rep.corrections if not set(c.reason.split("+")) <= FORMAT]
        fmt = len(rep.corrections) - len(words)
        print(f"  {name}: {len(words)} word corrections, {fmt} character/format changes (quotes, spaces, NFC)")
        for c in words:
            ctx = text[max(0, c.start - 20):c.start].replace("\n", " ")
            print(f"    {c.start:>6}  …{ctx}[{c.original} -> {c.replacement}]  ({c.reason})")


def _words(text: str) -> list[str]:
    return text.split()


def synthetic(share: float, seed: int, model=None, dev: bool = False) -> None:
    _, held = split_vlsp(dev=dev)
    if not held:
        print("synthetic: underthesea's VLSP sentences not found, skipped")
        return
    held = [normalize_unicode(s).text for s in held]  # the clean reference is in canonical spelling
    changes = right = damaged_n = restored = clean_n = clean_changed = 0
    kinds: dict[str, list[int]] = {}
    for i, sent in enumerate(held):
        bad, log = damage_text(sent, share, seed + i)
        rep = repair(bad, model).text
        cw, bw, rw = _words(sent), _words(bad), _words(rep)
        if not (len(cw) == len(bw) == len(rw)):
            continue
        damaged_pos = {len(bad[:off].split()) for off, *_ in log}
        kind_at = {len(bad[:off].split()): k for off, _, _, k in log}
        for j, (c, b, r) in enumerate(zip(cw, bw, rw)):
            if j in damaged_pos:
                damaged_n += 1
                restored += r == c
                kinds.setdefault(kind_at[j], [0, 0])[0] += 1
                kinds[kind_at[j]][1] += r == c
            else:
                clean_n += 1
                clean_changed += r != b
            if r != b:
                changes += 1
                right += r == c
    print(f"== Synthetic damage: {len(held)} {'dev-fold' if dev else 'held-out'} VLSP sentences, {share:.0%} of words damaged")
    print(f"  precision {right / max(changes, 1):.3f} ({right}/{changes} changes right)")
    print(f"  recall    {restored / max(damaged_n, 1):.3f} ({restored}/{damaged_n} damaged words restored)")
    print(f"  clean words changed {clean_changed / max(clean_n, 1):.4%} ({clean_changed}/{clean_n})")
    for k, (n, ok) in sorted(kinds.items()):
        print(f"    {k:<12} recall {ok / n:.3f} ({ok}/{n})")
    untouched = sum(repair(s, model).text != s for s in held)
    print(f"  undamaged sentences changed: {untouched}/{len(held)}")


def extraction(share: float, seed: int) -> None:
    try:
        from extractor.goldsets import read_records
        from extractor.pipeline import extract_article, load_resources
        from extractor.readers import iter_inputs
        from extractor.score import score
    except ImportError as exc:
        print(f"extraction: skipped ({exc})")
        return
    gold_path = ROOT / "gold" / "seeds.jsonl"
    if not gold_path.exists() or not (SHARED / "seeds").exists():
        print("extraction: gold/seeds.jsonl or ../shared/seeds missing, skipped")
        return
    gold = read_records(gold_path)
    arts = [a for a in iter_inputs([str(SHARED / "seeds")]) if hasattr(a, "text")]
    res = load_resources()
    damaged = [replace(a, text=damage_text(a.text, share, seed + i)[0]) for i, a in enumerate(arts)]

    def f1(articles, repair_on):
        pred = [r for a in articles for r in extract_article(a, res, repair=repair_on)]
        return score(gold, pred).prf()[2]

    print(f"== Extraction on seeds (core F1), damage {share:.0%} of words")
    print(f"  clean text, repair on   {f1(arts, True):.3f}")
    print(f"  clean text, no repair   {f1(arts, False):.3f}")
    print(f"  damaged, no repair      {f1(damaged, False):.3f}")
    print(f"  damaged, repaired       {f1(damaged, True):.3f}")


def strip_marks(text: str) -> str:
    """Text with every Vietnamese mark removed, case kept ('Đoàn' -> 'Doan')."""
    s = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(ch for ch in s if not unicodedata.combining(ch)))


def bare() -> None:
    """Whole sentences written without marks: word accuracy of restore.py on the held-out VLSP
    sentences, and extraction F1 on the seeds with every mark stripped."""
    _, held = split_vlsp()
    if held:
        right = marked = total = 0
        for sent in held:
            got = _words(repair(strip_marks(sent)).text)
            want = _words(unicodedata.normalize("NFC", sent))
            if len(got) != len(want):
                continue
            for g, w in zip(got, want):
                total += 1
                right += g == w
                marked += w != strip_marks(w)
        print(f"== Bare sentences: {len(held)} held-out VLSP sentences with every mark stripped")
        print(f"  words right after restoring {right / max(total, 1):.3f} ({right}/{total}; "
              f"{marked} of them had marks)")
    try:
        from extractor.goldsets import read_records
        from extractor.pipeline import extract_article, load_resources
        from extractor.readers import iter_inputs
        from extractor.score import score
    except ImportError:
        return
    gold_path = ROOT / "gold" / "seeds.jsonl"
    if gold_path.exists() and (SHARED / "seeds").exists():
        gold = read_records(gold_path)
        arts = [replace(a, text=strip_marks(a.text)) for a in iter_inputs([str(SHARED / "seeds")]) if hasattr(a, "text")]
        res = load_resources()
        for on in (False, True):
            pred = [r for a in arts for r in extract_article(a, res, repair=on)]
            print(f"  seeds without any mark, repair {'on ' if on else 'off'}: core F1 {score(gold, pred).prf()[2]:.3f}")


def speed() -> None:
    texts = list(seeds().values())
    dev = SHARED / "dev" / "articles.jsonl"
    if dev.exists():
        import json
        texts += [json.loads(line)["text"] for line in dev.read_text(encoding="utf-8").splitlines() if line.strip()]
    _, held = split_vlsp()
    texts += held
    n = sum(map(len, texts))
    load_model()
    t0 = time.perf_counter()
    for t in texts:
        unicodedata.normalize("NFC", t)
    t1 = time.perf_counter()
    for t in texts:
        repair(t)
    t2 = time.perf_counter()
    print(f"== Speed on {n} characters: repair {n / (t2 - t1):,.0f} chars/s; plain NFC {n / max(t1 - t0, 1e-9):,.0f} chars/s")


def main() -> int:
    ap = argparse.ArgumentParser(description="measure the normalizer")
    ap.add_argument("--share", type=float, default=0.1, help="share of words damaged (default 0.1)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--skip", action="append", default=[], choices=("real", "synthetic", "extraction", "bare", "speed"))
    ap.add_argument("--dev", action="store_true",
                    help="tuning run: synthetic benchmark only, on the dev tenth, with the LM from build_lm.py --dev")
    ap.add_argument("--lm", default=None, help="LM file for --dev (default /tmp/syllable_lm_dev.tsv.gz)")
    args = ap.parse_args()
    if args.dev:
        model = load_model(args.lm or "/tmp/syllable_lm_dev.tsv.gz")
        for seed in (args.seed, args.seed + 1000, args.seed + 2000):
            synthetic(args.share, seed, model, dev=True)
        return 0
    t0 = time.perf_counter()
    load_model()
    print(f"model loaded in {time.perf_counter() - t0:.2f} s")
    if "real" not in args.skip:
        real_damage()
    if "synthetic" not in args.skip:
        synthetic(args.share, args.seed)
    if "extraction" not in args.skip:
        extraction(args.share, args.seed)
    if "bare" not in args.skip:
        bare()
    if "speed" not in args.skip:
        speed()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
