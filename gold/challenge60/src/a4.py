"""cm16-cm20."""
ARTS = []

# cm16 Lâm Đồng after the merger, summary of Tháng Công nhân 2026: units, gifts by former province, dialogues, meals, Mái ấm, legal aid
ARTS.append(('cm16', 'https://baolamdong.vn/tong-ket-thang-cong-nhan-nam-2026-hon-21000-luot-doan-vien-duoc-cham-lo-398204.html',
             '2026-06-05', 'Lâm Đồng', """Tổng kết Tháng Công nhân năm 2026: Hơn [[21.000|ben a mo2026-05 b=o n=rounded headline repeat of 21.480 (gold README 1, 5)]] lượt đoàn viên được chăm lo

Thứ Sáu, 05/06/2026 - 14:35

Ngày 4/6, Liên đoàn Lao động tỉnh Lâm Đồng tổ chức hội nghị tổng kết Tháng Công nhân và Tháng hành động về an toàn, vệ sinh lao động năm 2026. Đây là năm đầu tiên Tháng Công nhân được tổ chức trên địa bàn tỉnh Lâm Đồng mới sau khi hợp nhất ba tỉnh Lâm Đồng, Bình Thuận và Đắk Nông.

Tháng Công nhân năm 2026, toàn tỉnh có [[2.150|wmu a mo2026-05]] CĐCS tham gia tổ chức các hoạt động. Các cấp công đoàn đã thăm hỏi, tặng quà cho [[21.480|ben a mo2026-05]] lượt đoàn viên, người lao động với tổng kinh phí [[9,6 tỷ|sf a mo2026-05]] đồng. Trong đó, khu vực Lâm Đồng (cũ) [[9.250|ben a mo2026-05 s=khu vực Lâm Đồng (cũ) n=khu vực X (cũ) part: the old province, here of the same name (gold README 10)]] lượt, khu vực Bình Thuận (cũ) [[7.920|ben a mo2026-05 r=Bình Thuận s=khu vực Bình Thuận (cũ) n=khu vực X (cũ) part: the old province (gold README 10)]] lượt, khu vực Đắk Nông (cũ) [[4.310|ben a mo2026-05 r=Đắk Nông s=khu vực Đắk Nông (cũ) n=khu vực X (cũ) part: the old province (gold README 10)]] lượt.

Các cấp công đoàn phối hợp với người sử dụng lao động tổ chức đối thoại tại [[312|wd a mo2026-05]] doanh nghiệp; [[64|meal a mo2026-05]] doanh nghiệp điều chỉnh nâng giá trị bữa ăn ca cho người lao động, mức thấp nhất 20.000 đồng/suất; Văn phòng tư vấn pháp luật Công đoàn tỉnh tư vấn cho [[1.160|lc a mo2026-05]] lượt đoàn viên, người lao động.

LĐLĐ tỉnh đã bàn giao [[12|sh a mo2026-05]] nhà "Mái ấm Công đoàn" cho đoàn viên khó khăn về nhà ở với tổng kinh phí [[720 triệu|shf a mo2026-05]] đồng, mỗi nhà 60 triệu đồng.

Dịp này, LĐLĐ tỉnh tặng giấy khen cho 22 tập thể và 31 cá nhân có thành tích xuất sắc trong tổ chức Tháng Công nhân năm 2026.

Hoàng Yến
"""))

# cm17 Thái Nguyên after the merger: Trung thu 2025 and school scholarships, a part for the former Bắc Kạn, a ward union there, stocks
ARTS.append(('cm17', 'https://baothainguyen.vn/xa-hoi/202509/trao-600-suat-hoc-bong-cho-con-doan-vien-co-hoan-canh-kho-khan-6f21c84/',
             '2025-09-26', 'Thái Nguyên', """Trao [[600|ben a y2025 n=headline repeat of the body figure (gold README 1)]] suất học bổng cho con đoàn viên có hoàn cảnh khó khăn

Thứ Sáu, 26/09/2025, 09:40

Nhân dịp Tết Trung thu năm 2025 và năm học mới, ngày 25/9, Liên đoàn Lao động tỉnh Thái Nguyên tổ chức trao [[600|ben a y2025 n=scholarships for members' children as beneficiaries (gold README 9); period from năm 2025 in the sentence]] suất học bổng cho con đoàn viên, người lao động có hoàn cảnh khó khăn, vượt khó học tốt, tổng trị giá [[600 triệu|sf a y2025]] đồng. Trong đó, khu vực Bắc Kạn (cũ) có [[180|ben a y2025 r=Bắc Kạn s=khu vực Bắc Kạn (cũ) n=khu vực X (cũ) part: the old province (gold README 10)]] suất.

Cùng ngày, Công đoàn phường Đức Xuân (khu vực Bắc Kạn cũ) tổ chức chương trình "Đêm hội trăng rằm", tặng [[120|ben a y2025 r=Bắc Kạn s=Công đoàn phường Đức Xuân n=ward union in the former Bắc Kạn town area: the old province (gold README 10)]] phần quà Trung thu cho con đoàn viên các CĐCS trực thuộc, tổng trị giá [[36 triệu|sf a y2025 r=Bắc Kạn s=Công đoàn phường Đức Xuân]] đồng.

Dịp Tết Trung thu năm 2025, các cấp công đoàn trong tỉnh tặng [[18.600|ben a y2025]] suất quà cho con đoàn viên, người lao động với tổng kinh phí khoảng [[4,5 tỷ|sf a y2025 b=a]] đồng; nhiều CĐCS tổ chức vui Trung thu ngay tại doanh nghiệp cho các cháu.

Theo LĐLĐ tỉnh, sau khi hợp nhất, toàn tỉnh hiện có [[2.980|ut a pub]] CĐCS với [[245.600|mt a pub]] đoàn viên, hoạt động trên địa bàn 92 xã, phường.

Phương Thảo
"""))

# cm18 Cần Thơ, undated copy with light damage (l for 1, a space inside a number), Tết Canh Tý 2020
ARTS.append(('cm18', 'http://congdoancantho.org.vn/tin-tuc/can-tho-hon-31000-luot-doan-vien-duoc-cham-lo-tet-canh-ty-2020-2041.html',
             None, 'Cần Thơ', """Cần Thơ: Hơn [[31.000|ben a y2020 b=o n=rounded headline repeat of 31.480 (gold README 1, 5)]] lượt đoàn viên được chăm lo Tết Canh Tý 2020

Dịp Tết Nguyên đán Canh Tý 2020, các cấp công đoàn thành phố Cần Thơ đã thăm hỏi, tặng quà cho [[31.4 80|ben a y2020 v=31480 n=space inside the number from scraping: 31.480 (gold README 3)]] lượt đoàn viên, người lao động, đạt [[105%|ben p y2020 n=đạt N% kế hoạch after the gift count: attainment of beneficiaries (gold README 4)]] kế hoạch, tổng kinh phí hơn [[14,2 tỷ|sf a y2020 b=o]] đồng.

Riêng Công đoàn các Khu chế xuất và công nghiệp Cần Thơ đã tặng [[l.150|ben a y2020 s=Công đoàn các Khu chế xuất và công nghiệp Cần Thơ v=1150 n=l for 1 from scraping: 1.150 (gold README 3)]] suất quà cho công nhân lao động có hoàn cảnh khó khăn, trị giá [[575 triệu|sf a y2020 s=Công đoàn các Khu chế xuất và công nghiệp Cần Thơ]] đồng.

Chương trình "Tết Sum vầy" năm 2020 được tổ chức tại Khu công nghiệp Trà Nóc với [[350|ben a y2020]] suất quà và [[120|ben a y2020 n=tickets given to members (gold README 9)]] vé xe cho công nhân về quê đón Tết. Tại phiên "Chợ Tết Công đoàn", Ban tổ chức đã phát 2.000 phiếu mua hàng trị giá 200.000 đồng/phiếu để công nhân mua sắm hàng Tết.

Bà Phạm Thị Thu, Phó Chủ tịch LĐLĐ thành phố cho biết, năm nay có 96% doanh nghiệp trên địa bàn thưởng Tết cho người lao động.

Hồng Nhung
"""))

# cm19 Điện Biên, congdoan.vn-like, undated: Tết Sum vầy Xuân Quý Mão 2023 with the national federation, e-vouchers, Mái ấm, plan and progress
ARTS.append(('cm19', 'https://congdoanvietnam.vn/cham-lo-bao-ve/tet-sum-vay-xuan-quy-mao-2023-den-voi-doan-vien-dien-bien-18214.tld',
             None, 'Điện Biên', """"Tết Sum vầy - Xuân Quý Mão 2023" đến với đoàn viên Điện Biên

Ngày 12.1, Tổng Liên đoàn Lao động Việt Nam phối hợp với Liên đoàn Lao động tỉnh Điện Biên tổ chức chương trình "Tết Sum vầy - Xuân Quý Mão 2023" cho đoàn viên, người lao động trên địa bàn tỉnh.

Tại buổi lễ, lãnh đạo Tổng LĐLĐ Việt Nam trao [[1.000|ben a y2023 n=national body acting in the province: Điện Biên (records.md regions)]] suất quà, mỗi suất 1 triệu đồng, tổng trị giá [[1 tỷ|sf a y2023]] đồng cho đoàn viên, người lao động có hoàn cảnh khó khăn; đồng thời trao [[1.200|ben a y2023 n=e-vouchers given to members count as beneficiaries (gold README 9, dev y14)]] e-voucher, trị giá [[600 triệu|sf a y2023]] đồng. Ban tổ chức cũng trao biểu trưng hỗ trợ xây dựng [[2|sh a y2023]] nhà "Mái ấm Công đoàn" với tổng số tiền [[100 triệu|shf a y2023]] đồng.

Gian hàng "Chợ Tết Công đoàn" tổ chức bên lề chương trình đã phát 1.000 phiếu mua hàng 0 đồng, mỗi phiếu trị giá 500.000 đồng.

Theo kế hoạch, dịp Tết Quý Mão 2023, LĐLĐ tỉnh Điện Biên dự kiến chăm lo cho [[8.500|ben t y2023]] lượt đoàn viên, người lao động. Đến thời điểm này, các cấp công đoàn trong tỉnh đã trao [[5.200|ben a y2023 n=Đến thời điểm này with no period of its own: the Tết Quý Mão 2023 phrase before it (records.md periods)]] suất quà.

Đồng chí Lò Thị Hương, Chủ tịch LĐLĐ tỉnh Điện Biên bày tỏ, những phần quà là nguồn động viên lớn đối với đoàn viên, người lao động vùng cao, nhất là những người vừa trải qua một năm nhiều khó khăn vì thiếu việc làm.

Bài và ảnh: Quang Hưng
"""))

# cm20 TP HCM, NLĐ-like, after Tết Ất Mùi 2015: totals, attainment, parts, bus and train tickets; fair tokens and bonus not
ARTS.append(('cm20', 'https://nld.com.vn/cong-doan/tp-hcm-cham-lo-tet-at-mui-cho-hon-400000-luot-cnvc-ld-20150302215833417.htm',
             '2015-03-02', 'Hồ Chí Minh', """TP HCM: Chăm lo Tết Ất Mùi cho hơn [[400.000|ben a y2015 b=o n=rounded headline repeat of 405.680 (gold README 1, 5)]] lượt CNVC-LĐ

02-03-2015 - 21:58

(NLĐO) – Theo báo cáo của LĐLĐ TP HCM, dịp Tết Ất Mùi 2015, các cấp công đoàn TP đã chăm lo cho [[405.680|ben a y2015]] lượt công nhân viên chức, lao động (CNVC-LĐ), đạt [[108%|ben p y2015]] kế hoạch, với tổng kinh phí [[462 tỷ|sf a y2015]] đồng.

Trong đó, Công đoàn các khu chế xuất và công nghiệp TP chăm lo [[118.300|ben a y2015 s=Công đoàn các khu chế xuất và công nghiệp TP]] lượt; LĐLĐ các quận, huyện chăm lo [[196.500|ben a y2015 s=LĐLĐ các quận, huyện]] lượt.

Năm nay, lần đầu tiên chương trình "Tết Sum vầy" được triển khai. LĐLĐ TP đã tổ chức 120 chuyến xe đưa [[5.100|ben a y2015 n=workers taken home free: tickets given count as beneficiaries (gold README 9)]] CNVC-LĐ về quê đón Tết, đồng thời tặng [[600|ben a y2015]] vé tàu cho công nhân quê ở các tỉnh miền Bắc.

Chương trình "Chợ Tết Công đoàn" được tổ chức tại 14 điểm, phát hành 30.000 phiếu mua hàng giảm giá cho công nhân.

Theo LĐLĐ TP, mức thưởng Tết bình quân năm nay là 6,1 triệu đồng/người. Sau Tết, tỷ lệ công nhân trở lại làm việc đạt 97%.

K.An
"""))
