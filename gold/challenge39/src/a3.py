"""as11-as15: Tết with bonus survey, culture festival (undated), post-merger quarter report,
union finance, women's day."""

AS11 = """Hơn [[15 tỷ|sf a y2024 b=o n=gold README 1: rounded headline repeat of 15,2 tỷ, takes its period]] đồng chăm lo Tết cho đoàn viên, người lao động

Ngày đăng: 05/02/2024 | Lượt xem: 1.842

STO - Tết Nguyên đán Giáp Thìn 2024, các cấp công đoàn tỉnh Sóc Trăng đã thăm, tặng [[18.460|ben a y2024 n=Tết Giáp Thìn 2024 -> year 2024 (Tết takes its year)]] suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn với tổng kinh phí [[15,2 tỷ|sf a y2024]] đồng, tăng 15% so với Tết Quý Mão 2023.

Trong đó, LĐLĐ tỉnh trực tiếp trao [[3.200|ben a y2024 s=LĐLĐ tỉnh n=gold README 6: breakdown by giver, scope as written]] suất quà, mỗi suất 500.000 đồng; Công đoàn các KCN tỉnh tặng [[1.150|ben a y2024 s=Công đoàn các KCN n=gold README 9: tickets given to members count as beneficiaries]] vé xe cho công nhân về quê đón Tết trên 4 chuyến xe miễn phí. Chương trình "Chợ Tết Công đoàn" năm nay phát hành 2.500 phiếu mua hàng 0 đồng, mỗi phiếu trị giá 300.000 đồng.

LĐLĐ tỉnh trao quà Tết cho công nhân KCN An Nghiệp.

Theo khảo sát của LĐLĐ tỉnh tại 186 doanh nghiệp, 96% doanh nghiệp có thưởng Tết; mức thưởng bình quân khoảng 6,8 triệu đồng/người, cao nhất 120 triệu đồng, thấp nhất 300.000 đồng. Còn 12 doanh nghiệp nợ lương với khoảng 1.350 lao động, tổng số tiền gần 9 tỷ đồng.

Ông Lâm Hoàng Nghiệp, Chủ tịch LĐLĐ tỉnh, cho biết chương trình "Tết Sum vầy" năm 2024 được tổ chức tại 3 điểm, thu hút khoảng 1.500 đoàn viên tham gia.

Đường dây nóng: 0299.3822.187

Tin khác
- Trao 50 Mái ấm Công đoàn cho đoàn viên khó khăn về nhà ở
- Công đoàn ngành Y tế tặng 420 suất quà cho người lao động
"""

AS12 = """Liên hoan văn nghệ công nhân, viên chức, lao động tỉnh năm 2015

Liên hoan thu hút 28 đội văn nghệ với 56 tiết mục, thể hiện nhiều nét đặc sắc của quê lúa Thái Bình.

Liên hoan văn nghệ công nhân, viên chức, lao động tỉnh năm 2015 - Ảnh 1

Tiết mục hát chèo của Công đoàn ngành Giáo dục.

Liên đoàn Lao động tỉnh Thái Bình vừa tổ chức Liên hoan văn nghệ quần chúng công nhân, viên chức, lao động năm 2015, chào mừng 40 năm Ngày giải phóng miền Nam, thống nhất đất nước và 125 năm Ngày sinh Chủ tịch Hồ Chí Minh. Tham gia liên hoan có gần 450 diễn viên không chuyên đến từ 8 LĐLĐ huyện, thành phố, 6 công đoàn ngành và 14 công đoàn cơ sở.

Kết quả, Ban Tổ chức trao 3 giải A, 6 giải B, 10 giải C và 9 giải khuyến khích; giải nhất toàn đoàn thuộc về LĐLĐ huyện Quỳnh Phụ. Tổng giá trị giải thưởng 45 triệu đồng.

Nhân dịp này, LĐLĐ tỉnh trao [[40|ben a y2015 n=records.md periods: nearest earlier period phrase năm 2015]] suất quà cho công nhân có hoàn cảnh khó khăn tại các KCN, tổng trị giá [[40 triệu|sf a y2015]] đồng, mỗi suất 1 triệu đồng.

Theo Báo Thái Bình
"""

AS13 = """Gia Lai: Quý I kết nạp hơn [[2.800|mn a q1-2026 b=o n=gold README 1: rounded headline repeat of 2.815, takes its period]] đoàn viên công đoàn

Thứ Ba, 14/04/2026, 07:45

(GLO) - Ngày 13/4, Ban Thường vụ Liên đoàn Lao động (LĐLĐ) tỉnh Gia Lai họp đánh giá kết quả hoạt động quý I/2026.

Quý I/2026, LĐLĐ tỉnh Gia Lai đã kết nạp [[2.815|mn a q1-2026]] đoàn viên, đạt [[23,5%|mn p q1-2026 n=part-way attainment takes the reporting period (quý I)]] kế hoạch năm, thành lập mới [[19|un a q1-2026]] công đoàn cơ sở (CĐCS). Trong đó, các công đoàn phường, xã thuộc khu vực Bình Định (cũ) kết nạp [[1.960|mn a q1-2026 r=Bình Định s=khu vực Bình Định (cũ) n=gold README 10: part of the merged province named as the old one -> that old province]] đoàn viên; riêng Công đoàn phường Quy Nhơn Đông kết nạp [[312|mn a q1-2026 r=Bình Định s=Công đoàn phường Quy Nhơn Đông n=gold README 10: ward union reports for the old province its ward lies in]] đoàn viên. Hiện toàn tỉnh có [[2.960|ut a pub]] CĐCS với [[171.300|mt a pub]] đoàn viên.

LĐLĐ tỉnh đã tổ chức [[12|tr a q1-2026]] lớp tập huấn cho [[1.140|te a q1-2026]] cán bộ công đoàn cơ sở, trong đó nhiều cán bộ mới được kiện toàn sau sắp xếp tổ chức bộ máy.

Theo Sở Nội vụ, nhu cầu tuyển dụng lao động của doanh nghiệp trong tỉnh quý II/2026 khoảng 9.500 người, tăng 15% so với cùng kỳ; thu nhập bình quân của người lao động khoảng 7,9 triệu đồng/tháng. Tỷ lệ lao động qua đào tạo đạt 82%.

Năm 2026, LĐLĐ tỉnh phấn đấu kết nạp [[12.000|mn t y2026]] đoàn viên. Tháng Công nhân năm 2026 sẽ được tổ chức ở ít nhất [[1.500|wmu t mo2026-05 b=o n=gold README 8: Tháng Công nhân -> May of that year]] CĐCS với chủ đề do Tổng LĐLĐ Việt Nam phát động.

Đức Thụy

Đọc tiếp
- Gần 300 công nhân được tặng vé xe về quê
- Khánh thành nhà văn hóa công nhân tại KCN Nhơn Hòa
"""

AS14 = """Lâm Đồng: Kiểm tra tài chính tại [[57|fi a h1-2019 n=gold README 1: headline repeat of the body figure, takes its period]] đơn vị trong 6 tháng

20/08/2019 - 14:05

LĐ - Ngày 19/8, Ủy ban Kiểm tra Liên đoàn Lao động tỉnh Lâm Đồng tổ chức hội nghị sơ kết công tác kiểm tra, tài chính công đoàn 6 tháng đầu năm 2019.

Theo báo cáo, 6 tháng đầu năm 2019, toàn tỉnh thu kinh phí công đoàn được 28,6 tỷ đồng, đạt 54% dự toán năm; thu đoàn phí công đoàn 6,1 tỷ đồng, đạt 51%. Chi cho hoạt động phong trào chiếm 65% tổng chi; trong đó chi thăm hỏi, trợ cấp khó khăn cho [[1.025|ben a h1-2019]] lượt đoàn viên với số tiền [[1,9 tỷ|sf a h1-2019]] đồng.

Ủy ban Kiểm tra các cấp công đoàn đã kiểm tra tài chính tại [[57|fi a h1-2019]] đơn vị, đạt [[47,5%|fi p h1-2019 n=gold README 4: đạt N% kế hoạch -> attainment; part-way, takes the reporting period]] kế hoạch năm; phát hiện 9 đơn vị chưa thực hiện đúng quy định về thu, chi, kiến nghị thu hồi 146 triệu đồng. LĐLĐ tỉnh tổ chức [[4|tr a h1-2019]] lớp tập huấn nghiệp vụ tài chính cho [[310|te a h1-2019]] kế toán, chủ tịch CĐCS.

Năm 2019, Ủy ban Kiểm tra phấn đấu kiểm tra tài chính tại [[120|fi t y2019]] đơn vị; thu kinh phí công đoàn đạt 105% dự toán.

Hồng Thắm
"""

AS15 = """Hà Giang: Tôn vinh nữ đoàn viên công đoàn nhân ngày 8/3

Thứ Sáu, 09/03/2018 - 16:20

BHG - Sáng 8/3, Liên đoàn Lao động (LĐLĐ) tỉnh tổ chức gặp mặt kỷ niệm 108 năm Ngày Quốc tế Phụ nữ (8/3/1910 - 8/3/2018) và tuyên dương nữ đoàn viên tiêu biểu. Tại buổi gặp mặt, LĐLĐ tỉnh trao [[85|ben a pub n=records.md periods: no period phrase before it (8/3 is a date) -> publication date]] suất quà cho nữ đoàn viên có hoàn cảnh khó khăn, mỗi suất 500.000 đồng.

Hiện lao động nữ chiếm 46,5% tổng số đoàn viên công đoàn trong tỉnh. Năm 2017, các cấp công đoàn đã thành lập mới [[7|wc a y2017]] Ban nữ công quần chúng; tuyên truyền kiến thức về bình đẳng giới, chăm sóc sức khỏe sinh sản cho [[2.640|te a y2017 n=gold README: tuyên truyền cho ... lượt -> trainees]] lượt nữ đoàn viên, người lao động. Phong trào "Giỏi việc nước, đảm việc nhà" có 1.320 nữ đoàn viên đạt danh hiệu.

Dịp này, LĐLĐ tỉnh tặng giấy khen cho 12 tập thể và 20 cá nhân. Hội thi "Duyên dáng áo dài" thu hút 18 thí sinh.

Thu Phương
"""

ARTS = [
    ('as11', 'https://baosoctrang.org.vn/xa-hoi/202402/hon-15-ty-dong-cham-lo-tet-cho-doan-vien-nguoi-lao-dong-3d81c2a/', '2024-02-05', 'Sóc Trăng', AS11),
    ('as12', 'https://baomoi.com/lien-hoan-van-nghe-cong-nhan-vien-chuc-lao-dong-tinh-nam-2015/c/16610472.epi', None, 'Thái Bình', AS12),
    ('as13', 'https://baogialai.com.vn/quy-i-ket-nap-hon-2800-doan-vien-cong-doan-post321805.html', '2026-04-14', 'Gia Lai', AS13),
    ('as14', 'https://baolamdong.vn/xahoi/201908/kiem-tra-tai-chinh-tai-57-don-vi-trong-6-thang-2948261/', '2019-08-20', 'Lâm Đồng', AS14),
    ('as15', 'https://baohagiang.vn/xa-hoi/201803/ton-vinh-nu-doan-vien-cong-doan-nhan-ngay-8-3-712455/', '2018-03-09', 'Hà Giang', AS15),
]
