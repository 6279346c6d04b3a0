"""Every indicator file's examples are tests (Duckling-style corpus).

A positive example must give exactly the listed values for its indicator;
a negative example must give none for it.  Adding a cue phrase to
patterns/indicators/ means adding its examples, and they run here.
"""

from pathlib import Path

import pytest
import yaml

from extractor.article import Article
from extractor.pipeline import extract_article, load_resources
from extractor.record import clean_value
from extractor.rules import load_rules

INDICATORS = Path(__file__).resolve().parents[1] / "patterns" / "indicators"
CODES = [line.split("\t")[0] for line in
         (Path(__file__).resolve().parents[1] / "patterns" / "indicators.tsv").read_text(encoding="utf-8").splitlines()[1:]
         if line.strip()]


def _cases(kind):
    for path in sorted(INDICATORS.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for i, ex in enumerate((data.get("examples") or {}).get(kind, [])):
            yield pytest.param(data["code"], ex, id=f"{data['code']}-{kind}-{i}")


@pytest.fixture(scope="module")
def res():
    return load_resources()


def _values(code, text, res):
    recs = extract_article(Article(id="ex", text=text), res)
    return sorted(clean_value(r.value) for r in recs if r.indicator == code and r.unit != "percent")


@pytest.mark.parametrize("code,example", list(_cases("positive")))
def test_positive_example(code, example, res):
    assert _values(code, example["text"], res) == sorted(example["expect"])


@pytest.mark.parametrize("code,example", list(_cases("negative")))
def test_negative_example(code, example, res):
    assert _values(code, example["text"], res) == []


def test_every_indicator_code_has_a_pattern_file_with_examples():
    rules = load_rules()
    codes = {ind.code for ind in rules.indicators}
    assert codes == set(CODES)
    for ind in rules.indicators:
        assert ind.examples.get("positive") and ind.examples.get("negative"), ind.code


def test_pattern_files_read_the_same_with_the_fast_yaml_parser():
    """extractor.yamlio uses libyaml's parser when PyYAML has it: it must give the data safe_load gives."""
    from pathlib import Path

    import yaml

    from extractor.yamlio import load_yaml

    files = sorted((Path(__file__).resolve().parents[1] / "patterns").rglob("*.yaml"))
    assert len(files) > 20
    for f in files:
        assert load_yaml(f) == yaml.safe_load(f.read_text(encoding="utf-8")), f.name
