# an11-an15
ARTS = []

ARTS.append(('an11', 'https://baothaibinh.com.vn/tin-tuc/4/98231/mo-rong-chuong-trinh-phuc-loi-doan-vien-cong-doan', '2020-09-24', 'Thái Bình', """\
Mở rộng chương trình "Phúc lợi đoàn viên công đoàn"

Thứ Năm, 24/09/2020 - 10:27

(BTB) - Từ đầu năm 2020 đến nay, Liên đoàn Lao động tỉnh Thái Bình đã ký kết thỏa thuận hợp tác thực hiện chương trình "Phúc lợi đoàn viên công đoàn" với [[14|wp a 2020-01-01..2020-09-24]] doanh nghiệp, đơn vị cung cấp hàng hóa, dịch vụ, nâng tổng số đối tác lên [[52|wp a pub n=stock of partners with nâng tổng số ... lên -> dated at publication (records.md stocks)]]. Các đối tác cam kết giảm giá từ 5% đến 30% khi đoàn viên xuất trình thẻ đoàn viên công đoàn.

Song song với đó, LĐLĐ tỉnh chỉ đạo các cấp công đoàn cập nhật dữ liệu đoàn viên lên phần mềm quản lý. Từ đầu năm đến nay, đã nhập thông tin của [[98.650|rec a 2020-01-01..2020-09-24 n=year-less từ đầu năm đến nay -> publication year (records.md periods)]] đoàn viên, cấp mới [[12.400|rec a 2020-01-01..2020-09-24]] thẻ đoàn viên công đoàn.

Ngoài ra, các cấp công đoàn đã tổ chức 3 phiên "Chợ phúc lợi đoàn viên" với hơn 5.000 lượt công nhân tham gia mua sắm.

Đoàn viên mua hàng giảm giá tại phiên "Chợ phúc lợi đoàn viên" ở Khu công nghiệp Tiền Hải.

Theo kế hoạch, năm 2020, LĐLĐ tỉnh ký kết thêm ít nhất [[20|wp t y2020 b=o]] thỏa thuận hợp tác với các doanh nghiệp trên địa bàn.

Thu Hoài

Ý kiến bạn đọc (0)
"""))

ARTS.append(('an12', 'https://baolongan.vn/cong-doan-cac-khu-cong-nghiep-thuong-luong-nang-bua-an-giua-ca-tai-37-doanh-nghiep-a142877.html', None, 'Long An', """\
Công đoàn các khu công nghiệp: Thương lượng nâng bữa ăn giữa ca tại [[37|meal a f9-2022 s=Công đoàn các khu công nghiệp n=headline repeat of the body figure, takes its period (gold README 1)]] doanh nghiệp

Theo Công đoàn các khu công nghiệp tỉnh Long An, 9 tháng đầu năm 2022, công đoàn đã phối hợp với người sử dụng lao động điều chỉnh tăng giá trị bữa ăn giữa ca tại [[37|meal a f9-2022 s=Công đoàn các khu công nghiệp n=KCN union -> its province with a scope; the meal levels are thresholds, not records (gold README 11)]] doanh nghiệp, nâng mức bình quân từ 16.000 đồng lên 20.000 - 25.000 đồng/suất. Hiện vẫn còn khoảng 12% doanh nghiệp có mức bữa ăn dưới 18.000 đồng.

Cũng trong 9 tháng, Công đoàn các khu công nghiệp đã hướng dẫn [[152|wd a f9-2022 s=Công đoàn các khu công nghiệp]] CĐCS tổ chức đối thoại định kỳ tại nơi làm việc, ký mới [[44|ca a f9-2022 s=Công đoàn các khu công nghiệp]] bản thỏa ước lao động tập thể, nâng tổng số thỏa ước còn hiệu lực lên [[286|ca a null s=Công đoàn các khu công nghiệp n=stock of agreements in force with nâng tổng số; no publication date -> null..null (gold README 7)]] bản.

Cán bộ công đoàn kiểm tra bữa ăn giữa ca tại một doanh nghiệp ở KCN Đức Hòa 1.

Hiện Công đoàn các khu công nghiệp tỉnh có [[268|ut a null s=Công đoàn các khu công nghiệp]] CĐCS với hơn [[96.500|mt a null b=o s=Công đoàn các khu công nghiệp]] đoàn viên.

MINH KHÔI

Lượt xem: 2.341 | Bình luận (0)
"""))

ARTS.append(('an13', 'https://baodongkhoi.vn/khai-mac-hoi-thao-cong-nhan-vien-chuc-lao-dong-nam-2022-04052022-a98315.html', '2022-05-04', 'Bến Tre', """\
Khai mạc Hội thao công nhân viên chức lao động năm 2022

Thứ Tư, 04/05/2022, 15:10 (GMT+7)

Ngày 3/5, Liên đoàn Lao động tỉnh Bến Tre khai mạc Hội thao công nhân viên chức lao động năm 2022 chào mừng Tháng Công nhân. Hội thao có 820 vận động viên của 32 đơn vị tham gia tranh tài ở 6 môn: bóng đá, bóng chuyền, cầu lông, kéo co, việt dã và cờ tướng.

Vận động viên thi đấu môn kéo co tại Hội thao.

Tháng Công nhân năm 2022, LĐLĐ tỉnh chỉ đạo ít nhất [[450|wmu t mo2022-05 b=o n=Tháng Công nhân năm 2022 plan -> targets of May 2022 (gold README 4, 8)]] CĐCS tổ chức các hoạt động hưởng ứng; dự kiến thăm, tặng [[5.000|ben t mo2022-05]] suất quà cho đoàn viên, người lao động khó khăn với kinh phí khoảng [[2,5 tỷ|sf t mo2022-05 b=a]] đồng; tổ chức đối thoại tại [[120|wd t mo2022-05]] doanh nghiệp; hỗ trợ xây dựng [[10|sh t mo2022-05]] căn nhà "Mái ấm Công đoàn".

Tháng Công nhân năm 2021, toàn tỉnh có [[418|wmu a mo2021-05]] CĐCS tổ chức hoạt động, chăm lo cho gần [[4.700|ben a mo2021-05 b=u]] lượt đoàn viên, người lao động.

Hội thao diễn ra đến ngày 8/5.

Hữu Hiệp
"""))

ARTS.append(('an14', 'https://baophutho.vn/cong-doan-phuong-phuc-yen-tong-ket-nam-2025-249811.htm', '2025-12-19', 'Phú Thọ', """\
 date 2025-12-19 Hotline: 0210.3846.511 |

Công đoàn phường Phúc Yên tổng kết hoạt động năm 2025

Ngày 18/12, Công đoàn phường Phúc Yên, tỉnh Phú Thọ tổ chức hội nghị tổng kết hoạt động công đoàn năm 2025, triển khai nhiệm vụ năm 2026.

Hiện Công đoàn phường quản lý [[71|ut a pub s=Công đoàn phường Phúc Yên r=Vĩnh Phúc n=ward named after the old city: region by the province's name before the merger (records.md region field), Vĩnh Phúc; region_2025 Phú Thọ (session 10 correction)]] CĐCS với [[8.035|mt a pub s=Công đoàn phường Phúc Yên r=Vĩnh Phúc n=ward named after the old city: region by the province's name before the merger (records.md region field), Vĩnh Phúc; region_2025 Phú Thọ (session 10 correction)]] đoàn viên. 6 tháng cuối năm 2025, Công đoàn phường đã thành lập mới [[7|un a l6-2025 s=Công đoàn phường Phúc Yên r=Vĩnh Phúc n=ward named after the old city: region by the province's name before the merger (records.md region field), Vĩnh Phúc; region_2025 Phú Thọ (session 10 correction)]] CĐCS, kết nạp [[412|mn a l6-2025 s=Công đoàn phường Phúc Yên r=Vĩnh Phúc n=ward named after the old city: region by the province's name before the merger (records.md region field), Vĩnh Phúc; region_2025 Phú Thọ (session 10 correction)]] đoàn viên, đạt [[103%|mn p l6-2025 s=Công đoàn phường Phúc Yên r=Vĩnh Phúc n=đạt 103% follows the members admitted, the nearest figure (gold README 4); ward named after the old city: region by the province's name before the merger (records.md region field), Vĩnh Phúc; region_2025 Phú Thọ (session 10 correction)]] chỉ tiêu Liên đoàn Lao động tỉnh giao; tổ chức [[2|tr a l6-2025 s=Công đoàn phường Phúc Yên r=Vĩnh Phúc n=ward named after the old city: region by the province's name before the merger (records.md region field), Vĩnh Phúc; region_2025 Phú Thọ (session 10 correction)]] hội nghị tập huấn cho [[160|te a l6-2025 s=Công đoàn phường Phúc Yên r=Vĩnh Phúc n=ward named after the old city: region by the province's name before the merger (records.md region field), Vĩnh Phúc; region_2025 Phú Thọ (session 10 correction)]] cán bộ CĐCS; phối hợp tổ chức Giải bóng đá công nhân lao động với 16 đội bóng tham gia.

Lãnh đạo Công đoàn phường Phúc Yên trao giấy khen cho các CĐCS có thành tích xuất sắc năm 2025.

Theo Liên đoàn Lao động tỉnh Phú Thọ, năm 2025, các cấp công đoàn khu vực Vĩnh Phúc (cũ) đã kết nạp [[14.260|mn a y2025 r=Vĩnh Phúc s=khu vực Vĩnh Phúc (cũ) n=khu vực X (cũ) -> region X (gold README 10)]] đoàn viên, thành lập mới [[52|un a y2025 r=Vĩnh Phúc s=khu vực Vĩnh Phúc (cũ)]] CĐCS.

Năm 2026, Công đoàn phường Phúc Yên phấn đấu kết nạp [[600|mn t y2026 s=Công đoàn phường Phúc Yên r=Vĩnh Phúc n=ward named after the old city: region by the province's name before the merger (records.md region field), Vĩnh Phúc; region_2025 Phú Thọ (session 10 correction)]] đoàn viên, thành lập mới [[8|un t y2026 s=Công đoàn phường Phúc Yên r=Vĩnh Phúc n=ward named after the old city: region by the province's name before the merger (records.md region field), Vĩnh Phúc; region_2025 Phú Thọ (session 10 correction)]] CĐCS.

Minh Nguyệt
"""))

ARTS.append(('an15', 'https://baobinhphuoc.com.vn/news/19/161452/6-thang-dau-nam-2024-gioi-thieu-312-doan-vien-uu-tu-cho-dang', '2024-07-12', 'Bình Phước', """\
6 tháng đầu năm 2024: Giới thiệu [[312|pr a h1-2024 n=headline repeat of the body figure (gold README 1)]] đoàn viên ưu tú cho Đảng

Thứ Sáu, 12/07/2024 | 09:15

(BP) - Ngày 11/7, Liên đoàn Lao động tỉnh tổ chức hội nghị sơ kết công tác công đoàn 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024.

Trong 6 tháng đầu năm, các cấp công đoàn trong tỉnh đã giới thiệu [[312|pr a h1-2024 n=year-less 6 tháng đầu năm -> publication year (records.md periods); region from the site]] đoàn viên ưu tú cho Đảng xem xét, bồi dưỡng; trong đó có [[147|pa a h1-2024]] đoàn viên đã được kết nạp vào Đảng. Có [[1.5 60|mn a h1-2024 n=stray space inside the number, 1.5 60 -> 1560 (records.md value)]] đoàn viên mới được kết nạp, thành lập mới [[11|un a h1-2024]] CĐCS và [[9|wc a h1-2024]] ban nữ công quần chúng. Có [[498/503|oc a h1-2024 n=x/y -> x; the following đạt 99% is the share of units, not of a target, so not a record (gold README 11)]] cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức đầu năm (đạt 99%).

Quang cảnh hội nghị sơ kết. Ảnh: BP

6 tháng cuối năm, LĐLĐ tỉnh phấn đấu kết nạp thêm [[2.000|mn t h2-2024]] đoàn viên, giới thiệu [[200|pr t h2-2024]] đoàn viên ưu tú cho Đảng.

Hà Vy
"""))
