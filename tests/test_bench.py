"""The benchmarks run small in CI: they must work and print their figures (no timing is asserted)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str) -> str:
    done = subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_extraction_benchmark_prints_its_ratio_to_the_ner_baseline():
    out = _run("bench/bench_extract.py", "--small")
    assert "extract_article :" in out and "underthesea ner :" in out
    assert "faster than the NER baseline" in out


def test_batch_benchmark_gives_the_same_records_on_one_and_two_workers():
    out = _run("bench/bench_batch.py", "--small", "--baseline", "2")
    assert "html, 1 worker" in out and "html, 2 workers" in out and "warc, 2 workers" in out
    assert "identical output: True" in out
    assert "ratio to the baseline" in out
    assert "start-up (1 page, 1 worker)" in out   # (the rate after it only on runs long enough to tell)


def test_rate_after_start_up_takes_the_start_up_run_away():
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from bench_batch import steady_rate

    assert steady_rate({"articles": 2000, "secs": 12.0}, {"articles": 1, "secs": 2.0}) == 1999 / 10.0
