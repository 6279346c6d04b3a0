"""k11-k15"""
from mk import art, r, Y, H1, H2, Q, M, SPAN, SY, D, NM, PUB, NUL

# ---------------------------------------------------------------- k11
art("k11", "https://nld.com.vn/cong-doan/hon-1000-mai-am-cong-doan-cho-doan-vien-ngheo-20171219193522817.htm",
    "2017-12-19", """Hơn 1.000 "Mái ấm Công đoàn" cho đoàn viên nghèo

(NLĐO) - Ngày 19-12, LĐLĐ tỉnh Bình Định tổ chức sơ kết 10 năm thực hiện chương trình "Mái ấm Công đoàn" (2007-2017).

Theo báo cáo, từ năm 2007 đến nay, Quỹ "Mái ấm Công đoàn" của tỉnh đã hỗ trợ xây mới, sửa chữa 1.046 căn nhà cho đoàn viên, người lao động khó khăn về nhà ở với tổng số tiền hơn 28 tỉ đồng; mức hỗ trợ mỗi căn từ 20 đến 40 triệu đồng. Riêng năm 2017, quỹ đã hỗ trợ 112 căn nhà, tổng kinh phí 3,9 tỉ đồng, trong đó LĐLĐ TP Quy Nhơn có 27 căn, LĐLĐ thị xã An Nhơn có 18 căn.

Dịp này, LĐLĐ tỉnh trao 15 căn nhà cho đoàn viên ở các huyện Hoài Nhơn, Phù Mỹ, mỗi căn 40 triệu đồng.

Năm 2018, LĐLĐ tỉnh đặt mục tiêu dành 4 tỉ đồng hỗ trợ xây mới, sửa chữa 120 căn nhà "Mái ấm Công đoàn".

Tin-ảnh: Ngọc Thanh

Tin liên quan
Quảng Ngãi: Trao 30 "Mái ấm Công đoàn" cho đoàn viên khó khăn""", "Bình Định", [
    r("shelter_houses", 1000, "Hơn [[1.000]] \"Mái ấm", bound="over", per=("2007-01-01", "2017-12-19"),
      note="headline repeat (rounded) of 1.046: body's period ('từ năm 2007 đến nay') and region (province named only in the body of this nld.com.vn article)"),
    r("shelter_houses", 1046, "sửa chữa [[1.046]] căn nhà", per=("2007-01-01", "2017-12-19"),
      note="'từ năm 2007 đến nay' -> 2007-01-01..publication date; the '(2007-2017)' of the programme name is not the figure's phrase but gives the same start"),
    r("shelter_funds", 28000000000, "hơn [[28 tỉ]] đồng", bound="over", per=("2007-01-01", "2017-12-19"),
      note="'mỗi căn từ 20 đến 40 triệu đồng' is a per-item range, not a record"),
    r("shelter_houses", 112, "hỗ trợ [[112]] căn nhà", per=Y(2017)),
    r("shelter_funds", 3900000000, "kinh phí [[3,9 tỉ]] đồng", per=Y(2017)),
    r("shelter_houses", 27, "có [[27]] căn", per=Y(2017), scope="LĐLĐ TP Quy Nhơn", note="breakdown; city union -> province"),
    r("shelter_houses", 18, "có [[18]] căn", per=Y(2017), scope="LĐLĐ thị xã An Nhơn", note="breakdown; town union -> province"),
    r("shelter_houses", 15, "trao [[15]] căn nhà", per=Y(2017),
      note="no period phrase in the sentence: nearest earlier is 'Riêng năm 2017' (the handover is on 19-12-2017, inside it); 40 triệu đồng is per house"),
    r("shelter_funds", 4000000000, "dành [[4 tỉ]] đồng", status="target", per=Y(2018),
      note="'đặt mục tiêu' -> target; money to be spent on the houses (money raised for the fund would not be shelter_funds, dev x08)"),
    r("shelter_houses", 120, "sửa chữa [[120]] căn nhà", status="target", per=Y(2018)),
], kind="national site, province only in body; cumulative since 2007; Tin liên quan")

# ---------------------------------------------------------------- k12
art("k12", "https://baolongan.vn/6-thang-dau-nam-2020-cong-doan-ho-tro-gan-13-000-doan-vien-bi-anh-huong-dich-covid-19-a98765.html",
    "2020-07-16", """6 tháng đầu năm 2020: Công đoàn hỗ trợ gần 13.000 đoàn viên bị ảnh hưởng dịch Covid-19

16/07/2020 - 08:10

(BLA) - Theo LĐLĐ tỉnh Long An, 6 tháng đầu năm 2020, các cấp công đoàn trong tỉnh đã hỗ trợ 12.930 đoàn viên, người lao động bị mất việc, giảm thu nhập do dịch Covid-19 với tổng số tiền 7,6 tỉ đồng, ngoài các khoản hỗ trợ theo Nghị quyết 42/NQ-CP của Chính phủ.

Cũng trong thời gian này, các CĐCS đã phối hợp với người sử dụng lao động tổ chức hội nghị người lao động tại 642 doanh nghiêp, ký mới 58 bản thỏa ước lao động tập thể; 37 doanh nghiệp nâng mức bữa ăn giữa ca, trong đó có 21 doanh nghiệp ở các KCN thuộc huyện Đức Hòa, Bến Lức.

Công đoàn các KCN tỉnh cho biết, trong quý II, có 14 CĐCS giải thể do doanh nghiệp ngừng sản xuất, làm giảm 3.920 đoàn viên; cùng thời gian, đơn vị thành lập mới 9 CĐCS với 1.150 đoàn viên.

6 tháng cuối năm, LĐLĐ tỉnh phấn đấu thành lập 20 CĐCS, kết nạp 4.000 đoàn viên, tổ chức 50 cuộc đối thoại định kỳ tại doanh nghiệp.

Huỳnh Phong""", "Long An", [
    r("beneficiaries", 13000, "hỗ trợ gần [[13.000]] đoàn viên", bound="under", per=H1(2020),
      note="headline repeat (rounded) of 12.930"),
    r("beneficiaries", 12930, "hỗ trợ [[12.930]] đoàn viên", per=H1(2020)),
    r("support_funds", 7600000000, "số tiền [[7,6 tỉ]] đồng", per=H1(2020)),
    r("worker_conferences", 642, "tại [[642]] doanh", per=H1(2020),
      note="'Cũng trong thời gian này' -> the first half of 2020; typo 'doanh nghiêp' in the source"),
    r("collective_agreements", 58, "ký mới [[58]] bản", per=H1(2020)),
    r("meal_upgrades", 37, "[[37]] doanh nghiệp nâng mức", per=H1(2020)),
    r("meal_upgrades", 21, "có [[21]] doanh nghiệp", per=H1(2020), scope="các KCN thuộc huyện Đức Hòa, Bến Lức",
      note="breakdown (trong đó); KCNs in districts -> province"),
    r("unions_dissolved", 14, "có [[14]] CĐCS giải thể", per=Q(2, 2020), scope="Công đoàn các KCN tỉnh",
      note="year-less 'quý II' -> the publication year 2020"),
    r("members_lost", 3920, "làm giảm [[3.920]] đoàn viên", per=Q(2, 2020), scope="Công đoàn các KCN tỉnh"),
    r("unions_new", 9, "thành lập mới [[9]] CĐCS", per=Q(2, 2020), scope="Công đoàn các KCN tỉnh",
      note="'cùng thời gian' -> quý II 2020"),
    r("members_new", 1150, "với [[1.150]] đoàn viên", per=Q(2, 2020), scope="Công đoàn các KCN tỉnh",
      note="members of newly founded unions -> members_new (gold README 9)"),
    r("unions_new", 20, "thành lập [[20]] CĐCS", status="target", per=H2(2020),
      note="year-less '6 tháng cuối năm' -> H2 of the publication year"),
    r("members_new", 4000, "kết nạp [[4.000]] đoàn viên", status="target", per=H2(2020)),
    r("workplace_dialogues", 50, "tổ chức [[50]] cuộc đối thoại", status="target", per=H2(2020)),
], kind="half-year review, 'Cũng trong thời gian này', year-less quarter, KCN union, H2 targets")

# ---------------------------------------------------------------- k13
art("k13", "http://baodongkhoi.vn/uy-ban-kiem-tra-cong-doan-cac-cap-kiem-tra-tai-chinh-69-don-vi-28122015-a41235.html",
    None, """Ủy ban Kiểm tra công đoàn các cấp: Kiểm tra tài chính 69 đơn vị

Thứ Hai, 28/12/2015 - 08:15

Trong năm, Ủy ban Kiểm tra (UBKT) LĐLĐ tỉnh và UBKT công đoàn các cấp đã kiểm tra tài chính 69 đơn vị, gồm 65 CĐCS và 4 LĐLĐ huyện, đạt 108% kế hoạch; qua kiểm tra đã kiến nghị thu hồi hơn 86 triệu đồng chi sai quy định. Đồng thời, UBKT các cấp tổ chức 42 cuộc kiểm tra việc chấp hành Điều lệ Công đoàn, tham gia 15 cuộc giám sát việc thực hiện chế độ, chính sách đối với người lao động tại doanh nghiệp.

Hiện toàn tỉnh có 1.126 CĐCS với 62.450 đoàn viên; 100% CĐCS đã bầu UBKT hoặc cử ủy viên ban chấp hành phụ trách công tác kiểm tra.

Năm 2016, UBKT LĐLĐ tỉnh phấn đấu kiểm tra tài chính ít nhất 70 CĐCS; phối hợp mở lớp tập huấn nghiệp vụ cho 300 ủy viên UBKT cơ sở.

Thanh Đồng

Số lần đọc: 845""", "Bến Tre", [
    r("financial_inspections", 69, "Kiểm tra tài chính [[69]] đơn vị\n", per=Y(2015),
      note="headline repeat of the body's 69; province only in the site (baodongkhoi.vn = Bến Tre)"),
    r("financial_inspections", 69, "tài chính [[69]] đơn vị,", per=Y(2015),
      note="'Trong năm' with no 'published' but a dateline of 28/12/2015 -> 2015 (the dateline is the article's publication date, challenge5 convention)"),
    r("financial_inspections", 65, "gồm [[65]] CĐCS", per=Y(2015), scope="CĐCS", note="breakdown (gồm)"),
    r("financial_inspections", 4, "và [[4]] LĐLĐ huyện", per=Y(2015), scope="LĐLĐ huyện", note="breakdown (gồm)"),
    r("financial_inspections", 108, "đạt [[108%]] kế hoạch", status="attainment", per=Y(2015)),
    r("supervisions", 42, "tổ chức [[42]] cuộc kiểm tra", per=Y(2015),
      note="'kiểm tra việc chấp hành Điều lệ' -> supervisions, kept apart from financial inspections (challenge convention); '86 triệu' to be recovered is not a record"),
    r("supervisions", 15, "tham gia [[15]] cuộc giám sát", per=Y(2015)),
    r("unions_total", 1126, "có [[1.126]] CĐCS", per=("2015-12-28", "2015-12-28"),
      note="stock at the publication date, here the dateline's date (published is null)"),
    r("members_total", 62450, "với [[62.450]] đoàn viên", per=("2015-12-28", "2015-12-28"), note="stock at the dateline's date"),
    r("financial_inspections", 70, "ít nhất [[70]] CĐCS", status="target", bound="over", per=Y(2016)),
    r("trainees", 300, "cho [[300]] ủy viên", status="target", per=Y(2016)),
], dateline="2015-12-28", kind="inspection committee year review, dateline only, site-only province, counter")

# ---------------------------------------------------------------- k14
art("k14", "https://baoangiang.com.vn/an-giang-ky-ket-thoa-thuan-phuc-loi-doan-vien-voi-12-don-vi-a345621.html",
    None, """An Giang: Ký kết thỏa thuận "Phúc lợi đoàn viên" với 12 đơn vị

(BAG) - Sáng 14-9, tại TP Long Xuyên, Liên đoàn Lao động (LĐLĐ) tỉnh An Giang tổ chức ký kết thỏa thuận hợp tác thực hiện chương trình "Phúc lợi đoàn viên công đoàn" với 12 doanh nghiệp, đơn vị cung cấp hàng hóa, dịch vụ trên địa bàn tỉnh. Cũng tại buổi lễ, LĐLĐ tỉnh trao 60 suất quà (mỗi suất 500.000 đồng) cho đoàn viên có hoàn cảnh khó khăn của CĐCS Công ty CP Xuất nhập khẩu Thủy sản An Giang.

Theo thỏa thuận, đoàn viên có thẻ đoàn viên công đoàn được giảm từ 5 - 20% giá sản phẩm, dịch vụ tại các siêu thị, nhà thuốc, phòng khám, cơ sở lưu trú của các đối tác.

Trước đó, trong 6 tháng đầu năm 2022, LĐLĐ tỉnh đã ký 7 thỏa thuận hợp tác tương tự; LĐLĐ TP Châu Đốc và LĐLĐ huyện Châu Thành ký 9 thỏa thuận với các đơn vị trên địa bàn. Đến nay, toàn tỉnh đã có 38.640 đoàn viên được cấp thẻ đoàn viên công đoàn, đạt 64% tổng số đoàn viên.

Năm 2022, LĐLĐ tỉnh phấn đấu ký kết với ít nhất 25 đối tác, cấp thêm 10.000 thẻ đoàn viên.

Thanh Tiến""", "An Giang", [
    r("welfare_partners", 12, "với [[12]] đơn vị", per=NUL,
      note="headline repeat of the body's 12: its null period"),
    r("welfare_partners", 12, "với [[12]] doanh nghiệp", per=NUL,
      note="no period phrase before it ('Sáng 14-9' is a date) and no publication date -> null..null"),
    r("beneficiaries", 60, "trao [[60]] suất quà", per=NUL,
      note="no period phrase before it, no publication date -> null; 500.000 đồng is per item"),
    r("welfare_partners", 7, "đã ký [[7]] thỏa thuận", per=H1(2022)),
    r("welfare_partners", 9, "ký [[9]] thỏa thuận", per=H1(2022), scope="LĐLĐ TP Châu Đốc và LĐLĐ huyện Châu Thành",
      note="city and district unions -> province; same sentence as '6 tháng đầu năm 2022'"),
    r("member_records", 38640, "có [[38.640]] đoàn viên", per=NUL,
      note="cumulative count with only 'Đến nay' is dated like a stock at publication (challenge3/6 convention); no publication date -> null; '64%' is a share"),
    r("welfare_partners", 25, "ít nhất [[25]] đối tác", status="target", bound="over", per=Y(2022)),
    r("member_records", 10000, "thêm [[10.000]] thẻ", status="target", per=Y(2022), note="cards to be issued -> member_records (indicators.tsv 'cấp thẻ')"),
], kind="Phúc lợi đoàn viên signing, undated: null periods beside explicit ones")

# ---------------------------------------------------------------- k15
art("k15", "https://baocamau.vn/cong-doan-dau-khi-viet-nam-trao-400-suat-qua-tet-cho-nguoi-lao-dong-ca-mau-a123456.html",
    "2021-02-05", """Công đoàn Dầu khí Việt Nam trao 400 suất quà Tết cho người lao động Cà Mau

(CMO) Chiều 4/2, Công đoàn Dầu khí Việt Nam phối hợp với Công ty Phân bón Dầu khí Cà Mau và Công ty Điện lực Dầu khí Cà Mau tổ chức chương trình "Tết sum vầy" Xuân Tân Sửu 2021, trao 400 suất quà cho người lao động có hoàn cảnh khó khăn đang làm việc tại Cụm Khí - Điện - Đạm Cà Mau, tổng trị giá 400 triệu đồng.

Công đoàn Dầu khí Việt Nam trao 400 suất quà Tết cho người lao động Cà Mau - Ảnh 1.

Dịp Tết Nguyên đán Tân Sửu 2021, Công đoàn Dầu khí Việt Nam dành hơn 9,5 tỷ đồng thăm, tặng quà cho 11.800 đoàn viên, người lao động trong toàn ngành; hỗ trợ 35 đoàn viên khó khăn xây, sửa nhà "Mái ấm Công đoàn" với mức 50 triệu đồng/trường hợp.

Cùng ngày, LĐLĐ tỉnh Cà Mau trao 150 suất quà cho công nhân lao động KCN Khánh An, huyện U Minh, mỗi suất trị giá 500.000 đồng.

Năm 2020, Công đoàn Dầu khí Việt Nam kết nạp 1.240 đoàn viên, nâng tổng số đoàn viên toàn ngành lên 56.300 người.

Hồng Phượng""", "Cà Mau", [
    r("beneficiaries", 400, "Nam trao [[400]] suất quà Tết cho người lao động Cà Mau\n\n(CMO)", per=Y(2021),
      scope="Công đoàn Dầu khí Việt Nam tại Cà Mau",
      note="headline repeat of the body's 400: its region (national body acting in Cà Mau) and period (Tết Tân Sửu 2021)"),
    r("beneficiaries", 400, "trao [[400]] suất quà cho", per=Y(2021), scope="Công đoàn Dầu khí Việt Nam tại Cà Mau",
      note="a national sector union acting in one province -> that province (records.md); 'Xuân Tân Sửu 2021' -> 2021"),
    r("support_funds", 400000000, "trị giá [[400 triệu]] đồng", per=Y(2021), scope="Công đoàn Dầu khí Việt Nam tại Cà Mau"),
    r("beneficiaries", 400, "Nam trao [[400]] suất quà Tết cho người lao động Cà Mau - Ảnh", per=Y(2021),
      scope="Công đoàn Dầu khí Việt Nam tại Cà Mau",
      note="image-caption line repeating the headline: a mention of its own (dev x14); the '1' of 'Ảnh 1' is not a record"),
    r("support_funds", 9500000000, "hơn [[9,5 tỷ]] đồng", bound="over", per=Y(2021), region="Việt Nam", scope="Công đoàn Dầu khí Việt Nam",
      note="the same national body acting for its whole sector ('trong toàn ngành') -> Việt Nam (as dev x05)"),
    r("beneficiaries", 11800, "cho [[11.800]] đoàn viên", per=Y(2021), region="Việt Nam", scope="Công đoàn Dầu khí Việt Nam"),
    r("shelter_houses", 35, "hỗ trợ [[35]] đoàn viên", per=Y(2021), region="Việt Nam", scope="Công đoàn Dầu khí Việt Nam",
      note="members helped to build or repair a Mái ấm Công đoàn house -> shelter_houses (gold README 9); 50 triệu đồng/trường hợp is per item"),
    r("beneficiaries", 150, "trao [[150]] suất quà", per=Y(2021), scope="KCN Khánh An, huyện U Minh",
      note="LĐLĐ tỉnh Cà Mau -> Cà Mau; 'Cùng ngày' is no period phrase: nearest earlier is Tết Nguyên đán Tân Sửu 2021; 500.000 đồng is per item"),
    r("members_new", 1240, "kết nạp [[1.240]] đoàn viên", per=Y(2020), region="Việt Nam", scope="Công đoàn Dầu khí Việt Nam"),
    r("members_total", 56300, "lên [[56.300]] người", per=PUB, region="Việt Nam", scope="Công đoàn Dầu khí Việt Nam",
      note="'nâng tổng số ... lên' -> stock at the publication date, although the sentence names 2020 (records.md)"),
], kind="national sector union in one province vs nationally; image-caption repeat")
