"""cf16-cf20: Lâm Đồng (merged), Đắk Lắk ward (Phú Yên), Khánh Hòa, Bình Định, Quảng Ngãi."""

ARTS = []

# cf16 - baolamdong-like, Tết Bính Ngọ 2026 of the merged Lâm Đồng with `khu vực X (cũ)` parts
ARTS.append(('cf16', 'https://baolamdong.vn/hon-86000-doan-vien-nguoi-lao-dong-duoc-cham-lo-tet-binh-ngo-418520.html',
             '2026-01-28', 'Lâm Đồng', """Hơn [[86.000|ben a y2026 b=o n=rounded headline repeat of the body's 86.400, its Tết period (gold README 1, 5)]] đoàn viên, người lao động được chăm lo Tết Bính Ngọ

Cập nhật lúc 10:05 28/01/2026

Sáng 27/1, Liên đoàn Lao động (LĐLĐ) tỉnh Lâm Đồng thông tin kết quả chăm lo Tết Nguyên đán Bính Ngọ 2026 cho đoàn viên, người lao động.

Theo đó, các cấp công đoàn toàn tỉnh đã thăm hỏi, tặng quà, hỗ trợ cho [[86.400|ben a y2026 n=the merged province's federation -> Lâm Đồng under the kept name (gold README 10); Tết Bính Ngọ 2026 -> year 2026]] đoàn viên, người lao động với tổng kinh phí hơn [[52 tỷ|sf a y2026 b=o]] đồng. Trong đó, khu vực Lâm Đồng (cũ) [[31.200|ben a y2026 s=khu vực Lâm Đồng (cũ)]] người, khu vực Bình Thuận (cũ) [[38.500|ben a y2026 r=Bình Thuận s=khu vực Bình Thuận (cũ) n=`khu vực X (cũ)` -> the old province (gold README 10)]] người, khu vực Đắk Nông (cũ) [[16.700|ben a y2026 r=Đắk Nông s=khu vực Đắk Nông (cũ)]] người.

Chương trình "Tết Sum vầy - Xuân ơn Đảng" tổ chức tại 3 điểm cầu Đà Lạt, Phan Thiết và Gia Nghĩa đã tặng [[1.500|ben a y2026 n=bus tickets given to workers -> beneficiaries (gold README 9)]] vé xe cho công nhân về quê. Tại các phiên "Chợ Tết Công đoàn", Ban tổ chức phát hành 6.000 phiếu mua hàng 0 đồng, mỗi phiếu trị giá 300.000 đồng.

Nhân dịp này, LĐLĐ tỉnh trao [[12|sh a y2026]] nhà "Mái ấm Công đoàn" cho đoàn viên khó khăn về nhà ở, tổng trị giá [[720 triệu|shf a y2026]] đồng.

Năm 2026, LĐLĐ tỉnh phấn đấu hỗ trợ xây mới, sửa chữa [[40|sh t y2026]] nhà "Mái ấm Công đoàn" trên địa bàn toàn tỉnh.

Tin, ảnh: NGỌC NGÀ
"""))

# cf17 - baodaklak-like, ward union of the new Đắk Lắk in old Tuy Hòa (Phú Yên), year 2025 and 2026 targets
ARTS.append(('cf17', 'https://baodaklak.vn/xa-hoi/202512/cong-doan-phuong-tuy-hoa-tong-ket-hoat-dong-nam-2025-9a71c3e/',
             '2025-12-19', 'Phú Yên', """Công đoàn phường Tuy Hòa tổng kết hoạt động năm 2025

Thứ Sáu, 19/12/2025 - 14:10

Ngày 18/12, Công đoàn phường Tuy Hòa tổ chức hội nghị tổng kết hoạt động công đoàn năm 2025, triển khai nhiệm vụ năm 2026.

Từ khi đi vào hoạt động (1/7/2025) đến nay, Công đoàn phường đã thành lập mới [[3|un a 2025-07-01..2025-12-19 s=Công đoàn phường Tuy Hòa n=ward union of the new Đắk Lắk lying in old Tuy Hòa -> Phú Yên (gold README 10)]] công đoàn cơ sở (CĐCS), kết nạp [[146|mn a 2025-07-01..2025-12-19 s=Công đoàn phường Tuy Hòa]] đoàn viên; hướng dẫn [[4|ca a 2025-07-01..2025-12-19 s=Công đoàn phường Tuy Hòa]] CĐCS thương lượng, ký mới thỏa ước lao động tập thể. Các CĐCS đã thăm hỏi, tặng quà [[420|ben a 2025-07-01..2025-12-19 s=Công đoàn phường Tuy Hòa]] lượt đoàn viên, người lao động với số tiền [[186 triệu|sf a 2025-07-01..2025-12-19 s=Công đoàn phường Tuy Hòa]] đồng. Hiện Công đoàn phường quản lý [[74|ut a pub s=Công đoàn phường Tuy Hòa]] CĐCS với [[3.125|mt a pub s=Công đoàn phường Tuy Hòa]] đoàn viên.

Phát biểu tại hội nghị, đại diện LĐLĐ tỉnh Đắk Lắk cho biết, năm 2025, các cấp công đoàn khu vực Phú Yên (cũ) kết nạp [[2.460|mn a y2025 s=khu vực Phú Yên (cũ) n=`khu vực X (cũ)` -> the old province (gold README 10)]] đoàn viên, thành lập [[28|un a y2025 s=khu vực Phú Yên (cũ)]] CĐCS. Toàn tỉnh hiện có 102 công đoàn xã, phường.

Năm 2026, Công đoàn phường Tuy Hòa phấn đấu kết nạp [[250|mn t y2026 s=Công đoàn phường Tuy Hòa]] đoàn viên, thành lập mới [[5|un t y2026 s=Công đoàn phường Tuy Hòa]] CĐCS, 100% CĐCS đủ điều kiện tổ chức hội nghị người lao động.

Dịp này, 5 tập thể và 8 cá nhân được Công đoàn phường tặng giấy khen.

Lê Hà
"""))

# cf18 - baokhanhhoa-like, Tháng Công nhân 2018, dateline abbreviation, body unnamed -> site province
ARTS.append(('cf18', 'http://www.baokhanhhoa.vn/xa-hoi/201805/thang-cong-nhan-nhieu-hoat-dong-thiet-thuc-cho-nguoi-lao-dong-8064227/',
             '2018-05-29', 'Khánh Hòa', """Tháng Công nhân: Nhiều hoạt động thiết thực cho người lao động

Cập nhật lúc 15:20, Thứ Ba, 29/05/2018 (GMT+7)

(BKH) - Theo Liên đoàn Lao động tỉnh, Tháng Công nhân năm 2018 được tổ chức tại [[960|wmu a mo2018-05 n=Tháng Công nhân năm 2018 -> May 2018 (records.md)]] công đoàn cơ sở, thu hút hơn 80.000 lượt đoàn viên, người lao động tham gia.

Các cấp công đoàn đã thăm hỏi, tặng [[3.120|ben a mo2018-05]] suất quà cho công nhân lao động có hoàn cảnh khó khăn, bị tai nạn lao động, với tổng trị giá [[1,05 tỷ|sf a mo2018-05]] đồng. Công đoàn các Khu công nghiệp tỉnh vận động [[18|meal a mo2018-05 s=Công đoàn các Khu công nghiệp tỉnh]] doanh nghiệp nâng giá trị bữa ăn ca, bảo đảm mức tối thiểu 15.000 đồng/suất.

LĐLĐ tỉnh đã ký thỏa thuận hợp tác với [[5|wp a mo2018-05]] doanh nghiệp cung cấp dịch vụ tham gia Chương trình "Phúc lợi đoàn viên công đoàn", với mức giảm giá từ 5% đến 15% cho đoàn viên khi mua hàng. Các CĐCS đã phối hợp tổ chức [[64|wd a mo2018-05]] cuộc đối thoại tại nơi làm việc; LĐLĐ tỉnh và Công đoàn ngành Xây dựng trao [[2|sh a mo2018-05]] nhà "Mái ấm Công đoàn", mỗi nhà trị giá 50 triệu đồng.

Tổng công ty Khánh Việt, Công ty Yến sào Khánh Hòa và nhiều doanh nghiệp khác tổ chức hội thao, khám sức khỏe định kỳ cho công nhân.

VĂN GIANG

Tin liên quan
- Cam Ranh: Trao 50 suất quà cho công nhân khó khăn
"""))

# cf19 - baobinhdinh-like, Q3/2013 and "từ đầu năm đến nay" of a city union, damage (l.124, 2.3 05)
ARTS.append(('cf19', 'http://www.baobinhdinh.com.vn/xahoi/2013/10/145872/',
             '2013-10-08', 'Bình Định', """Quy Nhơn: Phát triển hơn [[2.300|mn a 2013-01-01..2013-10-08 b=o s=LĐLĐ TP Quy Nhơn n=rounded headline repeat of the body's "từ đầu năm đến nay" figure (gold README 1, 5)]] đoàn viên công đoàn

Thứ Ba, 08/10/2013 - 09:25

(BĐ) - Trong quý III/2013, LĐLĐ TP Quy Nhơn đã thành lập mới [[7|un a q3-2013 s=LĐLĐ TP Quy Nhơn n=city union -> its province with a scope (records.md Regions)]] công đoàn cơ sở (CĐCS), kết nạp [[l.124|mn a q3-2013 s=LĐLĐ TP Quy Nhơn n=scraped "l" for 1 -> 1124 (records.md value)]] đoàn viên.

Tính từ đầu năm đến nay, LĐLĐ TP đã thành lập [[16|un a 2013-01-01..2013-10-08 s=LĐLĐ TP Quy Nhơn n="từ đầu năm đến nay" -> 1 January to publication (records.md)]] CĐCS, kết nạp [[2.3 05|mn a 2013-01-01..2013-10-08 s=LĐLĐ TP Quy Nhơn n=scraped split "2.3 05" -> 2305 (records.md value)]] đoàn viên, đạt [[115,3%|mn p 2013-01-01..2013-10-08 s=LĐLĐ TP Quy Nhơn]] kế hoạch năm, nâng tổng số CĐCS trên địa bàn lên [[312|ut a pub s=LĐLĐ TP Quy Nhơn]] đơn vị với [[18.460|mt a pub s=LĐLĐ TP Quy Nhơn]] đoàn viên. Tuy nhiên, do một số doanh nghiệp ngừng hoạt động nên có [[4|ud a 2013-01-01..2013-10-08 s=LĐLĐ TP Quy Nhơn]] CĐCS giải thể, giảm [[236|ml a 2013-01-01..2013-10-08 s=LĐLĐ TP Quy Nhơn]] đoàn viên.

Số CĐCS mới chủ yếu ở các doanh nghiệp ngoài nhà nước trong KCN Phú Tài, Long Mỹ, các cơ sở chế biến gỗ, thủy sản có từ 20 lao động trở lên.

Quý IV, LĐLĐ TP phấn đấu thành lập thêm [[5|un t q4-2013 s=LĐLĐ TP Quy Nhơn]] CĐCS, kết nạp [[500|mn t q4-2013 s=LĐLĐ TP Quy Nhơn]] đoàn viên.

HOÀI THU
"""))

# cf20 - baoquangngai-like, undated; a KKT/KCN union's year 2019, Phúc lợi partners and stock in force
ARTS.append(('cf20', 'https://baoquangngai.vn/xa-hoi/lao-dong-viec-lam/201912/cong-doan-kkt-dung-quat-va-cac-kcn-nhieu-hoat-dong-cham-lo-doan-vien-2981064/',
             None, 'Quảng Ngãi', """Công đoàn Khu kinh tế Dung Quất và các KCN Quảng Ngãi: Nhiều hoạt động chăm lo đoàn viên

Năm 2019, Công đoàn Khu kinh tế Dung Quất và các KCN Quảng Ngãi đã kết nạp [[1.240|mn a y2019 s=Công đoàn Khu kinh tế Dung Quất và các KCN Quảng Ngãi n=economic-zone union -> its province with a scope (records.md Regions)]] đoàn viên, thành lập mới [[11|un a y2019 s=Công đoàn Khu kinh tế Dung Quất và các KCN Quảng Ngãi]] công đoàn cơ sở (CĐCS) tại các doanh nghiệp ngoài nhà nước.

Trong năm, Công đoàn đã ký kết thỏa thuận hợp tác với [[9|wp a y2019 s=Công đoàn Khu kinh tế Dung Quất và các KCN Quảng Ngãi]] doanh nghiệp trong Chương trình "Phúc lợi đoàn viên công đoàn", nâng tổng số thỏa thuận còn hiệu lực lên [[21|wp a null s=Công đoàn Khu kinh tế Dung Quất và các KCN Quảng Ngãi n=partners in force -> the stock of welfare_partners, undated page -> null..null (gold README 7)]]. Các CĐCS đã ký mới [[12|ca a y2019 s=Công đoàn Khu kinh tế Dung Quất và các KCN Quảng Ngãi]] bản thỏa ước lao động tập thể; [[134|wkc a y2019 s=Công đoàn Khu kinh tế Dung Quất và các KCN Quảng Ngãi]] doanh nghiệp tổ chức hội nghị người lao động; [[8|meal a y2019 s=Công đoàn Khu kinh tế Dung Quất và các KCN Quảng Ngãi]] doanh nghiệp nâng giá trị bữa ăn giữa ca lên từ 18.000 đến 25.000 đồng/suất.

Công đoàn cũng giới thiệu [[25|pr a y2019 s=Công đoàn Khu kinh tế Dung Quất và các KCN Quảng Ngãi]] đoàn viên ưu tú cho Đảng ủy Khối Doanh nghiệp tỉnh xem xét kết nạp.

Năm 2020, Công đoàn phấn đấu kết nạp [[1.500|mn t y2020 s=Công đoàn Khu kinh tế Dung Quất và các KCN Quảng Ngãi]] đoàn viên, thành lập [[12|un t y2020 s=Công đoàn Khu kinh tế Dung Quất và các KCN Quảng Ngãi]] CĐCS.

Thanh Nhị

Ý kiến bạn đọc
"""))
