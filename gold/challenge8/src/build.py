"""Build gold/challenge8/articles.jsonl from src/pages/pNN.html and src/spec.py.

    python3 src/build.py        (then python3 src/check.py)
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import spec  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "articles.jsonl")
CODES = {}
for line in open("/work/shared/spec/indicators.tsv", encoding="utf-8").read().splitlines()[1:]:
    c, u = line.split("\t")[:2]
    CODES[c] = u

R2025 = {
 "Hà Nội": "Hà Nội", "Thừa Thiên Huế": "Huế", "Lai Châu": "Lai Châu", "Điện Biên": "Điện Biên", "Sơn La": "Sơn La",
 "Lạng Sơn": "Lạng Sơn", "Quảng Ninh": "Quảng Ninh", "Thanh Hóa": "Thanh Hóa", "Nghệ An": "Nghệ An", "Hà Tĩnh": "Hà Tĩnh",
 "Cao Bằng": "Cao Bằng", "Tuyên Quang": "Tuyên Quang", "Hà Giang": "Tuyên Quang", "Lào Cai": "Lào Cai", "Yên Bái": "Lào Cai",
 "Thái Nguyên": "Thái Nguyên", "Bắc Kạn": "Thái Nguyên", "Phú Thọ": "Phú Thọ", "Vĩnh Phúc": "Phú Thọ", "Hòa Bình": "Phú Thọ",
 "Bắc Ninh": "Bắc Ninh", "Bắc Giang": "Bắc Ninh", "Hưng Yên": "Hưng Yên", "Thái Bình": "Hưng Yên", "Hải Phòng": "Hải Phòng",
 "Hải Dương": "Hải Phòng", "Ninh Bình": "Ninh Bình", "Hà Nam": "Ninh Bình", "Nam Định": "Ninh Bình", "Quảng Trị": "Quảng Trị",
 "Quảng Bình": "Quảng Trị", "Đà Nẵng": "Đà Nẵng", "Quảng Nam": "Đà Nẵng", "Quảng Ngãi": "Quảng Ngãi", "Kon Tum": "Quảng Ngãi",
 "Gia Lai": "Gia Lai", "Bình Định": "Gia Lai", "Khánh Hòa": "Khánh Hòa", "Ninh Thuận": "Khánh Hòa", "Lâm Đồng": "Lâm Đồng",
 "Đắk Nông": "Lâm Đồng", "Bình Thuận": "Lâm Đồng", "Đắk Lắk": "Đắk Lắk", "Phú Yên": "Đắk Lắk", "Hồ Chí Minh": "Hồ Chí Minh",
 "Bình Dương": "Hồ Chí Minh", "Bà Rịa - Vũng Tàu": "Hồ Chí Minh", "Đồng Nai": "Đồng Nai", "Bình Phước": "Đồng Nai",
 "Tây Ninh": "Tây Ninh", "Long An": "Tây Ninh", "Cần Thơ": "Cần Thơ", "Sóc Trăng": "Cần Thơ", "Hậu Giang": "Cần Thơ",
 "Vĩnh Long": "Vĩnh Long", "Bến Tre": "Vĩnh Long", "Trà Vinh": "Vĩnh Long", "Đồng Tháp": "Đồng Tháp", "Tiền Giang": "Đồng Tháp",
 "Cà Mau": "Cà Mau", "Bạc Liêu": "Cà Mau", "An Giang": "An Giang", "Kiên Giang": "An Giang", "Việt Nam": "Việt Nam",
}


def num(v):
    return int(v) if float(v).is_integer() else v


def main():
    lines = []
    for pg in spec.PAGES:
        html = open(os.path.join(HERE, "pages", pg["id"] + ".html"), encoding="utf-8").read()
        gold = []
        for r in pg["recs"]:
            unit = r["unit"] or ("percent" if r["status"] == "attainment" else CODES[r["ind"]])
            region = r["region"] or pg["region"]
            rec = {"doc_id": pg["id"], "indicator": r["ind"], "value": num(r["val"]), "unit": unit,
                   "status": r["status"], "bound": r["bound"], "region": region,
                   "region_2025": R2025[region], "scope": r["scope"],
                   "period_start": r["per"][0], "period_end": r["per"][1],
                   "evidence_text": r["ev"]}
            if r["note"]:
                rec["note"] = r["note"]
            gold.append(rec)
        art = {"id": pg["id"], "url": pg["url"], "published": pg["published"], "title": None,
               "html": html, "gold": gold}
        lines.append(json.dumps(art, ensure_ascii=False))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{len(lines)} articles, {sum(len(p['recs']) for p in spec.PAGES)} records -> {OUT}")


if __name__ == "__main__":
    main()
