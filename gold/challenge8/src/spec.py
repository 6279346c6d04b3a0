"""Hand-made gold of gold/challenge8 (HTML pages p01-p20).

Each page: url, published (None when the feed gives no date), page_date (the
date the page itself shows; equal to published when that is given), the
selectors of the article part (headline, sapo, body, captions of its photos)
for the checker, the article's main region, and the records.

R(indicator, value, evidence_text, period, ...): period is a (start, end)
pair of ISO dates.  The k-th record with a given evidence_text is the k-th
whole-number occurrence of that text in the article part (see check.py).
"""
import calendar


def Y(y): return (f"{y}-01-01", f"{y}-12-31")
def H1(y): return (f"{y}-01-01", f"{y}-06-30")
def H2(y): return (f"{y}-07-01", f"{y}-12-31")
def Q(q, y):
    ends = {1: "03-31", 2: "06-30", 3: "09-30", 4: "12-31"}
    return (f"{y}-{(q - 1) * 3 + 1:02d}-01", f"{y}-{ends[q]}")
def M(m, y): return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}")
def SPAN(a, b): return (f"{a}-01-01", f"{b}-12-31")
def D(d): return (d, d)


def R(ind, val, ev, per, status="actual", bound="exact", scope=None, region=None,
      note=None, unit=None):
    return dict(ind=ind, val=val, ev=ev, per=per, status=status, bound=bound,
                scope=scope, region=region, note=note, unit=unit)


REPEAT = "headline repeat of the body figure: takes the body statement's region and period (gold/README 1)"
SAPO_REPEAT = "lead (sapo) repeat of the body figure: takes the body statement's region and period (gold/README 1)"
STOCK = "stock (hiện / đến nay / đang quản lý) dated at publication (records.md, gold/README 7)"
PAGEDATE = "published is null in the feed; the page shows its date, which is used as the publication date"

PAGES = []


def page(**kw):
    PAGES.append(kw)


# ---------------------------------------------------------------- p01
P = "2023-12-26"
page(id="p01", url="https://baonghean.vn/nghe-an-ket-nap-hon-6200-doan-vien-cong-doan-trong-nam-2023-post347216.html",
     published=P, page_date=P, region="Nghệ An",
     include=[("class", "article__title"), ("class", "article__sapo"), ("id", "article-body")],
     exclude=[("class", "related-inline")],
     layout="provincial newspaper, desktop: top bar, header, menu, breadcrumb, sapo div, figure/figcaption, inline 'Tin liên quan' box inside the body, tags, comment box, 'Tin cùng chuyên mục', sidebar 'Đọc nhiều', footer with licence and phones, cookie bar",
     recs=[
    R("members_new", 6200, "6.200", Y(2023), bound="over", note=REPEAT + " (hơn 6.200 for 6.215)"),
    R("members_new", 6215, "6.215", Y(2023)),
    R("unions_new", 41, "41", Y(2023)),
    R("members_new", 6215, "6.215", Y(2023), note="'trong năm' of a 2023 review published 2023-12-26 -> 2023"),
    R("members_new", 103.6, "103,6%", Y(2023), status="attainment", unit="percent"),
    R("unions_new", 41, "41", Y(2023)),
    R("members_new", 2870, "2.870", Y(2023), scope="41 CĐCS mới thành lập",
      note="members of newly founded unions -> members_new (gold/README 9)"),
    R("members_new", 412, "412", Y(2023), scope="CĐCS Công ty TNHH May Minh Anh - Đô Lương",
      note="photo caption: a union recognised with its members -> members_new (gold/README 9); period from the nearest earlier phrase (năm 2023)"),
    R("members_lost", 4870, "4.870", Y(2023)),
    R("unions_dissolved", 27, "27", Y(2023)),
    R("members_net", 1345, "1.345", Y(2023)),
    R("unions_net", 14, "14", Y(2023), note="tăng thực ... CĐCS -> unions_net"),
    R("unions_total", 3016, "3.016", D(P), note=STOCK),
    R("members_total", 228560, "228.560", D(P), note=STOCK),
    R("unions_total", 1208, "1.208", D(P), scope="khu vực ngoài nhà nước", note=STOCK + "; breakdown (gold/README 6)"),
    R("members_total", 97340, "97.340", D(P), scope="khu vực ngoài nhà nước", note=STOCK + "; breakdown (gold/README 6)"),
    R("members_new", 6000, "6.000", Y(2024), status="target"),
    R("unions_new", 40, "40", Y(2024), status="target"),
    R("party_referrals", 450, "450", Y(2024), status="target", bound="over", note="ít nhất -> over"),
])

# ---------------------------------------------------------------- p02
P = "2016-07-15"
page(id="p02", url="http://ldldnamdinh.org.vn/chitiettin.aspx?id=1842&cat=3",
     published=None, page_date=P, region="Nam Định",
     include=[("class", "title_news"), ("id", "ctl00_ContentPlaceHolder1_lblNoiDung")],
     exclude=[],
     layout="provincial LĐLĐ site on an old ASP.NET portal: whole page laid out with nested tables, <font> tags, numeric character references (&#7871;) for part of a paragraph, marquee, visitor counter, 'Các tin khác' with figures, footer with phone/fax/licence; date only as a printed 'Cập nhật: 15/07/2016 08:30'",
     recs=[
    R("trainings", 126, "126", H1(2016), note="hội nghị tuyên truyền, phổ biến pháp luật -> trainings, the persons reached -> trainees (dev x05, challenge6)"),
    R("trainees", 18500, "18.500", H1(2016), bound="over"),
    R("trainings", 14, "14", H1(2016)),
    R("trainees", 1120, "1.120", H1(2016), scope="cán bộ công đoàn cơ sở"),
    R("legal_consultations", 412, "412", H1(2016),
      note="paragraph written with numeric character references; the period is the nearest earlier phrase (6 tháng đầu năm 2016)"),
    R("supervisions", 35, "35", H1(2016)),
    R("financial_inspections", 58, "58", H1(2016)),
    R("financial_inspections", 52.7, "52,7%", H1(2016), status="attainment", unit="percent",
      note="đạt 52,7% kế hoạch năm: attainment after six months, dated by the sentence's period (6 tháng đầu năm 2016)"),
    R("legal_consultations", 500, "500", H2(2016), status="target", bound="about",
      note="year-less '6 tháng cuối năm' takes the publication year; " + PAGEDATE + "; 'Luật Công đoàn năm 2012' in the same sentence is the law's year, not a period"),
    R("financial_inspections", 52, "52", H2(2016), status="target",
      note="year-less '6 tháng cuối năm' takes the publication year; " + PAGEDATE),
])

# ---------------------------------------------------------------- p03
P = "2019-01-20"
SC = "chương trình Tết Sum vầy tại KCN Phú Mỹ I"
page(id="p03", url="https://nld.com.vn/cong-doan/ba-ria-vung-tau-hon-94-ti-dong-cham-lo-tet-cho-doan-vien-nguoi-lao-dong-20190120211502671.htm",
     published=P, page_date=P, region="Bà Rịa - Vũng Tàu",
     include=[("class", "title-content"), ("class", "sapo"), ("id", "divNewsContent")],
     exclude=[],
     layout="national newspaper article page: hotline header, menu, h2 sapo, VCSortableInPreviewMode photo block with PhotoCMS_Caption, 'Tin liên quan' box with figures, comment box 'Ý kiến bạn đọc (3)' whose comments carry figures, 'Đọc nhiều', ad script, footer",
     recs=[
    R("support_funds", 9400000000, "9,4 tỉ", Y(2019), bound="over", note=REPEAT),
    R("beneficiaries", 18650, "18.650", Y(2019), note="Tết Nguyên đán Kỷ Hợi 2019 -> 2019"),
    R("support_funds", 9400000000, "9,4 tỉ", Y(2019), bound="over"),
    R("beneficiaries", 2000, "2.000", Y(2019), scope=SC, note="mỗi suất 500.000 đồng is a per-item amount, not a record"),
    R("beneficiaries", 1500, "1.500", Y(2019), scope=SC, note="bus tickets given to workers -> beneficiaries (gold/README 9)"),
    R("support_funds", 3200000000, "3,2 tỉ", Y(2019), bound="under", scope="nguồn xã hội hóa",
      note="breakdown of the Tết funds (gold/README 6); 'Tết năm nay' -> 2019"),
    R("shelter_houses", 5, "5", Y(2019), scope="TP Bà Rịa và huyện Châu Đức",
      note="'Cũng dịp này' takes the nearest earlier period (Tết năm nay = 2019); mỗi căn 50 triệu is per-item"),
])

# ---------------------------------------------------------------- p04
P = "2016-08-12"
YTD = ("2016-01-01", P)
page(id="p04", url="https://baolaocai.vn/m/trao-bon-nha-mai-am-cong-doan-cho-doan-vien-kho-khan-post187342.html",
     published=P, page_date=P, region="Lào Cai",
     include=[("class", "m-title"), ("class", "m-content")],
     exclude=[],
     layout="mobile page: fixed header with hamburger, hidden menu, app banner, unclosed <p> tags, lazy image, caption paragraph, share bar with view count, 'Tin khác' list with figures, link to the full site, footer",
     recs=[
    R("shelter_houses", 4, "bốn", D(P), scope="huyện Bảo Thắng",
      note="word number bốn = 4; " + REPEAT + "; the body handover has no period phrase -> publication date"),
    R("shelter_houses", 4, "bốn", D(P), scope="huyện Bảo Thắng",
      note="word number bốn = 4; no period phrase before it -> publication date; mỗi căn 40 triệu is per-item"),
    R("shelter_houses", 12, "12", YTD, scope="xây mới", note="từ đầu năm đến nay -> 2016-01-01 .. publication"),
    R("shelter_houses", 4, "4", YTD, scope="sửa chữa"),
    R("shelter_funds", 720000000, "720 triệu", YTD, bound="about", note="xấp xỉ -> about"),
    R("shelter_houses", 80, "80%", YTD, status="attainment", unit="percent",
      note="đạt 80% kế hoạch năm of the houses built and repaired (16 of 20)"),
    R("shelter_houses", 20, "20", Y(2016), status="target"),
])

# ---------------------------------------------------------------- p05
P = "2018-10-15"
N9 = ("2018-01-01", "2018-09-30")
page(id="p05", url="https://baotayninh.vn/print/day-manh-hoi-nghi-nguoi-lao-dong-doi-thoai-tai-noi-lam-viec-a105432.html",
     published=None, page_date=P, region="Tây Ninh",
     include=[("class", "print-title"), ("class", "print-body")],
     exclude=[],
     layout="print view: print/close links, logo, printed 'Ngày đăng: Thứ Hai, 15/10/2018 - 08:45', title div, body, article URL line with an id, copyright footer with licence and phone",
     recs=[
    R("worker_conferences", 312, "312", N9),
    R("worker_conferences", 86.7, "86,7%", N9, status="attainment", unit="percent",
      note="scraping defect: no space in '86,7%kế hoạch'"),
    R("workplace_dialogues", 298, "298", N9),
    R("collective_agreements", 45, "45", N9, note="year-less 'Trong 9 tháng' -> 9 tháng năm 2018 (nearest earlier phrase, same year as the page date)"),
    R("collective_agreements", 29, "29", N9, scope="Công đoàn các Khu công nghiệp tỉnh"),
    R("worker_conferences", 48, "48", Q(4, 2018), status="target", bound="over", note="ít nhất -> over"),
])

# ---------------------------------------------------------------- p06
P = "2022-03-09"
SC = "Công đoàn các KCN tỉnh Bắc Ninh"
page(id="p06", url="https://congdoanbacninh.org.vn/tin-tuc/cong-doan-cac-kcn-bac-ninh-nang-muc-bua-an-ca-tai-86-doanh-nghiep-2841",
     published=P, page_date=P, region="Bắc Ninh",
     include=[("class", "news-detail-title"), ("class", "news-detail-body")],
     exclude=[],
     layout="provincial LĐLĐ portal (DNN skin): body written as <div> lines with <span style> from a word processor and empty <div><br></div> spacers, centred caption div, 'Văn bản mới' box with document numbers, 'Các tin khác' with figures, view counter, footer",
     recs=[
    R("meal_upgrades", 86, "86", Y(2021), scope=SC, note=REPEAT),
    R("meal_upgrades", 86, "86", Y(2021), scope=SC, note="meal levels 18.000 -> 22.000 đồng are thresholds, not records"),
    R("collective_agreements", 64, "64", Y(2021), scope=SC, note="'Cũng trong năm' -> năm 2021"),
    R("collective_agreements", 41, "41", Y(2021), scope=SC + ", bản có nhiều điều khoản có lợi hơn cho NLĐ",
      note="'trong đó 41 bản' breakdown of the agreements signed (gold/README 6)"),
    R("unions_total", 412, "412", D(P), scope=SC, note=STOCK),
    R("members_total", 238700, "238.700", D(P), bound="over", scope=SC, note=STOCK + "; 81% is a share, not a record"),
    R("meal_upgrades", 30, "30", Y(2022), status="target", bound="over", scope=SC,
      note="ít nhất -> over; 'từ 25.000 đồng/suất trở lên' is the meal threshold, not the bound (gold/README 5)"),
    R("unions_new", 20, "20", Y(2022), status="target", scope=SC),
    R("members_new", 10000, "10.000", Y(2022), status="target", scope=SC),
])

# ---------------------------------------------------------------- p07
P = "2015-04-28"
SINCE = ("2010-01-01", P)
page(id="p07", url="http://www.baophuyen.com.vn/82/132946/cong-doan-gop-phan-xay-dung-dang.html",
     published=P, page_date=P, region="Phú Yên",
     include=[("class", "news-title"), ("class", "news-summary"), ("class", "news-content")],
     exclude=[],
     layout="provincial newspaper with the sapo in its own element (div.news-summary) between the date line and a share bar, separate div.news-content body; 'Các tin đã đưa', 'Tin xem nhiều', weather box, footer",
     recs=[
    R("party_referrals", 2100, "2.100", SINCE, bound="over", note=REPEAT + " (hơn 2.100 for 2.146)"),
    R("party_referrals", 2100, "2.100", SINCE, bound="over", note=SAPO_REPEAT + "; từ năm 2010 đến nay -> 2010-01-01 .. publication"),
    R("party_admitted", 1300, "1.300", SINCE, bound="over",
      note=SAPO_REPEAT + " (hơn 1.300 for 1.387); 'đồng chí đã được đứng vào hàng ngũ của Đảng' -> party_admitted"),
    R("party_referrals", 2146, "2.146", SINCE),
    R("party_admitted", 1387, "1.387", SINCE),
    R("party_admitted", 214, "214", SINCE, scope="khu vực doanh nghiệp ngoài nhà nước", note="breakdown (gold/README 6)"),
    R("party_referrals", 412, "412", Y(2014)),
    R("party_referrals", 103, "103%", Y(2014), status="attainment", unit="percent"),
    R("party_admitted", 296, "296", Y(2014)),
    R("party_referrals", 2000, "2.000", SPAN(2015, 2020), status="target", bound="over",
      note="mục tiêu, ít nhất -> target over; 'từ 1 đến 2 đoàn viên mỗi năm' per union is a per-item rate, not a record"),
])

# ---------------------------------------------------------------- p08
P = "2024-06-03"
TCN = M(5, 2024)
page(id="p08", url="https://baocamau.vn/thang-cong-nhan-2024-hon-3100-doan-vien-nguoi-lao-dong-duoc-tham-tang-qua-a331205.html",
     published=P, page_date=P, region="Cà Mau",
     include=[("class", "detail-title"), ("class", "detail-content")],
     exclude=[],
     layout="provincial newspaper (HTML5): JSON-LD, header/nav, crumb, bold lead paragraph, <figure> with <figcaption> carrying a figure, foot bar with view and comment counts, 'Tin liên quan', 'Xem nhiều', adsense slot, footer",
     recs=[
    R("beneficiaries", 3100, "3.100", TCN, bound="over", note=REPEAT + " (hơn 3.100 for 3.120); Tháng Công nhân 2024 -> May 2024"),
    R("workers_month_units", 286, "286", TCN),
    R("beneficiaries", 3120, "3.120", TCN, note="year-less 'trong Tháng Công nhân' -> May of the publication year"),
    R("support_funds", 1560000000, "1,56 tỷ", TCN, bound="over"),
    R("beneficiaries", 600, "600", TCN, scope="LĐLĐ tỉnh", note="breakdown (gold/README 6)"),
    R("support_funds", 300000000, "300 triệu", TCN, scope="LĐLĐ tỉnh", note="breakdown (gold/README 6)"),
    R("beneficiaries", 50, "50", TCN, scope="Công ty Cổ phần Thủy sản Tắc Vân",
      note="figcaption of the article's photo; period from the nearest earlier phrase (Tháng Công nhân)"),
    R("workplace_dialogues", 42, "42", TCN,
      note="'Bữa cơm Công đoàn tại 18 doanh nghiệp' is a one-off meal, not a meal upgrade; 4.000 participants and 1.000 phiếu mua hàng 0 đồng are not records (gold/README 9, 11)"),
])

# ---------------------------------------------------------------- p09
P = "2019-11-22"
YTD = ("2019-01-01", P)
page(id="p09", url="https://baovinhphuc.com.vn/xa-hoi/50712/vinh-phuc-tang-cuong-tap-huan-tu-van-phap-luat-cho-cong-nhan-lao-dong.html",
     published=None, page_date=P, region="Vĩnh Phúc",
     include=[("class", "article-title"), ("class", "article-content")],
     exclude=[],
     layout="provincial newspaper whose only date is <meta name=pubdate> / article:published_time; photo caption in an old-style layout table (td.image_desc) carrying participants and a date; 'Tin khác' with figures, view counter, sidebar ad, footer",
     recs=[
    R("trainings", 38, "38", YTD, note="từ đầu năm 2019 đến nay -> 2019-01-01 .. publication; " + PAGEDATE + " (meta tag only)"),
    R("trainings", 95, "95%", YTD, status="attainment", unit="percent", note="(đạt 95% kế hoạch năm) stands right after the classes"),
    R("trainees", 4600, "4.600", YTD, bound="under"),
    R("legal_consultations", 536, "536", YTD, note="nearest earlier period phrase (từ đầu năm 2019 đến nay); the caption's 150 participants are not a record"),
    R("legal_consultations", 214, "214", YTD, scope="KCN Khai Quang, Bình Xuyên", note="'riêng' breakdown (gold/README 6)"),
    R("trainings", 40, "40", Y(2019), status="target", note="theo kế hoạch năm 2019 -> target"),
    R("legal_consultations", 600, "600", Y(2019), status="target", bound="over", note="ít nhất -> over"),
])

# ---------------------------------------------------------------- p10
P = "2021-01-12"
TBL = "row of the figures table 'Kết quả thực hiện một số chỉ tiêu năm 2020'"
page(id="p10", url="https://baogialai.com.vn/gia-lai-ket-nap-3862-doan-vien-cong-doan-trong-nam-2020-post178234.html",
     published=P, page_date=P, region="Gia Lai",
     include=[("class", "post__title"), ("class", "post__sapo"), ("class", "post__body")],
     exclude=[],
     layout="provincial newspaper (Nuxt): h2 sapo, figures table <table> with caption and header 'Chỉ tiêu | Kế hoạch | Kết quả | Tỷ lệ (%)', 'Tin cùng chuyên mục', 'Đọc nhiều nhất', footer",
     recs=[
    R("members_new", 3862, "3.862", Y(2020), note=REPEAT + " (the table row)"),
    R("beneficiaries", 7450, "7.450", Y(2020)),
    R("support_funds", 4200000000, "4,2 tỷ", Y(2020), bound="about"),
    R("members_new", 3500, "3.500", Y(2020), status="target", note=TBL + ": Kế hoạch column -> target"),
    R("members_new", 3862, "3.862", Y(2020), note=TBL + ": Kết quả column -> actual"),
    R("members_new", 110.3, "110,3", Y(2020), status="attainment", unit="percent", note=TBL + ": Tỷ lệ (%) column -> attainment, no % sign in the cell"),
    R("unions_new", 25, "25", Y(2020), status="target", note=TBL),
    R("unions_new", 31, "31", Y(2020), note=TBL),
    R("unions_new", 124, "124", Y(2020), status="attainment", unit="percent", note=TBL),
    R("party_referrals", 450, "450", Y(2020), status="target", note=TBL),
    R("party_referrals", 517, "517", Y(2020), note=TBL),
    R("party_referrals", 114.9, "114,9", Y(2020), status="attainment", unit="percent", note=TBL),
    R("worker_conferences", 300, "300", Y(2020), status="target", note=TBL),
    R("worker_conferences", 276, "276", Y(2020), note=TBL),
    R("worker_conferences", 92, "92", Y(2020), status="attainment", unit="percent", note=TBL + " (below plan)"),
    R("shelter_houses", 30, "30", Y(2020), status="target", note=TBL),
    R("shelter_houses", 34, "34", Y(2020), note=TBL),
    R("shelter_houses", 113.3, "113,3", Y(2020), status="attainment", unit="percent", note=TBL),
    R("members_new", 3600, "3.600", Y(2021), status="target"),
    R("unions_new", 25, "25", Y(2021), status="target"),
    R("shelter_houses", 30, "30", Y(2021), status="target"),
])

# ---------------------------------------------------------------- p11
P = "2017-09-18"
N9 = ("2017-01-01", "2017-09-30")
page(id="p11", url="https://laodong.vn/amp/cong-doan/binh-phuoc-kiem-tra-tai-chinh-93-cong-doan-co-so-563218.ldo",
     published=None, page_date=P, region="Bình Phước",
     include=[("class", "art-title"), ("class", "art-sapo"), ("class", "art-body")],
     exclude=[],
     layout="AMP page of a national newspaper: amp-sidebar menu, amp-img logo, <time datetime> as the only visible date, amp-ad between sapo and body, 'Xem thêm' box with figures, link to the full version, footer with licence and hotline",
     recs=[
    R("financial_inspections", 93, "93", N9, note=REPEAT),
    R("financial_inspections", 93, "93", N9),
    R("financial_inspections", 103, "103%", N9, status="attainment", unit="percent"),
    R("supervisions", 61, "61", N9, scope="kiểm tra việc chấp hành Điều lệ Công đoàn",
      note="kiểm tra ... tại N CĐCS -> supervisions (challenge2/3/6 practice); period from the sapo (9 tháng đầu năm 2017)"),
    R("supervisions", 47, "47", N9),
    R("financial_inspections", 30, "30", Q(4, 2017), status="target",
      note="year-less 'Quý IV' takes the publication year; " + PAGEDATE + " (<time datetime>); 215 triệu recovered is not a record"),
    R("supervisions", 20, "20", Q(4, 2017), status="target", bound="about", scope="doanh nghiệp có đông lao động"),
])

# ---------------------------------------------------------------- p12
P = "2024-11-05"
page(id="p12", url="https://congdoanthaibinh.org.vn/thai-binh-ky-ket-thoa-thuan-hop-tac-voi-6-doanh-nghiep-phuc-loi-doan-vien/",
     published=P, page_date=P, region="Thái Bình",
     include=[("class", "entry-title"), ("class", "entry-content")],
     exclude=[],
     layout="WordPress (GeneratePress) union site: entry-meta with comment and view counts, body pasted from Word (MsoNormal spans, <o:p>) with a double-escaped '&amp;nbsp;' left as literal '&nbsp;' around a figure, wp-block-image figcaption, share counts, previous-post link, 'Bài viết liên quan', comment form, archive widget with counts, footer",
     recs=[
    R("welfare_partners", 6, "6", Y(2024), note=REPEAT + "; the sentence names the programme year (năm 2024)"),
    R("welfare_partners", 6, "6", Y(2024), note="thỏa thuận hợp tác ... Phúc lợi đoàn viên -> welfare_partners (gold/README 9); 'năm 2024' in the sentence"),
    R("welfare_partners", 6, "6", Y(2024), note="second body mention of the same signing (one record per mention)"),
    R("welfare_partners", 47, "47", D(P),
      note="cumulative 'đến nay ... với 47 đối tác' dated at publication (challenge6 practice); scraping defect: literal '&nbsp;' glued to both sides of the number"),
    R("beneficiaries", 20, "20", Y(2024), scope="Công ty CP May Thái Hà",
      note="period from the nearest earlier phrase (năm 2024); mỗi suất 1 triệu is per-item; the 1.500 phiếu mua hàng 0 đồng of the Chợ phiên are not records (gold/README 9); giảm giá 5%-30% is not a record"),
])

# ---------------------------------------------------------------- p13
P = "2018-05-08"
page(id="p13", url="https://thhg.vn/tin-tuc/hau-giang-thanh-lap-moi-9-ban-nu-cong-quan-chung-n38211.html",
     published=None, page_date=P, region="Hậu Giang",
     include=[("class", "nv-title"), ("class", "nv-content")],
     exclude=[],
     layout="provincial TV station video page: live link, video.js player with duration and view counter, printed 'Cập nhật: 08/05/2018 - 16:20', 'Các tin khác', broadcast schedule with times, footer",
     recs=[
    R("women_committees", 9, "9", Y(2017), scope="doanh nghiệp ngoài nhà nước", note=REPEAT),
    R("women_committees", 9, "9", Y(2017), scope="doanh nghiệp ngoài nhà nước"),
    R("official_conferences", 186, "186/186", Y(2017), scope="cơ quan, đơn vị hành chính sự nghiệp",
      note="'186/186 cơ quan, đơn vị' -> 186, like records.md's 03/03 -> 3; tỷ lệ nữ 46% is a share"),
    R("beneficiaries", 1300, "1.300", Y(2017), bound="under", scope="nữ đoàn viên", note="the days 8/3 and 20/10 are dates, not figures"),
    R("support_funds", 370000000, "370 triệu", Y(2017), bound="over", scope="nữ đoàn viên"),
    R("women_committees", 10, "10", Y(2018), status="target"),
])

# ---------------------------------------------------------------- p14
P = "2020-10-14"
YTD = ("2020-01-01", P)
page(id="p14", url="https://hagiang.gov.vn/ldld/Pages/ha-giang-hon-31-nghin-doan-vien-duoc-cap-nhat-thong-tin-2841.aspx",
     published=P, page_date=P, region="Hà Giang",
     include=[("class", "article-title"), ("class", "article-content")],
     exclude=[],
     layout="provincial government portal (SharePoint): banner, top menu, left column table with 'Văn bản mới' document numbers and a visitor counter, breadcrumb, title in h3, body as <div> lines with &#160; spacers, tools, 'Các tin khác', footer",
     recs=[
    R("member_records", 31000, "31 nghìn", D(P), bound="over", note=REPEAT + " (hơn 31 nghìn for 31.406)"),
    R("member_records", 31406, "31.406", D(P),
      note="'đến nay ... đã nhập thông tin của' a cumulative count dated at publication (challenge6 practice); 97,2% is a share, not a record"),
    R("member_records", 12850, "12.850", YTD, note="cấp thẻ đoàn viên -> member_records; từ đầu năm 2020 đến nay"),
    R("member_records", 7912, "7.912", YTD, scope="Công đoàn ngành Giáo dục", note="breakdown (gold/README 6)"),
    R("unions_total", 1093, "1.093", D(P), note=STOCK),
    R("members_total", 32310, "32.310", D(P), note=STOCK),
    R("member_records", 4000, "4.000", Q(4, 2020), status="target", bound="about"),
])

# ---------------------------------------------------------------- p15
P = "2026-01-16"
page(id="p15", url="https://baomoi.com/quang-ninh-hon-1-100-co-quan-don-vi-to-chuc-hoi-nghi-can-bo-cong-chuc-vien-chuc-c53817462.epi",
     published=P, page_date=P, region="Quảng Ninh",
     include=[("class", "bm-article__title"), ("class", "bm-article__body")],
     exclude=[("class", "bm-ad-inline")],
     layout="news aggregator (Next.js, minified on few lines): source name and '2 giờ trước', sapo paragraph, ad slot inside the body, React '<!-- -->' comments around a figure, source URL, comment count, 'Tin liên quan' cards with figures, 'Đọc nhiều', cookie bar, __NEXT_DATA__ JSON",
     recs=[
    R("official_conferences", 1100, "1.100", Y(2025), bound="over", note=REPEAT + " (hơn 1.100 for 1.126)"),
    R("official_conferences", 1126, "1.126", Y(2025)),
    R("worker_conferences", 1054, "1.054", Y(2025)),
    R("worker_conferences", 48, "48", Y(2025), scope="khối doanh nghiệp ngành than", note="breakdown; period from the nearest earlier phrase (năm 2025)"),
    R("workplace_dialogues", 2340, "2.340", Y(2025), note="'Cũng trong năm' -> 2025; figure wrapped in React <!-- --> comments"),
    R("collective_agreements", 126, "126", Y(2025), scope="doanh nghiệp"),
    R("collective_agreements", 105, "5%", Y(2025), status="attainment", unit="percent",
      note="vượt 5% kế hoạch năm -> 105 (records.md); bound exact, the vượt is used up (dev m01)"),
    R("collective_agreements", 1, "1", Y(2025), scope="ngành", note="thỏa ước lao động tập thể ngành"),
    R("collective_agreements", 130, "130", Y(2026), status="target", bound="over", note="ít nhất -> over; 100% is a share target, not a record"),
])

# ---------------------------------------------------------------- p16
P = "2014-01-23"
page(id="p16", url="http://www.baosoctrang.org.vn/xa-hoi/?id=18452",
     published=None, page_date=P, region="Sóc Trăng",
     include=[("id", "noidungtin")],
     exclude=[],
     layout="old upper-case HTML 3-era site: table layout, <FONT> tags, <BR><BR> paragraphs (no <p>), marquee, <CENTER> image with caption, printed 'Thứ năm, 23/01/2014 - 14:05' outside the article div, view counter, print/send links, 'CÁC TIN KHÁC' with figures, weather and ad boxes, footer",
     recs=[
    R("beneficiaries", 1560, "1.5 60", Y(2014),
      note="scraping defect '1.5 60' -> 1560 (records.md); Tết Nguyên đán Giáp Ngọ 2014 -> 2014; 400.000 đồng per gift is per-item"),
    R("support_funds", 940000000, "940 triệu", Y(2014), bound="under"),
    R("beneficiaries", 620, "620", Y(2014), scope="Công đoàn các Khu công nghiệp tỉnh", note="breakdown (gold/README 6)"),
    R("beneficiaries", 150, "150", Y(2014), scope="Liên đoàn Lao động thị xã Vĩnh Châu", note="district union -> its province"),
    R("beneficiaries", 200, "200", Y(2014), bound="about", scope="vé xe cho công nhân quê Sóc Trăng làm việc tại TP Hồ Chí Minh, Bình Dương",
      note="tickets given -> beneficiaries (gold/README 9); the giver (LĐLĐ tỉnh Sóc Trăng) decides the region, not the workers' workplace; " + PAGEDATE),
])

# ---------------------------------------------------------------- p17
P = "2024-06-05"
TCN = M(5, 2024)
page(id="p17", url="https://laodongthudo.vn/thang-cong-nhan-nam-2024-hon-62-nghin-doan-vien-thu-do-duoc-tham-hoi-tang-qua-176512.html",
     published=P, page_date=P, region="Hà Nội",
     include=[("class", "article-detail-title"), ("class", "article-detail-hd"), ("id", "content_detail")],
     exclude=[],
     layout="union newspaper: JSON-LD with the figures (not visible), date bar, breadcrumb, lead block, inline related links between lead and body, lazy-loaded figure with figcaption, React '<!-- -->' around figures, like/share counts, 'Tin cùng chuyên mục', 'Đọc nhiều', footer",
     recs=[
    R("beneficiaries", 62000, "62 nghìn", TCN, bound="over", note=REPEAT + " (hơn 62 nghìn for 62.400)"),
    R("workers_month_units", 5126, "5.126", TCN, note="Tháng Công nhân năm 2024 -> May 2024"),
    R("beneficiaries", 62400, "62.400", TCN),
    R("support_funds", 41000000000, "41 tỷ", TCN, bound="over"),
    R("meal_upgrades", 164, "164", TCN,
      note="'Trong tháng' -> Tháng Công nhân; 'Bữa cơm Công đoàn tại 212 doanh nghiệp' is a one-off meal, and the 30.000 workers are participants: not records"),
    R("beneficiaries", 8350, "8.350", TCN, scope="Công đoàn các Khu công nghiệp và chế xuất Hà Nội"),
    R("beneficiaries", 1300000, "1,3 triệu", TCN, bound="about", region="Việt Nam",
      note="national total reported by Tổng LĐLĐ Việt Nam for 'cả nước' -> Việt Nam"),
])

# ---------------------------------------------------------------- p18
P = "2023-08-18"
T = SPAN(2018, 2023)
N = SPAN(2023, 2028)
TL = "item of the numbered target list under 'các chỉ tiêu chủ yếu nhiệm kỳ 2023-2028' (gold/README 8)"
page(id="p18", url="https://baoninhbinh.org.vn/dai-hoi-cong-doan-tinh-ninh-binh-lan-thu-xiv-nhiem-ky-2023-2028/d20230818070512345.htm",
     published=P, page_date=P, region="Ninh Bình",
     include=[("class", "page-header"), ("itemprop", "articleBody")],
     exclude=[],
     layout="provincial newspaper on Joomla: headline in h2 inside div.page-header, dl.article-info with <time> and hits, articleBody with bold lead, image and caption paragraphs, an <ol> target list with unclosed <li>, 'Tin liên quan:' with figures, 'Tin đọc nhiều', footer",
     recs=[
    R("members_total", 68500, "68.500", D(P), bound="over",
      note="delegates 'đại diện cho hơn 68.500 đoàn viên' -> members_total stock at publication (dev r11); the 250 delegates are not a record"),
    R("members_new", 21430, "21.430", T),
    R("unions_new", 168, "168", T),
    R("party_referrals", 1862, "1.862", T),
    R("party_admitted", 1204, "1.204", T, note="'trong đó 1.204 đoàn viên đã được kết nạp Đảng' -> party_admitted"),
    R("shelter_houses", 236, "236", T),
    R("shelter_funds", 11800000000, "11,8 tỷ", T),
    R("members_new", 20000, "20.000", N, status="target", bound="over", note=TL + "; ít nhất -> over"),
    R("unions_new", 150, "150", N, status="target", bound="over", note=TL + "; '150 công đoàn cơ sở trở lên' -> over (gold/README 5)"),
    R("party_referrals", 2000, "2.000", N, status="target", note=TL),
    R("shelter_houses", 200, "200", N, status="target", note=TL + "; the 90% item is a share, not a record"),
])

# ---------------------------------------------------------------- p19
P = "2025-11-10"
SINCE = ("2025-07-01", P)
page(id="p19", url="https://baodienbienphu.vn/tin-tuc/xa-hoi/241877/dien-bien-thanh-lap-moi-12-cong-doan-co-so-sau-sap-xep-don-vi-hanh-chinh",
     published=P, page_date=P, region="Điện Biên",
     include=[("class", "detail__title"), ("class", "detail__content")],
     exclude=[],
     layout="provincial newspaper after the 2025 merger (province unchanged): font-size tools, 'Nghe bài viết' text-to-speech player with duration, figure/figcaption, hashtag list, 'Cùng chuyên mục', 'Đọc nhiều' with '34 tỉnh, thành', footer",
     recs=[
    R("unions_new", 12, "12", SINCE, note=REPEAT),
    R("unions_new", 12, "12", SINCE, note="từ ngày 1/7/2025 đến nay -> 2025-07-01 .. publication"),
    R("members_new", 1482, "l.482", SINCE, note="scraping defect 'l.482' (letter l for 1) -> 1482 (records.md)"),
    R("unions_dissolved", 5, "5", SINCE),
    R("members_lost", 356, "356", SINCE),
    R("unions_net", 7, "7", SINCE, note="tăng thực 7 CĐCS -> unions_net"),
    R("unions_total", 1071, "1.071", D(P), note=STOCK),
    R("members_total", 38940, "38.940", D(P), note=STOCK),
    R("unions_new", 8, "8", Q(4, 2025), status="target", bound="over", note="ít nhất -> over"),
    R("members_new", 1000, "1.000", Q(4, 2025), status="target"),
])

# ---------------------------------------------------------------- p20
P = "2014-07-14"
H = H1(2014)
page(id="p20", url="https://web.archive.org/web/20140716031522/http://www.baobinhdinh.com.vn/xahoi/2014/7/154873/",
     published=None, page_date=P, region="Bình Định",
     include=[("class", "tieude"), ("class", "noidung")],
     exclude=[],
     layout="Wayback Machine snapshot: archive scripts in the head, the toolbar (captures count, capture span, calendar with days and years) inserted before the page, rewritten links, printed 'Cập nhật ngày: 14/07/2014 - 10:24' (the capture date 16 Jul 2014 is not the publication date), read counter, 'Các tin khác', archive comment after </html>",
     recs=[
    R("members_new", 2876, "2.876", H, note=REPEAT + "; the headline's year-less '6 tháng đầu năm' is the same half-year"),
    R("members_new", 2876, "2.876", H),
    R("members_new", 57.5, "57,5%", H, status="attainment", unit="percent"),
    R("unions_new", 27, "27", H),
    R("unions_new", 54, "54%", H, status="attainment", unit="percent"),
    R("unions_dissolved", 9, "chín", H, note="word number chín = 9"),
    R("members_lost", 1043, "1.043", H, note="'kéo theo giảm 1.043 đoàn viên' -> members_lost; 38.000 workers not yet in unions is not a record"),
    R("members_new", 2200, "2.200", H2(2014), status="target",
      note="year-less '6 tháng cuối năm' takes the publication year; " + PAGEDATE + " (printed dateline, not the archive capture date)"),
    R("unions_new", 23, "23", H2(2014), status="target", note="year-less '6 tháng cuối năm' -> H2 2014"),
    R("members_new", 5000, "5.000", Y(2014), status="target", note="'chỉ tiêu cả năm' -> the full year (gold/README 8)"),
    R("unions_new", 50, "50", Y(2014), status="target", note="'chỉ tiêu cả năm' -> the full year (gold/README 8)"),
])
