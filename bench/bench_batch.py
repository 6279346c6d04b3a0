"""Batch throughput and memory of `extractor extract` on rendered news pages, 1 vs 2 workers.

Builds N HTML pages (bench/build_archive.py), then runs the real command as
a subprocess on them (and on the same pages as WARC archives) and reports
articles/s, the 1 -> 2 worker scaling ratio, and the peak memory of the
whole process tree (RSS summed over the command and its workers, sampled
every 50 ms; PSS too, which counts pages shared after fork once).  Figures
are printed, never asserted: they depend on the machine.

    python bench/bench_batch.py --n 2000     # 200 and 2,000 pages
    python bench/bench_batch.py --small      # CI smoke run (40 pages)
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from build_archive import build, distinct_articles  # noqa: E402


def tree_memory(proc) -> tuple[float, float]:
    """(RSS, PSS) in MB of a process and all its children, now."""
    import psutil

    rss = pss = 0
    try:
        procs = [proc] + proc.children(recursive=True)
    except psutil.Error:
        return 0.0, 0.0
    for p in procs:
        try:
            info = p.memory_full_info()
            rss += info.rss
            pss += getattr(info, "pss", info.rss)
        except psutil.Error:
            continue
    return rss / 2**20, pss / 2**20


def run(inputs: list[Path], workers: int, out: Path, engine: str = "local", extra: tuple[str, ...] = ()) -> dict:
    """Wall seconds, articles/s and peak tree memory of one `extractor extract` run."""
    import psutil

    cmd = [sys.executable, "-m", "extractor", "extract", *map(str, inputs), "-o", str(out), "--extractors", "rules",
           "--workers", str(workers), "--engine", engine, *extra]
    t0 = time.perf_counter()
    child = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    proc = psutil.Process(child.pid)
    peak_rss = peak_pss = 0.0
    while child.poll() is None:
        rss, pss = tree_memory(proc)
        peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
        time.sleep(0.05)
    secs = time.perf_counter() - t0
    err = child.stderr.read()
    summary = err.strip().splitlines()[-1] if err.strip() else ""
    if child.returncode not in (0, 1):
        raise SystemExit(f"extract failed ({child.returncode}): {summary}")
    n = int(summary.split(": ", 1)[1].split(" ")[0]) if " read" in summary else 0
    return {"secs": secs, "articles": n, "rate": n / secs, "rss": peak_rss, "pss": peak_pss}


def _ner_pages(pages: list[Path]) -> int:
    """The baseline's work: underthesea `ner` over every sentence of each page's text."""
    from underthesea import ner

    from extractor.readers import Pending, load
    from extractor.segment import segment

    for p in pages:
        art = load(Pending(source=str(p), doc_id=p.stem, kind="html", path=str(p)))
        for s in segment(getattr(art, "text", "") or ""):
            ner(s.text)
    return len(pages)


def baseline(html_dir: Path, n: int, workers: int) -> dict:
    """articles/s and peak RSS of the underthesea-NER baseline on the first n pages, in 1 or 2 processes."""
    import resource
    from concurrent.futures import ProcessPoolExecutor

    pages = sorted(html_dir.glob("*.html"))[:n]
    from underthesea import ner
    ner("Khởi động mô hình.")            # load the model before the clock starts (forked workers share it)
    t0 = time.perf_counter()
    if workers == 1:
        _ner_pages(pages)
    else:
        with ProcessPoolExecutor(workers) as pool:
            list(pool.map(_ner_pages, [pages[i::workers] for i in range(workers)]))
    secs = time.perf_counter() - t0
    peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    return {"secs": secs, "articles": len(pages), "rate": len(pages) / secs, "rss": peak / 1024, "pss": float("nan")}


def line(label: str, r: dict, start: dict | None = None) -> str:
    """One run's figures; with the start-up run, also the rate once started (what a long archive sees)."""
    text = (f"{label:<28} {r['articles']:>6} articles {r['secs']:7.2f} s {r['rate']:8.1f} articles/s   "
            f"peak RSS {r['rss']:6.0f} MB  PSS {r['pss']:6.0f} MB")
    # only where the start-up is a small part of the run: else the difference is mostly noise
    if start is not None and r["secs"] > 3 * start["secs"] and r["articles"] > start["articles"]:
        text += f"   after start-up {steady_rate(r, start):8.1f} articles/s"
    return text


def steady_rate(r: dict, start: dict) -> float:
    """articles/s once started: the run less the start-up run (the same command on one page).

    A researcher's archive of 200,000 pages pays the start-up (Python, the
    patterns compiled, the language model read) once; a 2,000-page run pays
    it on every page's share, so both rates are printed.
    """
    return (r["articles"] - start["articles"]) / (r["secs"] - start["secs"])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000, help="largest batch (a tenth of it is measured too)")
    ap.add_argument("--small", action="store_true", help="quick CI pass: 40 pages")
    ap.add_argument("--dask", action="store_true", help="also time --engine dask with 2 local workers")
    ap.add_argument("--no-repair", action="store_true",
                    help="also time 1 worker with --no-repair (the rules path without text repair)")
    ap.add_argument("--distinct", action="store_true",
                    help="also time 1 worker on every distinct article once (unseen text: the repair memo is cold)")
    ap.add_argument("--baseline", type=int, default=60, metavar="N",
                    help="pages for the underthesea-NER baseline, in this process (0: skip; default %(default)s)")
    args = ap.parse_args()
    if args.small:
        args.baseline = min(args.baseline, 8)
    sizes = [40] if args.small else sorted({max(1, args.n // 10), args.n})
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        for n in sizes:
            html_dir, warc_dir = build(n, base / f"a{n}", per_warc=max(1, n // 4))
            print(f"--- {n} pages ---")
            start = run([next(html_dir.glob("*.html"))], 1, base / "o_start.jsonl")
            print(line("start-up (1 page, 1 worker)", start))
            one = run([html_dir], 1, base / "o1.jsonl")
            two = run([html_dir], 2, base / "o2.jsonl")
            print(line("html, 1 worker", one, start))
            if args.no_repair:
                start0 = run([next(html_dir.glob("*.html"))], 1, base / "o_start0.jsonl", extra=("--no-repair",))
                bare = run([html_dir], 1, base / "o0.jsonl", extra=("--no-repair",))
                print(line("html, 1 worker, no repair", bare, start0))
                print(f"{'repair costs':<28} x{bare['rate'] / one['rate']:.2f} of the no-repair rate")
            print(line("html, 2 workers", two, start))
            if n == sizes[-1] and args.baseline:
                b1 = baseline(html_dir, args.baseline, 1)
                b2 = baseline(html_dir, args.baseline, 2)
                print(line("baseline: underthesea ner", b1))
                print(line("baseline, 2 processes", b2))
                print(f"{'ratio to the baseline':<28} x{one['rate'] / b1['rate']:.1f} (1 worker)   "
                      f"x{two['rate'] / b2['rate']:.1f} (2 workers)   baseline scaling x{b2['rate'] / b1['rate']:.2f}")
            same = (base / "o1.jsonl").read_bytes() == (base / "o2.jsonl").read_bytes()
            print(f"{'scaling 1 -> 2 workers':<28} x{two['rate'] / one['rate']:.2f}   identical output: {same}")
            print(line("warc, 2 workers", run([warc_dir], 2, base / "o3.jsonl")))
            if args.dask:
                print(line("html, dask 2 workers", run([html_dir], 2, base / "o4.jsonl", engine="dask")))
        if args.distinct:
            arts = distinct_articles()
            html_dir, _ = build(len(arts), base / "distinct", per_warc=len(arts), arts=arts)
            print(f"--- {len(arts)} distinct articles, each once ---")
            one = run([html_dir], 1, base / "d1.jsonl")
            print(line("html, 1 worker", one))
            bare = run([html_dir], 1, base / "d0.jsonl", extra=("--no-repair",))
            print(line("html, 1 worker, no repair", bare))
    return 0


if __name__ == "__main__":
    sys.exit(main())
