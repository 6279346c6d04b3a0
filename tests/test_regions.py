"""Regions: organisations, places, national bodies, the 2025 successors, sites."""

from pathlib import Path

import pytest
import yaml

from extractor.regions import canonical_province, find_regions, fold, load_gazetteer, province_of_url, to_2025

ORGS = yaml.safe_load((Path(__file__).resolve().parents[1] / "patterns" / "orgs.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("ex", ORGS["examples"], ids=lambda e: e["text"][:40])
def test_orgs_yaml_examples(ex):
    assert [[r.kind, r.province] for r in find_regions(ex["text"])] == ex["expect"]


def test_63_provinces_map_to_34_units():
    gz = load_gazetteer()
    assert len(gz.successor) == 63
    assert len(set(gz.successor.values())) == 34


@pytest.mark.parametrize("old,new", [("Kiên Giang", "An Giang"), ("Thái Bình", "Hưng Yên"), ("Bình Dương", "Hồ Chí Minh"),
                                     ("Hòa Bình", "Phú Thọ"), ("Quảng Bình", "Quảng Trị"), ("Hà Nội", "Hà Nội"),
                                     ("Thừa Thiên Huế", "Huế"), ("Việt Nam", "Việt Nam")])
def test_successors(old, new):
    assert to_2025(old) == new


def test_aliases_and_folding():
    assert canonical_province("TP.HCM") == canonical_province("thành phố Hồ Chí Minh") == "Hồ Chí Minh"
    assert canonical_province("Dak Lak") == "Đắk Lắk"
    assert canonical_province("Atlantis") is None
    assert fold("Tỉnh Kiên Giang") == "kien giang"


def test_site_province():
    assert province_of_url("https://beta.baoquangbinh.vn/xa-hoi/1.htm") == "Quảng Bình"
    # the paper's older address (regression: its pages had no province)
    assert province_of_url("http://www.baodienbienphu.info.vn/tin-tuc/xa-hoi/141265/x") == "Điện Biên"
    assert province_of_url("https://nld.com.vn/cong-doan/x.htm") is None
    assert province_of_url(None) is None


def test_offsets_and_org_text_for_scope():
    text = "Theo đó, Công đoàn các khu công nghiệp tỉnh Tiền Giang có tổng cộng 45 công đoàn cơ sở."
    (r,) = find_regions(text)
    assert text[r.start:r.end] == r.text and r.kind == "org" and r.province == "Tiền Giang"
    assert r.org.startswith("Công đoàn các khu công nghiệp")


def test_city_paper_home_is_only_for_unnamed_local_bodies():
    from extractor.regions import home_of_url, names_unnamed_local, province_of_url

    url = "https://nld.com.vn/cong-doan/cham-lo-tet-2020010419083587.htm"
    assert province_of_url(url) is None            # a national-reach paper gives no default province
    assert home_of_url(url) == "Hồ Chí Minh"
    assert home_of_url("https://baothaibinh.com.vn/tin-tuc/1") is None
    assert names_unnamed_local("Ngoài ra, LĐLĐ quận còn vận động 9 doanh nghiệp tặng vé xe.")
    assert not names_unnamed_local("LĐLĐ quận Bình Tân vận động 9 doanh nghiệp tặng vé xe.")


def test_unnamed_district_union_on_a_city_paper_takes_its_city():
    from extractor.article import Article
    from extractor.pipeline import extract_article, load_resources

    text = ("Tổng kinh phí chăm lo Tết gần 1,2 tỉ đồng. Ngoài ra, LĐLĐ quận còn vận động được "
            "5 doanh nghiệp tặng vé xe cho 640 công nhân về quê đón Tết.")
    res = load_resources()
    nld = extract_article(Article(id="a", text=text, url="https://nld.com.vn/cong-doan/tet-1.htm"), res)
    other = extract_article(Article(id="b", text=text, url="https://laodong.vn/cong-doan/tet-1.ldo"), res)
    assert {r.region for r in nld} == {"Hồ Chí Minh"}
    assert {r.region for r in other} == {None}


def test_district_unions_give_their_province_unless_the_name_is_shared():
    from extractor.regions import find_regions

    assert [(r.kind, r.province) for r in find_regions("LĐLĐ huyện Yên Thành tổng kết năm 2023")] == [
        ("org", "Nghệ An")]
    assert [(r.kind, r.province) for r in find_regions("tại doanh nghiệp ở TP Thủ Đức")] == [
        ("place", "Hồ Chí Minh")]
    assert find_regions("Công đoàn huyện Châu Thành") == []        # a district name in ten provinces
    assert find_regions("Công đoàn Yên Thành") == []                # a district needs its "huyện"


def test_source_site_named_in_the_sapo():
    from extractor.regions import province_of_source_text

    assert province_of_source_text("Tổng kết năm\n(Baonghean.vn) - Sáng 12/1, LĐLĐ huyện") == "Nghệ An"
    assert province_of_source_text("(NLĐO) - Theo nld.com.vn, LĐLĐ TP") is None


HOSTS = yaml.safe_load((Path(__file__).resolve().parents[1] / "patterns" / "hosts.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("ex", HOSTS["examples"], ids=lambda ex: ex["url"])
def test_hosts_yaml_examples(ex):
    assert province_of_url(ex["url"]) == ex["expect"]


def test_named_lists_match_exactly_like_the_longest_first_alternation():
    """The gazetteer pattern uses regex named lists for speed; on real lines it must give the
    spans and groups the plain alternation of the same names gives."""
    from pathlib import Path

    from extractor.regions import gazetteer_pattern
    from extractor.yamlio import load_yaml

    root = Path(__file__).resolve().parents[1]
    gz = load_gazetteer()
    org = load_yaml(root / "patterns" / "orgs.yaml")
    place = sorted(set(gz.names) | set(gz.cities))
    bare = sorted(n for n in gz.names if n not in org["need_prefix"])
    fast = gazetteer_pattern(org, place, place, bare)
    slow = gazetteer_pattern(org, place, place, bare, named_lists=False)
    lines = [ln for p in sorted((root / "corpus").glob("*.txt")) for ln in p.read_text(encoding="utf-8").splitlines()]
    lines += ["LĐLĐ huyện Hà Trung và Công đoàn các KCN tỉnh Hà Nam, TP. Hồ Chí Minh, Hà Nội; cả nước"]
    hits = 0
    for line in lines:
        a = [(m.span(), m.groupdict()) for m in slow.finditer(line)]
        assert [(m.span(), m.groupdict()) for m in fast.finditer(line)] == a, line[:80]
        hits += len(a)
    assert hits > 20


@pytest.mark.parametrize("text,hit", [(t, True) for t in ORGS["unnamed_province_examples"]["match"]]
                         + [(t, False) for t in ORGS["unnamed_province_examples"]["no_match"]],
                         ids=lambda x: str(x)[:40])
def test_unnamed_province_examples(text, hit):
    """orgs.yaml unnamed_province: the province's body or the whole province, its name unsaid."""
    assert bool(load_gazetteer().unnamed_province.search(text)) is hit


def test_the_country_named_before_a_figure_beats_a_province_named_after_it():
    from datetime import date

    from extractor.article import Article
    from extractor.pipeline import extract_article, load_resources

    res = load_resources()
    text = ("Hiện toàn tỉnh Quảng Ninh có 98.760 nữ đoàn viên công đoàn. "
            "Cả nước hiện có hơn 5 triệu nữ đoàn viên, Quảng Ninh là một trong những địa phương có tỷ lệ cao.\n"
            "Cũng trong dịp này, Công đoàn Công Thương Việt Nam trao 200 suất quà cho công nhân tại Thái Nguyên.\n")
    got = {r.value: r.region for r in extract_article(Article(id="t", text=text, published=date(2024, 10, 18)), res)}
    assert got[98760] == "Quảng Ninh" and got[5000000] == "Việt Nam"
    assert got[200] == "Thái Nguyên"      # a national body acting in one province: that province
