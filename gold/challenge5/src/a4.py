from mk import *

ARTS = []

# ---------------------------------------------------------------- g16 Quảng Trị
T = """Nâng cao chất lượng thương lượng, ký kết thỏa ước lao động tập thể

QTO - Năm 2024, các cấp công đoàn tỉnh Quảng Trị đã hướng dẫn, hỗ trợ 186 doanh nghiệp tổ chức hội nghị người lao động và 173 doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc. Công đoàn cơ sở đã thương lượng, ký kết mới 42 bản thỏa ước lao động tập thể, đạt 105% kế hoạch, nâng tổng số thỏa ước còn hiệu lực lên 168 bản.

Nhiều bản thỏa ước có điều khoản có lợi hơn cho người lao động như hỗ trợ tiền xăng xe, nhà trọ, tặng quà sinh nhật. Các CĐCS đã thương lượng với người sử dụng lao động điều chỉnh tăng giá trị bữa ăn giữa ca tại 35 doanh nghiệp, mức bình quân từ 18.000 đồng lên 22.000 đồng/suất.

Ở khu vực hành chính sự nghiệp, 1.024 cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức đúng quy định. Các cấp công đoàn tổ chức và tham gia 58 cuộc giám sát việc thực hiện chế độ, chính sách đối với người lao động; Ủy ban Kiểm tra công đoàn các cấp kiểm tra tài chính 67 đơn vị.

Năm 2025, LĐLĐ tỉnh đề ra các chỉ tiêu:
- 90% doanh nghiệp có CĐCS tổ chức hội nghị người lao động;
- Ký mới ít nhất 30 bản thỏa ước lao động tập thể;
- Điều chỉnh bữa ăn giữa ca tại 25 doanh nghiệp;
- Tổ chức 40 cuộc giám sát.

Ông Lê Minh Hải, Phó Chủ tịch LĐLĐ tỉnh cho rằng, chất lượng thương lượng tập thể ở nhiều doanh nghiệp nhỏ còn hình thức, nhiều bản thỏa ước chỉ sao chép quy định của pháp luật.

Hồng Nhung
"""
TG = "item under the heading 'Năm 2025, LĐLĐ tỉnh đề ra các chỉ tiêu:' -> target of 2025 (guideline 8)"
ARTS.append(build("g16", "https://baoquangtri.vn/nang-cao-chat-luong-thuong-luong-ky-ket-thoa-uoc-lao-dong-tap-the-191824.htm",
    None, T, [
    r("worker_conferences", 186, "hỗ trợ [[186]] doanh nghiệp"),
    r("workplace_dialogues", 173, "và [[173]] doanh nghiệp"),
    r("collective_agreements", 42, "ký kết mới [[42]] bản"),
    r("collective_agreements", 105, "đạt [[105%]] kế hoạch", status="attainment",
      note="attainment of the signings' plan"),
    r("collective_agreements", 168, "hiệu lực lên [[168]] bản", per=PUB,
      note="agreements in force raised to 168 ('nâng tổng số ... lên'): a stock of the signings, no publication date -> null..null (records.md; aligned in session 10 with the later sets, was left out)"),
    r("meal_upgrades", 35, "tại [[35]] doanh nghiệp", note="the meal levels 18.000 -> 22.000 đồng/suất are per-item amounts"),
    r("official_conferences", 1024, "sự nghiệp, [[1.024]] cơ quan"),
    r("supervisions", 58, "tham gia [[58]] cuộc giám sát"),
    r("financial_inspections", 67, "tài chính [[67]] đơn vị"),
    r("collective_agreements", 30, "ít nhất [[30]] bản", status="target", bound="over", per=Y(2025),
      note=TG + "; the '90% doanh nghiệp' item is a rate, not a record"),
    r("meal_upgrades", 25, "tại [[25]] doanh nghiệp", status="target", per=Y(2025), note=TG),
    r("supervisions", 40, "Tổ chức [[40]] cuộc", status="target", per=Y(2025), note=TG),
    ], region="Quảng Trị", per=Y(2024)))

# ---------------------------------------------------------------- g17 Hải Phòng
T = """Chủ tịch LĐLĐ thành phố: Phát triển đoàn viên phải gắn với chăm lo thiết thực

26/07/2024 06:00

Nhân dịp kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 - 28/7/2024), phóng viên Báo Hải Phòng trao đổi với đồng chí Phạm Văn Đức, Chủ tịch Liên đoàn Lao động thành phố Hải Phòng.

PV: Thưa đồng chí, 6 tháng đầu năm 2024, công tác phát triển đoàn viên của thành phố có điểm gì nổi bật?

Đồng chí Phạm Văn Đức: Chúng tôi đã kết nạp được 9.865 đoàn viên, thành lập 48 công đoàn cơ sở. Số đoàn viên kết nạp mới đạt hơn 65% chỉ tiêu năm. Riêng các doanh nghiệp FDI trong các khu công nghiệp đã kết nạp 7.120 đoàn viên. Hiện toàn thành phố có 3.112 CĐCS với trên 292.000 đoàn viên.

PV: Công tác chăm lo cho người lao động được thực hiện thế nào?

Đồng chí Phạm Văn Đức: Dịp Tết Giáp Thìn 2024, các cấp công đoàn thành phố đã chăm lo cho 126.000 lượt đoàn viên, người lao động với kinh phí trên 87 tỷ đồng. Trong Tháng Công nhân năm 2024, chúng tôi trao 4.500 suất quà, hỗ trợ xây dựng 18 nhà "Mái ấm Công đoàn" và ký kết thỏa thuận hợp tác với 9 doanh nghiệp tham gia chương trình "Phúc lợi đoàn viên".

PV: Mục tiêu của thành phố trong thời gian tới?

Đồng chí Phạm Văn Đức: Nghị quyết Đại hội Công đoàn thành phố lần thứ XVI đặt mục tiêu nhiệm kỳ 2023 - 2028 kết nạp 75.000 đoàn viên, thành lập 300 CĐCS. Năm 2024, chúng tôi phấn đấu kết nạp 15.000 đoàn viên; đến cuối năm, 100% CĐCS doanh nghiệp có từ 25 đoàn viên trở lên phải thương lượng, ký kết được thỏa ước lao động tập thể.

PV: Xin cảm ơn đồng chí!

Hoàng Dũng (thực hiện)
"""
QA = "interview answer; the organisation (LĐLĐ thành phố Hải Phòng) is named only in the lead; period from the question '6 tháng đầu năm 2024'"
ARTS.append(build("g17", "https://baohaiphong.com.vn/chu-tich-ldld-thanh-pho-phat-trien-doan-vien-phai-gan-voi-cham-lo-thiet-thuc-412873.html",
    "2024-07-26", T, [
    r("members_new", 9865, "kết nạp được [[9.865]] đoàn viên", note=QA),
    r("unions_new", 48, "thành lập [[48]] công đoàn", note=QA),
    r("members_new", 65, "hơn [[65%]] chỉ tiêu", status="attainment", bound="over", note=QA),
    r("members_new", 7120, "kết nạp [[7.120]] đoàn viên", scope="doanh nghiệp FDI trong các khu công nghiệp", note="'Riêng' breakdown"),
    r("unions_total", 3112, "có [[3.112]] CĐCS", per=PUB, note="stock 'Hiện' -> publication date"),
    r("members_total", 292000, "trên [[292.000]] đoàn viên", bound="over", per=PUB),
    r("beneficiaries", 126000, "cho [[126.000]] lượt", per=Y(2024), note="'Tết Giáp Thìn 2024' -> 2024 (as dev x07)"),
    r("support_funds", 87e9, "trên [[87 tỷ]] đồng", bound="over", per=Y(2024)),
    r("beneficiaries", 4500, "trao [[4.500]] suất quà", per=M(5, 2024), note="'Tháng Công nhân năm 2024' -> May 2024"),
    r("shelter_houses", 18, "xây dựng [[18]] nhà", per=M(5, 2024)),
    r("welfare_partners", 9, "hợp tác với [[9]] doanh nghiệp", per=M(5, 2024)),
    r("members_new", 75000, "kết nạp [[75.000]] đoàn viên", status="target", per=SPAN(2023, 2028)),
    r("unions_new", 300, "thành lập [[300]] CĐCS", status="target", per=SPAN(2023, 2028)),
    r("members_new", 15000, "kết nạp [[15.000]] đoàn viên", status="target", per=Y(2024),
      note="'100% CĐCS ... từ 25 đoàn viên trở lên' is a rate with a threshold, not a record"),
    ], region="Hải Phòng", per=H1(2024)))

# ---------------------------------------------------------------- g18 Đắk Nông
T = """Công đoàn Đắk Nông giới thiệu 235 đoàn viên ưu tú cho Đảng

(ĐN) - Năm 2020, các cấp công đoàn tỉnh Đắk Nông đã giới thiệu 235 đoàn viên ưu tú cho các tổ chức đảng xem xét, bồi dưỡng, đạt 117,5% chỉ tiêu; đến nay đã có 168 đồng chí được kết nạp vào Đảng. Riêng khu vực doanh nghiệp ngoài nhà nước có 41 đoàn viên được giới thiệu, 22 người được kết nạp.

Trong số các đơn vị, LĐLĐ huyện Đắk R'lấp giới thiệu 32 đoàn viên ưu tú, Công đoàn ngành Giáo dục giới thiệu 47 đoàn viên, nhiều nhất toàn tỉnh.

Giai đoạn 2016 - 2020, toàn tỉnh đã giới thiệu gần 1.100 đoàn viên ưu tú, trong đó 812 người được kết nạp Đảng, góp phần tăng cường xây dựng Đảng trong giai cấp công nhân.

Hiện toàn tỉnh có 612 CĐCS với 28.470 đoàn viên, nhưng số đảng viên trong công nhân ở doanh nghiệp ngoài nhà nước còn rất ít.

Năm 2021, LĐLĐ tỉnh phấn đấu giới thiệu ít nhất 200 đoàn viên ưu tú cho Đảng, trong đó khu vực ngoài nhà nước ít nhất 40 người.

Thanh Nga
"""
NN = "khu vực doanh nghiệp ngoài nhà nước"
ARTS.append(build("g18", "https://baodaknong.vn/cong-doan-dak-nong-gioi-thieu-235-doan-vien-uu-tu-cho-dang-112587.html",
    None, T, [
    r("party_referrals", 235, "giới thiệu [[235]] đoàn viên ưu tú cho Đảng", note="headline repeat of the body's 235 (guideline 1): 2020"),
    r("party_referrals", 235, "đã giới thiệu [[235]] đoàn viên"),
    r("party_referrals", 117.5, "đạt [[117,5%]] chỉ tiêu", status="attainment"),
    r("party_admitted", 168, "có [[168]] đồng chí", note="'đến nay đã có ... được kết nạp' is a flow of the sentence's period, not a stock (guideline 7)"),
    r("party_referrals", 41, "có [[41]] đoàn viên", scope=NN),
    r("party_admitted", 22, "giới thiệu, [[22]] người", scope=NN),
    r("party_referrals", 32, "giới thiệu [[32]] đoàn viên", scope="LĐLĐ huyện Đắk R'lấp", note="no period phrase in the sentence -> nearest earlier 'Năm 2020'"),
    r("party_referrals", 47, "giới thiệu [[47]] đoàn viên", scope="Công đoàn ngành Giáo dục"),
    r("party_referrals", 1100, "gần [[1.100]] đoàn viên", bound="under", per=SPAN(2016, 2020)),
    r("party_admitted", 812, "đó [[812]] người", per=SPAN(2016, 2020)),
    r("unions_total", 612, "có [[612]] CĐCS", per=PUB, note="stock with no publication date -> null..null"),
    r("members_total", 28470, "với [[28.470]] đoàn viên", per=PUB),
    r("party_referrals", 200, "ít nhất [[200]] đoàn viên", status="target", bound="over", per=Y(2021)),
    r("party_referrals", 40, "ít nhất [[40]] người", status="target", bound="over", per=Y(2021), scope="khu vực ngoài nhà nước"),
    ], region="Đắk Nông", per=Y(2020)))

# ---------------------------------------------------------------- g19 Vĩnh Long
T = """Kết quả hoạt động công đoàn 9 tháng năm 2020

Ngày đăng: 08/10/2020 | Lượt xem: 415

Ban Thường vụ LĐLĐ tỉnh Vĩnh Long vừa tổ chức hội nghị sơ kết hoạt động công đoàn 9 tháng năm 2020. Dưới đây là một số số liệu chủ yếu.

Số liệu 9 tháng năm 2020:
Số đoàn viên kết nạp mới: 1.245
Số đoàn viên giảm: 862
Số đoàn viên tăng thực: 383
Số CĐCS thành lập mới: 07
Số CĐCS giải thể: 03
Số CĐCS tăng thực: 04
Số lượt đoàn viên, NLĐ được thăm hỏi, trợ cấp: 4.706
Tổng số tiền thăm hỏi, trợ cấp: 1.852.400.000 đồng
Số nhà Mái ấm Công đoàn xây mới, sửa chữa: 11
Số CĐCS được kiểm tra tài chính: 19

Tổng số CĐCS: 1.012
Tổng số đoàn viên: 64.318

Ngoài ra, thực hiện Nghị quyết 42/NQ-CP và Quyết định 15/2020/QĐ-TTg, LĐLĐ tỉnh đã hỗ trợ 2.150 đoàn viên, người lao động bị ảnh hưởng bởi dịch Covid-19, mỗi người từ 500.000 đến 1.000.000 đồng, tổng số tiền hơn 1,4 tỷ đồng.

Quý IV/2020, phấn đấu:
- Kết nạp 600 đoàn viên;
- Thành lập 5 CĐCS;
- Hoàn thành nhập dữ liệu đoàn viên lên phần mềm cho 100% CĐCS.

Văn phòng LĐLĐ tỉnh
"""
PD = "2020-10-08"
LB = "label line of the flattened table under 'Số liệu 9 tháng năm 2020:'"
DL = "stock (label 'Tổng số ...'); published is null but the dateline 'Ngày đăng: 08/10/2020' gives the publication date"
TQ = "item under the heading 'Quý IV/2020, phấn đấu:' -> target of Q4 2020 (guideline 8)"
ARTS.append(build("g19", "https://congdoanvinhlong.org.vn/tin-tuc/ket-qua-hoat-dong-cong-doan-9-thang-nam-2020-2317.html",
    None, T, [
    r("members_new", 1245, "kết nạp mới: [[1.245]]", note=LB),
    r("members_lost", 862, "đoàn viên giảm: [[862]]", note=LB),
    r("members_net", 383, "đoàn viên tăng thực: [[383]]", note=LB),
    r("unions_new", 7, "thành lập mới: [[07]]", note=LB + "; '07' = 7"),
    r("unions_dissolved", 3, "giải thể: [[03]]", note=LB + "; '03' = 3"),
    r("unions_net", 4, "CĐCS tăng thực: [[04]]", note=LB + "; '04' = 4"),
    r("beneficiaries", 4706, "trợ cấp: [[4.706]]", note=LB),
    r("support_funds", 1852400000, "trợ cấp: [[1.852.400.000]] đồng", note=LB),
    r("shelter_houses", 11, "sửa chữa: [[11]]", note=LB),
    r("financial_inspections", 19, "kiểm tra tài chính: [[19]]", note=LB),
    r("unions_total", 1012, "Tổng số CĐCS: [[1.012]]", per=PUB, note=DL),
    r("members_total", 64318, "Tổng số đoàn viên: [[64.318]]", per=PUB, note=DL),
    r("beneficiaries", 2150, "hỗ trợ [[2.150]] đoàn viên",
      note="no period phrase in the sentence -> '9 tháng năm 2020'; 'từ 500.000 đến 1.000.000 đồng' a person is a per-item range; document numbers are not records, and the 2020 inside '15/2020/QĐ-TTg' is not a period phrase"),
    r("support_funds", 1.4e9, "hơn [[1,4 tỷ]] đồng", bound="over"),
    r("members_new", 600, "Kết nạp [[600]] đoàn viên", status="target", per=Q(4, 2020), note=TQ),
    r("unions_new", 5, "Thành lập [[5]] CĐCS", status="target", per=Q(4, 2020), note=TQ),
    ], region="Vĩnh Long", per=("2020-01-01", "2020-09-30"), pubd=PD))

# ---------------------------------------------------------------- g20 Thanh Hóa
T = """LĐLĐ tỉnh tổng kết công tác công đoàn năm 2025

Cập nhật: 09:15, 09/01/2026

(Baothanhhoa.vn) - Ngày 8/1, Liên đoàn Lao động tỉnh Thanh Hóa tổ chức hội nghị tổng kết công tác công đoàn năm 2025, triển khai nhiệm vụ năm 2026.

Năm qua, trong bối cảnh sắp xếp tổ chức bộ máy, các cấp công đoàn vẫn kết nạp được 8.214 đoàn viên, thành lập 63 CĐCS ở khu vực doanh nghiệp; cấp 18.420 thẻ đoàn viên công đoàn. Sau khi sắp xếp đơn vị hành chính, LĐLĐ tỉnh đã thành lập 166 công đoàn xã, phường (công đoàn cấp trên trực tiếp cơ sở) và tiếp nhận nguyên trạng các CĐCS từ LĐLĐ cấp huyện.

Công tác nữ công được chú trọng, thành lập mới 41 Ban nữ công quần chúng tại doanh nghiệp. Có 1.846 cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức; 612 doanh nghiệp tổ chức hội nghị người lao động.

Tháng Công nhân năm 2025 được triển khai tại 2.153 CĐCS với nhiều hoạt động thiết thực.

Năm 2025, các cấp công đoàn đã thăm hỏi, hỗ trợ 31.620 lượt đoàn viên, người lao động, tổng kinh phí hơn 24,6 tỷ đồng.

Dịp Tết Nguyên đán Bính Ngọ 2026, LĐLĐ tỉnh dự kiến trao 25.000 suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn với tổng kinh phí khoảng 18 tỷ đồng.

Hồng Minh

Tin liên quan
Công đoàn xã Nga Sơn trao 80 suất quà Tết cho người lao động
Công đoàn phường Hạc Thành: Kết nạp 120 đoàn viên
"""
NQ = "'Năm qua' in a January article -> the previous year (records.md)"
ARTS.append(build("g20", "https://baothanhhoa.vn/ldld-tinh-tong-ket-cong-tac-cong-doan-nam-2025-281564.htm",
    "2026-01-09", T, [
    r("members_new", 8214, "kết nạp được [[8.214]] đoàn viên", note=NQ),
    r("unions_new", 63, "thành lập [[63]] CĐCS", scope="khu vực doanh nghiệp", note=NQ),
    r("member_records", 18420, "cấp [[18.420]] thẻ", note=NQ + "; cards issued -> member_records. The 166 công đoàn xã, phường are upper-level unions, not CĐCS: not unions_new"),
    r("women_committees", 41, "thành lập mới [[41]] Ban nữ công", note="no period phrase in the sentence -> nearest earlier 'Năm qua' (2025)"),
    r("official_conferences", 1846, "Có [[1.846]] cơ quan"),
    r("worker_conferences", 612, "; [[612]] doanh nghiệp"),
    r("workers_month_units", 2153, "tại [[2.153]] CĐCS", per=M(5, 2025), note="'Tháng Công nhân năm 2025' -> May 2025"),
    r("beneficiaries", 31620, "hỗ trợ [[31.620]] lượt"),
    r("support_funds", 24.6e9, "hơn [[24,6 tỷ]] đồng", bound="over"),
    r("beneficiaries", 25000, "trao [[25.000]] suất quà", status="target", per=Y(2026), note="'dự kiến' -> target; 'Tết Nguyên đán Bính Ngọ 2026' -> 2026"),
    r("support_funds", 18e9, "khoảng [[18 tỷ]] đồng", status="target", bound="about", per=Y(2026),
      note="the 'Tin liên quan' lines (80, 120) are other stories, not gold"),
    ], region="Thanh Hóa", per=Y(2025)))
