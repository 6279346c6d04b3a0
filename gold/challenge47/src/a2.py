"""bz06-bz10: nine months, Phúc lợi đoàn viên to 15/9, Party referrals, post-merger province and ward."""

BZ06 = """9 tháng, LĐLĐ tỉnh kết nạp [[4.182|mn a f9-2022 n=rule 1: headline repeat of the body figure; province from the site]] đoàn viên

Cập nhật: 06/10/2022 - 14:35

(BKG) - Theo Liên đoàn Lao động (LĐLĐ) tỉnh, 9 tháng năm 2022, các cấp công đoàn trong tỉnh kết nạp mới [[4.182|mn a f9-2022]] đoàn viên, đạt [[83,6%|mn p f9-2022 n=rule 4: part-way attainment takes the reporting period]] kế hoạch năm (chỉ tiêu [[5.000|mn t y2022]] đoàn viên); thành lập mới [[17|un a f9-2022]] công đoàn cơ sở (CĐCS), đạt [[85%|un p f9-2022]] kế hoạch năm 2022 là thành lập [[20|un t y2022]] CĐCS.

Trong thời gian này, do doanh nghiệp giải thể, ngừng hoạt động, toàn tỉnh giảm [[9|ud a f9-2022]] CĐCS và [[1.946|ml a f9-2022]] đoàn viên. Như vậy, so với đầu năm, toàn tỉnh tăng tuyệt đối [[2.236|mnet a f9-2022]] đoàn viên và [[8|unet a f9-2022]] CĐCS.

Hiện toàn tỉnh có [[1.328|ut a pub]] CĐCS với [[93.517|mt a pub]] đoàn viên, trong đó khu vực ngoài nhà nước có [[31.250|mt a pub s=khu vực ngoài nhà nước n=rule 6 and 7: stock breakdown]] đoàn viên. So với cùng kỳ năm 2021, số đoàn viên kết nạp mới tăng hơn 900 người.

Đoàn viên công đoàn Công ty CP Thủy sản Kiên Cường (TP. Rạch Giá) trong giờ làm việc.

Quý IV/2022, LĐLĐ tỉnh phấn đấu kết nạp thêm [[818|mn t q4-2022]] đoàn viên để hoàn thành chỉ tiêu năm; tập trung vào các doanh nghiệp ở TP. Phú Quốc, huyện Châu Thành có từ 25 lao động trở lên.

PHƯƠNG VŨ
"""

BZ07 = """Ký kết [[7|wp a 2023-01-01..2023-09-15 n=rule 1: headline repeat of the body figure]] thỏa thuận hợp tác chăm lo phúc lợi cho đoàn viên

Cập nhật: 18-09-2023 | 08:12:40

Từ đầu năm đến ngày 15/9, Liên đoàn Lao động (LĐLĐ) tỉnh Bình Dương đã ký kết [[7|wp a 2023-01-01..2023-09-15]] thỏa thuận hợp tác với các doanh nghiệp trong Chương trình "Phúc lợi đoàn viên công đoàn", nâng tổng số thỏa thuận còn hiệu lực lên [[71|wp a pub n=rule 7: agreements in force are a stock of welfare_partners dated at publication]]. Cùng kỳ năm trước, LĐLĐ tỉnh ký [[4|wp a 2022-01-01..2022-09-15 n=cùng kỳ năm trước: the same span of 2022]] thỏa thuận.

Các đơn vị đối tác gồm siêu thị, bệnh viện, nhà thuốc, cơ sở lưu trú, cam kết giảm giá từ 5% đến 30% khi đoàn viên xuất trình thẻ đoàn viên công đoàn điện tử. Cũng từ đầu năm đến ngày 15/9, LĐLĐ tỉnh đã cấp [[126.400|rec a 2023-01-01..2023-09-15]] thẻ đoàn viên công đoàn điện tử cho đoàn viên tại các KCN, cụm công nghiệp.

Dịp ký kết, LĐLĐ tỉnh và các doanh nghiệp đối tác trao [[500|ben a 2023-01-01..2023-09-15 n=rule 9: gift packages count as beneficiaries; period from the nearest earlier phrase]] phần quà cho đoàn viên có hoàn cảnh khó khăn, mỗi phần trị giá 500.000 đồng.

Từ nay đến cuối năm 2023, LĐLĐ tỉnh phấn đấu ký thêm [[5|wp t y2023 n=rule 4: phấn đấu is target; cuối năm 2023 dated to the year]] thỏa thuận hợp tác, mở rộng sang lĩnh vực giáo dục, du lịch.

Q.TÁM

Chia sẻ bài viết

Đường dây nóng: 0274.3822.910
"""

BZ08 = """Thanh Hóa: Giới thiệu hơn [[1.400|pr a 2022-01-01..2022-11-25 b=o v=1400 n=rule 1: rounded headline repeat of 1.436]] đoàn viên ưu tú cho Đảng xem xét kết nạp

Cập nhật: 08:30 25/11/2022

Từ đầu năm đến nay, các cấp công đoàn tỉnh Thanh Hóa đã giới thiệu [[1.436|pr a 2022-01-01..2022-11-25]] đoàn viên ưu tú cho cấp ủy đảng xem xét, bồi dưỡng, trong đó khu vực doanh nghiệp [[318|pr a 2022-01-01..2022-11-25 s=khu vực doanh nghiệp n=rule 6: breakdown]] người. Đến nay đã có [[862|pa a 2022-01-01..2022-11-25 n=rule 7: đã có ... được kết nạp is a flow of the sentence's period, not a stock]] đoàn viên được kết nạp vào Đảng, đạt [[107,8%|pa p 2022-01-01..2022-11-25 n=rule 4: attainment of the year target takes the reporting period]] chỉ tiêu năm 2022 ([[800|pa t y2022]] đảng viên).

Riêng Công đoàn Khu kinh tế Nghi Sơn và các KCN đã giới thiệu [[96|pr a 2022-01-01..2022-11-25 s=Công đoàn Khu kinh tế Nghi Sơn và các KCN]] đoàn viên, [[41|pa a 2022-01-01..2022-11-25 s=Công đoàn Khu kinh tế Nghi Sơn và các KCN]] đồng chí đã được kết nạp vào Đảng.

Lãnh đạo LĐLĐ tỉnh trao giấy khen cho các tập thể làm tốt công tác giới thiệu đoàn viên ưu tú.

Tính từ năm 2018 đến nay, các cấp công đoàn tỉnh đã giới thiệu [[6.850|pr a 2018-01-01..2022-11-25 n=records.md: từ đầu năm 2018 đến nay runs from 2018 to publication]] đoàn viên ưu tú cho Đảng. Tại hội nghị, 25 đoàn viên ưu tú được biểu dương.

Lê Hà

Số lần đọc: 2.316
"""

BZ09 = """Lâm Đồng: 9 tháng kết nạp gần [[9.000|mn a f9-2025 b=u v=9000 n=rule 1: rounded headline repeat of 8.946]] đoàn viên công đoàn

Thứ Hai, 20/10/2025 - 14:05

Theo Liên đoàn Lao động (LĐLĐ) tỉnh Lâm Đồng, 9 tháng năm 2025, các cấp công đoàn toàn tỉnh đã kết nạp mới [[8.946|mn a f9-2025 n=rule 10: the merged province's federation reports for the new province]] đoàn viên, thành lập mới [[37|un a f9-2025]] công đoàn cơ sở (CĐCS), đạt [[74,6%|mn p f9-2025]] kế hoạch năm (chỉ tiêu năm 2025 là [[12.000|mn t y2025]] đoàn viên).

Trong đó, khu vực Lâm Đồng (cũ) kết nạp [[3.412|mn a f9-2025 r=Lâm Đồng n=rule 10: khu vực X (cũ) gives the old province; here its name is the same as the new one]] đoàn viên; khu vực Bình Thuận (cũ) kết nạp [[4.120|mn a f9-2025 r=Bình Thuận n=rule 10: khu vực Bình Thuận (cũ) gives Bình Thuận]] đoàn viên, thành lập [[19|un a f9-2025 r=Bình Thuận]] CĐCS; khu vực Đắk Nông (cũ) kết nạp [[1.414|mn a f9-2025 r=Đắk Nông]] đoàn viên.

Sau sắp xếp, LĐLĐ tỉnh trực tiếp quản lý 124 công đoàn xã, phường, đặc khu và 11 công đoàn ngành. Toàn tỉnh hiện có [[4.871|ut a pub]] CĐCS với hơn [[312.600|mt a pub b=o]] đoàn viên.

Công đoàn phường Phan Thiết ra mắt CĐCS Công ty TNHH Hải sản Mũi Né.

Để hoàn thành chỉ tiêu năm, LĐLĐ tỉnh yêu cầu các công đoàn xã, phường rà soát doanh nghiệp có từ 10 lao động trở lên chưa có tổ chức công đoàn.

K.Phúc

Tin liên quan
- Lâm Đồng: Trao 50 nhà Mái ấm Công đoàn cho đoàn viên khó khăn
"""

BZ10 = """Công đoàn phường Quy Nhơn Bắc thành lập thêm [[3|un a 2025-07-01..2025-12-05 r=Bình Định s=Công đoàn phường Quy Nhơn Bắc n=rule 1: headline repeat of the body figure]] công đoàn cơ sở

05/12/2025 - 16:40

(GLO) - Ngày 4/12, Công đoàn phường Quy Nhơn Bắc (tỉnh Gia Lai) tổ chức lễ công bố quyết định thành lập CĐCS Công ty TNHH Thủy sản Hải Vương với [[42|mn a pub r=Bình Định s=Công đoàn phường Quy Nhơn Bắc n=rule 9: members of a newly founded union are members_new; no period phrase before it, so the publication date]] đoàn viên.

Từ khi đi vào hoạt động (1/7/2025) đến nay, Công đoàn phường đã thành lập mới [[3|un a 2025-07-01..2025-12-05 r=Bình Định s=Công đoàn phường Quy Nhơn Bắc n=rule 10: a ward union reports for its old province (Bình Định); từ 1/7/2025 đến nay runs to publication]] CĐCS, kết nạp [[118|mn a 2025-07-01..2025-12-05 r=Bình Định s=Công đoàn phường Quy Nhơn Bắc]] đoàn viên. Hiện Công đoàn phường quản lý [[64|ut a pub r=Bình Định s=Công đoàn phường Quy Nhơn Bắc]] CĐCS với [[2.315|mt a pub r=Bình Định s=Công đoàn phường Quy Nhơn Bắc]] đoàn viên.

Lãnh đạo LĐLĐ tỉnh Gia Lai trao quyết định thành lập CĐCS Công ty TNHH Thủy sản Hải Vương.

Dịp Tết Nguyên đán Bính Ngọ 2026, Công đoàn phường dự kiến trao [[250|ben t y2026 r=Bình Định s=Công đoàn phường Quy Nhơn Bắc n=rule 4: dự kiến is a planned figure, dated to the Tết year]] suất quà Tết cho đoàn viên có hoàn cảnh khó khăn, mỗi suất 700.000 đồng.

Cũng theo LĐLĐ tỉnh Gia Lai, từ đầu năm 2025 đến nay, toàn tỉnh thành lập mới [[74|un a 2025-01-01..2025-12-05 r=Gia Lai n=rule 10: the new province's federation (toàn tỉnh) reports under its kept name]] CĐCS.

Hoàng Yến
"""

ARTS = [
    ('bz06', 'https://baokiengiang.vn/xa-hoi/9-thang-ldld-tinh-ket-nap-4182-doan-vien-38217.html', '2022-10-06', 'Kiên Giang', BZ06),
    ('bz07', 'https://baobinhduong.vn/ky-ket-7-thoa-thuan-hop-tac-cham-lo-phuc-loi-cho-doan-vien-a312407.html', '2023-09-18', 'Bình Dương', BZ07),
    ('bz08', 'https://baothanhhoa.vn/gioi-thieu-hon-1400-doan-vien-uu-tu-cho-dang-xem-xet-ket-nap-171240.htm', '2022-11-25', 'Thanh Hóa', BZ08),
    ('bz09', 'https://baolamdong.vn/xa-hoi/202510/9-thang-ket-nap-gan-9000-doan-vien-cong-doan-8d41f27/', '2025-10-20', 'Lâm Đồng', BZ09),
    ('bz10', 'https://baogialai.com.vn/cong-doan-phuong-quy-nhon-bac-thanh-lap-them-3-cong-doan-co-so-post571803.html', '2025-12-05', 'Bình Định', BZ10),
]
