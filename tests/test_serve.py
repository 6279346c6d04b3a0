"""`extractor serve`: JSON endpoints, the article view, and the page in a real
headless browser (Debian's chromium; those tests skip when it is absent).

The screenshot test lays an article out in a monospace <pre> with a known
line height and checks that the highlight colour sits on the lines and
columns where the figures are.
"""

from __future__ import annotations

import json
import shutil
import struct
import subprocess
import sys
import threading
import types
import urllib.error
import urllib.parse
import urllib.request
import zlib
from pathlib import Path

import pytest

from extractor.article import Article
from extractor.record import Evidence, Record
from extractor.serve import make_server
from extractor.serve.render import segments
from extractor.store import Store

KG = ("Nhiệm kỳ 2018-2023, Công đoàn các cấp phát triển 30.068 đoàn viên mới, đạt 214,77% chỉ tiêu "
      "nghị quyết, nâng tổng số đoàn viên toàn tỉnh hiện có là 71.596.")
# Real sentences of seed 002, cut into short lines for a predictable layout.
TB_LINES = ["LĐLĐ tỉnh Thái Bình", "Trong 6 tháng đầu năm, đã thành lập mới 22 công đoàn cơ sở,",
            "kết nạp mới hơn 7.000 đoàn viên."]
TB = "\n".join(TB_LINES)
KG_TERM = dict(region="Kiên Giang", period_start="2018-01-01", period_end="2023-12-31")
CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
FIG = (255, 214, 0)  # mark.fig background in app.css


def rec(doc, text, figure, indicator, value, **kw):
    i = text.index(figure)
    return Record(doc_id=doc, indicator=indicator, value=value, unit="count",
                  evidence=Evidence(text, i, i + len(figure)), **kw)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """A server on a free port over a small database, claims parsed by a stand-in extractor."""
    db = tmp_path_factory.mktemp("serve") / "u.sqlite"
    with Store(db) as st:
        st.save(Article(id="kg", text=KG, url="https://baokiengiang.vn/a-1", title="Kiên Giang"),
                [rec("kg", KG, "30.068", "members_new", 30068, **KG_TERM),
                 rec("kg", KG, "71.596", "members_total", 71596, region="Kiên Giang")])
        st.save(Article(id="tb", text=TB, url="https://baothaibinh.vn/b"),
                [rec("tb", TB, "22", "unions_new", 22, region="Thái Bình"),
                 rec("tb", TB, "7.000", "members_new", 7000, bound="over", region="Thái Bình")])

    def extract_article(article, resources=None, **kw):
        out = []
        for fig, v in (("30.068", 30068), ("31.000", 31000)):
            if fig in article.text:
                out.append(rec(article.id, article.text, fig, "members_new", v, **KG_TERM))
        return out

    fake = types.SimpleNamespace(extract_article=extract_article, load_resources=lambda: None)
    saved = sys.modules.get("extractor.pipeline")
    sys.modules["extractor.pipeline"] = fake
    srv = make_server(db, "127.0.0.1", 0, resources=lambda: None)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()
    if saved is not None:
        sys.modules["extractor.pipeline"] = saved
    else:
        sys.modules.pop("extractor.pipeline", None)


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=20) as r:
            return r.status, r.headers.get("Content-Type"), r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type"), e.read().decode("utf-8")


def post(url, obj):
    req = urllib.request.Request(url, data=json.dumps(obj).encode(), headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=20) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read())


# -- pieces ------------------------------------------------------------------
def test_segments_cover_the_text_and_isolate_figures():
    rs = [rec("kg", KG, "30.068", "members_new", 30068), rec("kg", KG, "71.596", "members_total", 71596)]
    segs = segments(KG, rs + [Record("kg", "other", 1, "count", evidence=Evidence(KG, 50, 9999))])
    assert "".join(p for p, _ in segs) == KG
    assert [p for p, r in segs if r] == ["30.068", "71.596"]


def test_missing_database_is_a_clear_error(tmp_path):
    from extractor.errors import UserError
    with pytest.raises(UserError, match="no such database"):
        make_server(tmp_path / "none.sqlite", port=0)


# -- endpoints -----------------------------------------------------------------
def test_page_and_static_files(server):
    code, ctype, body = get(server + "/")
    assert code == 200 and ctype.startswith("text/html") and "app.js" in body
    assert get(server + "/static/app.css")[0] == 200
    assert get(server + "/static/..%2Fapp.py")[0] == 404
    assert get(server + "/nowhere")[0] == 404


def test_check_endpoint_verdicts_and_bad_claims(server):
    q = urllib.parse.quote("Kiên Giang kết nạp 30.068 đoàn viên trong nhiệm kỳ 2018-2023")
    code, _, body = get(f"{server}/api/check?claim={q}")
    d = json.loads(body)
    assert code == 200 and [v["verdict"] for v in d["verdicts"]] == ["supported"]
    ev = d["verdicts"][0]["evidence"][0]
    assert ev["url"] == "https://baokiengiang.vn/a-1"
    i, j = ev["highlight"]
    assert ev["evidence"]["sentence"][i:j] == "30.068"
    for bad, why in (("", "empty claim"), ("Kien Giang admitted 30068", "not Vietnamese"),
                     ("Kiên Giang kết nạp nhiều đoàn viên", "no number")):
        code, _, body = get(f"{server}/api/check?claim={urllib.parse.quote(bad)}")
        assert code == 400 and why in json.loads(body)["error"]


def test_analyze_routes_url_text_and_claim(server):
    code, d = post(server + "/api/analyze", {"input": "https://baokiengiang.vn/a-1/"})
    assert code == 200 and d["kind"] == "article" and d["doc_id"] == "kg"
    assert [s["text"] for s in d["segments"] if "records" in s] == ["30.068", "71.596"]
    code, d = post(server + "/api/analyze", {"input": "https://example.com/not-stored"})
    assert code == 400 and "not in the database" in d["error"]
    code, d = post(server + "/api/analyze", {"input": "Kiên Giang kết nạp 31.000 đoàn viên trong nhiệm kỳ 2018-2023"})
    assert code == 200 and d["verdicts"][0]["verdict"] == "contradicted"
    code, d = post(server + "/api/analyze", {"input": "Tin mới.\n" + KG})
    assert code == 200 and d["kind"] == "text" and d["figures"] == 1
    assert d["verdicts"][0]["verdict"] == "supported"


def test_article_page_marks_each_figure(server):
    code, _, body = get(server + "/article?id=kg")
    assert code == 200
    assert body.count('<mark class="fig"') == 2
    assert "&quot;indicator&quot;: &quot;members_new&quot;" in body and ">30.068</mark>" in body
    assert get(server + "/article?id=nope")[0] == 400


def test_audit_endpoint(server):
    code, _, body = get(server + "/api/audit")
    assert code == 200 and json.loads(body) == {"kind": "audit", "findings": []}


# -- in a real browser ---------------------------------------------------------
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (apt-get install -y chromium)")


def chromium(tmp_path, *args):
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--hide-scrollbars", "--force-device-scale-factor=1", f"--user-data-dir={tmp_path / 'profile'}", *args]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    return done.stdout


@needs_chromium
def test_browser_renders_article_marks(server, tmp_path):
    dom = chromium(tmp_path, "--dump-dom", server + "/article?id=kg")
    marks = [m.split(">", 1)[1] for m in dom.split("<mark")[1:]]
    assert [m.split("</mark>")[0] for m in marks] == ["30.068", "71.596"]
    assert 'title="members_new = 30.068 · Kiên Giang · 2018-01-01..2023-12-31"' in dom


@needs_chromium
def test_browser_page_shows_verdict_for_a_claim(server, tmp_path):
    q = urllib.parse.quote("Kiên Giang kết nạp 30.068 đoàn viên trong nhiệm kỳ 2018-2023")
    dom = chromium(tmp_path, "--virtual-time-budget=10000", "--dump-dom", f"{server}/?q={q}")
    assert 'class="verdict supported"' in dom and "SUPPORTED: members_new = 30.068" in dom
    assert '<mark class="fig"' in dom and ">30.068</mark>" in dom and "baokiengiang.vn/a-1" in dom


@needs_chromium
def test_browser_screenshot_highlight_is_where_the_figure_is(server, tmp_path):
    png = tmp_path / "shot.png"
    chromium(tmp_path, f"--screenshot={png}", "--window-size=1000,400", server + "/article?id=tb")
    w, h, px = read_png(png)
    boxes = colour_boxes(w, h, px, FIG)
    assert len(boxes) == 2, boxes
    (x0a, y0a, x1a, y1a), (x0b, y0b, x1b, y1b) = boxes
    line1, line2 = TB_LINES[1], TB_LINES[2]
    col_a, col_b = line1.index("22"), line2.index("7.000")
    cw = (x1b - x0b + 1) / len("7.000")  # one monospace cell, measured on the wider mark
    assert 8 < cw < 12
    assert abs((x1a - x0a + 1) - 2 * cw) <= 2  # "22" is two cells wide
    assert abs(x0a - (16 + col_a * cw)) <= 2 and abs(x0b - (16 + col_b * cw)) <= 2  # pre has a 16px margin
    assert abs((y0b - y0a) - 24) <= 1  # the second figure is one 24px line below the first


# -- PNG reading (stdlib only) -------------------------------------------------
def read_png(path: Path) -> tuple[int, int, list[bytes]]:
    """Width, height and unfiltered RGB(A) rows of an 8-bit, non-interlaced PNG."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, w = 8, b"", 0
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            w, h, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", chunk)
            assert depth == 8 and ctype in (2, 6) and interlace == 0
            bpp = 3 if ctype == 2 else 4
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + n
    raw, stride, rows, prev = zlib.decompress(idat), w * bpp, [], bytearray(w * bpp)
    for y in range(h):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return w, h, [bytes([bpp]) + r for r in rows]


def colour_boxes(w: int, h: int, rows: list[bytes], rgb: tuple[int, int, int], tol: int = 3):
    """Bounding boxes of the bands of rows holding this colour, top to bottom."""
    hits = []
    for y, row in enumerate(rows):
        bpp, row = row[0], row[1:]
        xs = [x for x in range(w) if all(abs(row[x * bpp + k] - rgb[k]) <= tol for k in range(3))]
        if xs:
            hits.append((y, min(xs), max(xs)))
    boxes: list[list[int]] = []
    for y, x0, x1 in hits:
        if boxes and y == boxes[-1][3] + 1:
            b = boxes[-1]
            b[0], b[2], b[3] = min(b[0], x0), max(b[2], x1), y
        else:
            boxes.append([x0, y, x1, y])
    return [tuple(b) for b in boxes]
