"""`extractor train` smoke test: tiny data, two epochs, a temporary folder (CI never trains the shipped model)."""

import filecmp

from extractor.cli import main
from extractor.ner import load
from extractor.pipeline import load_resources
from extractor.segment import segment
from extractor.numbers import find_numbers


def _same_tree(a, b) -> bool:
    cmp = filecmp.dircmp(a, b)
    if cmp.left_only or cmp.right_only or cmp.diff_files or cmp.funny_files:
        return False
    return all(_same_tree(a / d, b / d) for d in cmp.common_dirs)


def test_train_smoke_is_reproducible_and_loadable(tmp_path, capsys):
    args = ["train", "--limit", "60", "--iterations", "2", "--seed", "7"]
    assert main(args + ["--out", str(tmp_path / "a")]) == 0
    assert main(args + ["--out", str(tmp_path / "b")]) == 0
    assert "model written" in capsys.readouterr().out
    assert _same_tree(tmp_path / "a", tmp_path / "b")
    model = load(str(tmp_path / "a"))
    res = load_resources()
    sent = segment("Năm 2024, toàn tỉnh kết nạp mới 415 đoàn viên.")[0]
    mentions = model.mentions(sent, find_numbers(sent.text, res.numbers), res.rules)
    assert all(m.method == "ner" and 0.0 <= m.score <= 1.0 for m in mentions)


def test_train_rejects_bad_options(capsys):
    assert main(["train", "--iterations", "0"]) != 0
    err = capsys.readouterr().err
    assert "--iterations" in err and "Traceback" not in err


def test_shipped_model_is_small():
    from extractor.ner.model import MODEL_DIR
    size = sum(p.stat().st_size for p in MODEL_DIR.rglob("*") if p.is_file())
    assert 0 < size < 5_000_000
