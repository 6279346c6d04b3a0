"""Extraction throughput and memory, next to a baseline in the same process.

Baseline: underthesea's `ner` over every sentence of the same articles (what
a naive "run NER on everything" pipeline would cost).  Ours: the whole
`extract_article` (repair, segmentation, rules, resolution).  Figures are
printed as absolute values AND as ratios to the baseline, because absolute
speeds vary between machines while ratios measured in one run do not.

    python bench/bench_extract.py            # a few hundred articles
    python bench/bench_extract.py --small    # CI: a quick pass
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.article import Article, parse_date  # noqa: E402
from extractor.pipeline import extract_article, load_resources  # noqa: E402
from extractor.segment import segment  # noqa: E402


def load_articles() -> list[Article]:
    """Corpus seeds plus the shared dev articles when they are beside the project."""
    arts = [Article(id=p.stem, text=p.read_text(encoding="utf-8")) for p in sorted((ROOT / "corpus").glob("*.txt"))]
    dev = ROOT.parent / "shared" / "dev" / "articles.jsonl"
    if dev.exists():
        for line in dev.read_text(encoding="utf-8").splitlines():
            a = json.loads(line)
            arts.append(Article(id=a["id"], text=a["text"], url=a.get("url"), published=parse_date(a.get("published"))))
    return arts


def measure(fn, items) -> tuple[float, float]:
    """(seconds, peak traced MB) of fn over items: timed without tracing, then traced once."""
    t0 = time.perf_counter()
    for it in items:
        fn(it)
    secs = time.perf_counter() - t0
    tracemalloc.start()
    for it in items[: max(1, len(items) // 5)]:
        fn(it)
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return secs, peak


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=300, help="articles to process (the set is repeated)")
    ap.add_argument("--small", action="store_true", help="quick pass for CI (30 articles, 10 for the baseline)")
    args = ap.parse_args()
    base = load_articles()
    if not base:
        print("no articles found", file=sys.stderr)
        return 2
    n = 30 if args.small else args.n
    items = [base[i % len(base)] for i in range(n)]
    n_base = 10 if args.small else min(n, 60)
    res = load_resources()
    extract_article(items[0], res)  # warm caches outside the timing
    n_sent = sum(len(segment(a.text)) for a in items)

    ours_s, ours_mb = measure(lambda a: extract_article(a, res), items)

    from underthesea import ner
    base_items = items[:n_base]
    ner("Khởi động mô hình.")
    sents = [[s.text for s in segment(a.text)] for a in base_items]
    base_s, base_mb = measure(lambda ss: [ner(s) for s in ss], sents)

    ours_aps, base_aps = n / ours_s, n_base / base_s
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles: {n} ({len(base)} distinct), sentences: {n_sent}")
    print(f"extract_article : {ours_aps:8.1f} articles/s  {n_sent / ours_s:9.1f} sentences/s  peak traced {ours_mb:6.1f} MB")
    print(f"underthesea ner : {base_aps:8.1f} articles/s  (over every sentence of {n_base} articles)  peak traced {base_mb:6.1f} MB")
    print(f"ratio           : {ours_aps / base_aps:8.1f}x faster than the NER baseline")
    print(f"process peak RSS: {rss:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
