from lib import doc, r

KCN = "Công đoàn các KCN"

# u06: Tháng Công nhân 2016, Công đoàn các KCN Đồng Nai
doc("u06", "http://www.baodongnai.com.vn/xahoi/201605/thang-cong-nhan-nam-2016-cong-doan-cac-kcn-cham-lo-hon-5000-cong-nhan-2701832/", "2016-05-27", "Đồng Nai", """Tháng Công nhân năm 2016: Công đoàn các KCN Đồng Nai chăm lo hơn [[5.000|a]] công nhân
Cập nhật lúc 07:41, Thứ Sáu, 27/05/2016 (GMT+7)
Trong Tháng Công nhân năm 2016, Công đoàn các KCN Đồng Nai đã phối hợp với doanh nghiệp tổ chức thăm, tặng quà cho [[5.146|b]] đoàn viên, công nhân có hoàn cảnh khó khăn, tổng trị giá [[2,08 tỷ|c]] đồng. Mỗi phần quà trị giá từ 300.000 đến 500.000 đồng.
Tháng Công nhân được tổ chức ở [[312|d]] CĐCS, chiếm 65% số CĐCS trực thuộc.
Cũng trong tháng, Công đoàn các KCN phối hợp với Ban Quản lý các KCN tổ chức đối thoại tại [[46|e]] doanh nghiệp; vận động [[27|f]] doanh nghiệp nâng mức bữa ăn ca lên 18.000 - 20.000 đồng/suất.
Công đoàn trao [[hai|g]] căn nhà Mái ấm Công đoàn cho đoàn viên ở huyện Long Thành và Nhơn Trạch, mỗi căn 50 triệu đồng. Dịp này, Công đoàn các KCN còn phối hợp với Bệnh viện Đa khoa Đồng Nai khám bệnh, cấp thuốc miễn phí cho [[1.200|h]] công nhân.
Từ đầu năm đến nay, Công đoàn các KCN đã kết nạp [[8.935|i]] đoàn viên, thành lập [[24|j]] CĐCS; số đoàn viên kết nạp tăng 300 so với cùng kỳ năm 2015.
Hiện Công đoàn các KCN Đồng Nai quản lý [[1.018|k]] CĐCS với gần [[450.000|l]] đoàn viên, trong đó hơn 60% là lao động nữ.
Hồng Nhung
""", [
    r("a", "beneficiaries", "mo2016-05", b="over", sc=KCN, n="headline repeat of 5.146 ('hơn 5.000'): body's period (gold README 1)"),
    r("b", "beneficiaries", "mo2016-05", sc=KCN, n="'Tháng Công nhân năm 2016' -> May 2016 (records.md); a KCN union gives its province"),
    r("c", "support_funds", "mo2016-05", sc=KCN, n="'từ 300.000 đến 500.000 đồng' per gift is not a record"),
    r("d", "workers_month_units", "mo2016-05", sc=KCN, n="'chiếm 65%' is a share with no target: no record"),
    r("e", "workplace_dialogues", "mo2016-05", sc=KCN, n="'Cũng trong tháng' -> May 2016"),
    r("f", "meal_upgrades", "mo2016-05", sc=KCN, n="the meal level 18.000 - 20.000 đồng/suất is a threshold, not a record"),
    r("g", "shelter_houses", "mo2016-05", sc=KCN, v=2, n="word number 'hai' = 2; 'mỗi căn 50 triệu đồng' is per-item, no shelter_funds record"),
    r("h", "beneficiaries", "mo2016-05", sc=KCN, n="free check-ups and medicine are support given to workers -> beneficiaries"),
    r("i", "members_new", "2016-01-01..pub", sc=KCN, n="'Từ đầu năm đến nay' -> 1 Jan .. publication; 'tăng 300 so với cùng kỳ' only says how many more: no record"),
    r("j", "unions_new", "2016-01-01..pub", sc=KCN),
    r("k", "unions_total", "pub", sc=KCN, n="'Hiện ... quản lý' stock at publication (gold README 7)"),
    r("l", "members_total", "pub", b="under", sc=KCN, n="stock; 'gần' -> under; 'hơn 60%' is a share, no record"),
])

# u07: legal aid, dialogue and collective agreements in TP HCM (Người Lao Động)
doc("u07", "https://nld.com.vn/cong-doan/tp-hcm-hon-14000-luot-cong-nhan-duoc-tu-van-phap-luat-mien-phi-20191121190512345.htm", "2019-11-21", "Hồ Chí Minh", """TP HCM: Hơn [[14.000|a]] lượt công nhân được tư vấn pháp luật miễn phí
21-11-2019 - 19:05
(NLĐ) - 10 tháng năm 2019, Trung tâm Tư vấn pháp luật Công đoàn TP HCM đã tư vấn cho [[14.218|b]] lượt người lao động, trong đó Văn phòng tư vấn tại các KCX - KCN tiếp nhận [[2.315|l]] lượt. Trung tâm trực tiếp tham gia tố tụng bảo vệ quyền lợi cho người lao động trong 96 vụ án, giúp họ nhận lại hơn 3,4 tỷ đồng.
Theo LĐLĐ TP HCM, cũng trong 10 tháng, các CĐCS đã thương lượng, ký mới [[812|d]] bản thỏa ước lao động tập thể và ký lại [[1.046|e]] bản có nội dung có lợi hơn cho người lao động.
Công đoàn các cấp phối hợp tổ chức đối thoại định kỳ tại [[3.215|g]] doanh nghiệp; hội nghị người lao động tại [[5.870|h]] doanh nghiệp, đạt [[94%|i]] kế hoạch. Ngoài ra, LĐLĐ TP mở [[28|j]] lớp tập huấn kỹ năng thương lượng tập thể cho [[2.140|k]] cán bộ công đoàn cơ sở.
Bà Nguyễn Thị Bích Thủy, Phó Chủ tịch LĐLĐ TP HCM, cho biết năm 2019 có khoảng 70% doanh nghiệp có tổ chức công đoàn đã ký thỏa ước.
Người lao động cần tư vấn có thể gọi Tổng đài 1900 1080 hoặc số 028.3829.3247 (giờ hành chính).
NGỌC BÍCH
""", [
    r("a", "legal_consultations", "m10-2019", b="over", n="headline repeat of 14.218: body's period (gold README 1)"),
    r("b", "legal_consultations", "m10-2019"),
    r("l", "legal_consultations", "m10-2019", sc="Văn phòng tư vấn tại các KCX - KCN", n="'trong đó' breakdown (gold README 6); the 96 court cases and 3,4 tỷ recovered fit no code"),
    r("d", "collective_agreements", "m10-2019", sc="ký mới"),
    r("e", "collective_agreements", "m10-2019", sc="ký lại", n="re-signed agreements are signed agreements -> collective_agreements with scope 'ký lại' (indicators.tsv 'ký kết'); judgement call"),
    r("g", "workplace_dialogues", "m10-2019", n="period from the nearest earlier phrase 'trong 10 tháng'"),
    r("h", "worker_conferences", "m10-2019"),
    r("i", "worker_conferences", "m10-2019", st="attainment", n="'đạt 94% kế hoạch' follows the worker conferences -> attainment of worker_conferences (gold README 4)"),
    r("j", "trainings", "m10-2019"),
    r("k", "trainees", "m10-2019", n="'khoảng 70% doanh nghiệp' is a share with no target; phone numbers are not records"),
])

# u08: Mái ấm Công đoàn in Quảng Trị (mới), Quảng Bình (cũ)
doc("u08", "https://baoquangtri.vn/xa-hoi/quang-tri-trao-35-mai-am-cong-doan-cho-doan-vien-kho-khan-195512.htm", "2025-09-18", "Quảng Trị", """Quảng Trị: Trao [[35|a]] Mái ấm Công đoàn cho đoàn viên khó khăn
18/09/2025 10:25
QTO - Từ đầu năm 2025 đến nay, Quỹ Xã hội Mái ấm Công đoàn các cấp trong tỉnh Quảng Trị đã hỗ trợ xây mới, sửa chữa [[35|b]] nhà cho đoàn viên có hoàn cảnh khó khăn về nhà ở, với tổng kinh phí hỗ trợ [[2 tỷ 210 triệu|c]] đồng. Trong đó, xây mới [[29|d]] nhà, sửa chữa [[06|e]] nhà. Mức hỗ trợ xây mới là 70 triệu đồng/nhà, sửa chữa 30 triệu đồng/nhà.
Riêng khu vực Quảng Bình (cũ), từ năm 2016 đến nay, Quỹ đã trao [[412|f]] Mái ấm Công đoàn với số tiền hơn [[17,6 tỷ|g]] đồng. Năm nay, Quỹ vận động được hơn 1,3 tỷ đồng từ đoàn viên và doanh nghiệp.
Dịp Tháng Công nhân vừa qua, Công đoàn phường Đồng Hới phối hợp với các doanh nghiệp trao [[3|i]] căn nhà cho đoàn viên là công nhân ngành may.
Kế hoạch năm 2025, LĐLĐ tỉnh phấn đấu hỗ trợ [[50|h]] nhà Mái ấm Công đoàn, ưu tiên đoàn viên ở các xã miền núi, vùng thường xuyên bị thiên tai.
- Ảnh: Đại diện LĐLĐ tỉnh trao quyết định hỗ trợ 70 triệu đồng xây Mái ấm Công đoàn cho đoàn viên Trần Thị Hoa.
Tin, ảnh: Lê Trường
""", [
    r("a", "shelter_houses", "2025-01-01..pub", n="headline repeat of 35: body's region and period (gold README 1)"),
    r("b", "shelter_houses", "2025-01-01..pub", n="'Từ đầu năm 2025 đến nay' -> 1 Jan 2025 .. publication (records.md); " + "merged province's own total, region = its post-merger name"),
    r("c", "shelter_funds", "2025-01-01..pub", v=2210000000, n="'2 tỷ 210 triệu' = 2 210 000 000; per-house amounts are not records"),
    r("d", "shelter_houses", "2025-01-01..pub", sc="xây mới"),
    r("e", "shelter_houses", "2025-01-01..pub", sc="sửa chữa", n="'06' -> 6 (records.md '03/03' style leading zero)"),
    r("f", "shelter_houses", "2016-01-01..pub", reg="Quảng Bình", sc="khu vực Quảng Bình (cũ)", n="'từ năm 2016 đến nay' -> 2016-01-01 .. publication; old-province area -> pre-merger name"),
    r("g", "shelter_funds", "2016-01-01..pub", b="over", reg="Quảng Bình", sc="khu vực Quảng Bình (cũ)", n="money raised for the fund (1,3 tỷ) fits no code"),
    r("i", "shelter_houses", "mo2025-05", reg="Quảng Bình", sc="Công đoàn phường Đồng Hới", n="'Tháng Công nhân vừa qua' -> May 2025; Đồng Hới is the former city of Quảng Bình, so the text allows the pre-merger name (judgement call)"),
    r("h", "shelter_houses", "y2025", st="target", n="'Kế hoạch năm 2025 ... phấn đấu' -> target of the year; the caption's 70 triệu is per-item"),
])

# u09: inspection committees of Thanh Hóa, year 2022
doc("u09", "https://baothanhhoa.vn/lao-dong-viec-lam/ubkt-cong-doan-cac-cap-kiem-tra-tai-chinh-652-cuoc-trong-nam-2022-17342.htm", "2022-12-27", "Thanh Hóa", """Thanh Hóa: Ủy ban Kiểm tra công đoàn các cấp kiểm tra tài chính [[652|c2]] cuộc trong năm 2022
Thứ Ba, 27/12/2022 15:02
Năm 2022, Ủy ban Kiểm tra (UBKT) công đoàn các cấp tỉnh Thanh Hóa đã kiểm tra [[1.184|a]] cuộc, trong đó kiểm tra việc chấp hành Điều lệ Công đoàn [[402|b]] cuộc, kiểm tra tài chính [[652|c]] cuộc, kiểm tra khi có dấu hiệu vi phạm [[3|d]] cuộc; giám sát [[127|e]] cuộc.
Qua kiểm tra tài chính, UBKT đã kiến nghị thu hồi, nộp về công đoàn cấp trên hơn 1,37 tỷ đồng. Riêng UBKT LĐLĐ tỉnh trực tiếp kiểm tra tài chính [[27|f]] đơn vị, đạt [[108%|g]] kế hoạch.
Bên cạnh đó, công đoàn các cấp tham gia [[318|h]] đoàn thanh tra, kiểm tra liên ngành về an toàn, vệ sinh lao động và chính sách tiền lương; UBKT các cấp giải quyết 14 đơn thư theo thẩm quyền.
Hội nghị tổng kết có 180 đại biểu tham dự. Năm 2023, UBKT LĐLĐ tỉnh đặt chỉ tiêu kiểm tra tài chính ít nhất [[600|i]] đơn vị, thực hiện theo Hướng dẫn số 03/HD-UBKT.
Minh Hằng
""", [
    r("c2", "financial_inspections", "y2022", n="headline repeat of 652: body's period (gold README 1)"),
    r("a", "supervisions", "y2022", n="a mixed total of inspections that includes financial ones -> supervisions (challenge11 convention for a mixed total); judgement call"),
    r("b", "supervisions", "y2022", sc="kiểm tra việc chấp hành Điều lệ Công đoàn", n="breakdown (gold README 6)"),
    r("c", "financial_inspections", "y2022", sc=None),
    r("d", "supervisions", "y2022", sc="kiểm tra khi có dấu hiệu vi phạm"),
    r("e", "supervisions", "y2022", sc="giám sát"),
    r("f", "financial_inspections", "y2022", sc="UBKT LĐLĐ tỉnh", n="the 1,37 tỷ recovered fits no code"),
    r("g", "financial_inspections", "y2022", st="attainment", sc="UBKT LĐLĐ tỉnh", n="'đạt 108% kế hoạch' -> attainment of financial_inspections (gold README 4)"),
    r("h", "supervisions", "y2022", n="joined inspections ('tham gia ... đoàn thanh tra, kiểm tra') -> supervisions; the 14 complaints are not records"),
    r("i", "financial_inspections", "y2023", st="target", b="over", sc="UBKT LĐLĐ tỉnh", n="'chỉ tiêu ... ít nhất' -> target, bound over; the 180 delegates and the document number are not records"),
])

# u10: short Người Lao Động brief, Khánh Hòa, first two months of 2018
doc("u10", "https://nld.com.vn/cong-doan/khanh-hoa-ket-nap-hon-1300-doan-vien-20180313210512.htm", "2018-03-13", "Khánh Hòa", """Khánh Hòa: Kết nạp hơn [[1.300|a]] đoàn viên trong 2 tháng đầu năm
13-03-2018 - 21:05
(NLĐ) - Theo LĐLĐ tỉnh Khánh Hòa, 2 tháng đầu năm 2018, các cấp công đoàn trong tỉnh đã kết nạp [[1.326|b]] đoàn viên, giảm [[410|c]], tăng thuc [[916|d]]; thành lập mới [[9|e]] CĐCS, giải thể [[4|f]] CĐCS do doanh nghiệp ngừng hoạt động. Số đoàn viên kết nạp tăng 215 so với cùng kỳ năm 2017.
Hiện toàn tỉnh có [[1.247|h]] CĐCS với [[81.520|i]] đoàn viên. Năm 2018, LĐLĐ tỉnh phấn đấu phát triển [[ba nghìn|g]] đoàn viên, tập trung vào các doanh nghiệp từ 30 lao động trở lên ở Khu kinh tế Vân Phong.
Dịp Tết Mậu Tuất 2018, các cấp công đoàn trong tỉnh đã thăm, tặng quà cho [[8.950|j]] đoàn viên, người lao động với tổng số tiền [[4,1 tỷ|k]] đồng, mỗi suất quà từ 300.000 đồng đến 1 triệu đồng. Theo ông Lê Văn Dễ, Chủ tịch LĐLĐ tỉnh, năm nay có 12 doanh nghiệp nợ lương, nợ bảo hiểm xã hội kéo dài trước Tết.
Bình luận (0)
""", [
    r("a", "members_new", "m2-2018", b="over", n="headline repeat of 1.326 ('hơn 1.300'): body's period (gold README 1)"),
    r("b", "members_new", "m2-2018", n="'2 tháng đầu năm 2018' -> Jan..Feb 2018 (records.md '8 tháng đầu năm')"),
    r("c", "members_lost", "m2-2018", n="'giảm 410' leaves the noun out (members)"),
    r("d", "members_net", "m2-2018", n="'tăng thuc' (scraped, diacritic missing) = tăng thực; leaves the noun out; net change; 'tăng 215 so với cùng kỳ' is a comparison: no record"),
    r("e", "unions_new", "m2-2018"),
    r("f", "unions_dissolved", "m2-2018"),
    r("h", "unions_total", "pub", n="'Hiện toàn tỉnh có' stock at publication"),
    r("i", "members_total", "pub"),
    r("j", "beneficiaries", "y2018", n="'Tết Mậu Tuất 2018' -> year 2018 (dev x07/y01); per-gift amounts are not records"),
    r("k", "support_funds", "y2018", n="'12 doanh nghiệp nợ lương' fits no code"),
    r("g", "members_new", "y2018", st="target", v=3000, n="'ba nghìn' = 3000 in words; 'phấn đấu' -> target; 'từ 30 lao động trở lên' is a threshold"),
])
