"""challenge59 articles cl16-cl20."""

DH = 's=LĐLĐ huyện Đức Hòa'

CL16 = """LĐLĐ huyện Đức Hòa: Năm 2019 kết nạp [[2.870|mn a y2019 """ + DH + """ n=headline repeat of the body figure (gold README 1)]] đoàn viên

Thứ Sáu, 27/12/2019, 07:30 (GMT+7)

(LA) - Ngày 26/12, Liên đoàn Lao động (LĐLĐ) huyện Đức Hòa tổ chức hội nghị tổng kết hoạt động công đoàn năm 2019, triển khai phương hướng năm 2020.

Năm 2019, LĐLĐ huyện thành lập mới [[14|un a y2019 """ + DH + """]] công đoàn cơ sở (CĐCS), kết nạp [[2.870|mn a y2019 """ + DH + """]] đoàn viên, đạt [[143,5%|mn p y2019 """ + DH + """]] chỉ tiêu. Hiện LĐLĐ huyện quản lý [[231|ut a pub """ + DH + """]] CĐCS với [[48.610|mt a pub """ + DH + """]] đoàn viên, phần lớn làm việc tại 4 khu công nghiệp và các cụm công nghiệp trên địa bàn.

Các CĐCS đã phối hợp với doanh nghiệp tổ chức đối thoại tại [[112|wd a y2019 """ + DH + """]] doanh nghiệp, ký kết [[36|ca a y2019 """ + DH + """]] bản thỏa ước lao động tập thể và vận động [[27|meal a y2019 """ + DH + """]] doanh nghiệp điều chỉnh tăng bữa ăn giữa ca. Trong năm, LĐLĐ huyện đã thăm, tặng quà cho [[1.384|ben a y2019 """ + DH + """]] lượt đoàn viên khó khăn với tổng số tiền gần [[690 triệu|sf a y2019 b=u """ + DH + """]] đồng.

Năm 2020, LĐLĐ huyện phấn đấu thành lập mới [[12|un t y2020 """ + DH + """]] CĐCS, kết nạp [[2.500|mn t y2020 """ + DH + """]] đoàn viên.

Dịp này, LĐLĐ tỉnh Long An tặng bằng khen cho 6 tập thể, 9 cá nhân.

MINH TÂM

Tin cùng chuyên mục
- Cần Giuộc: Trao 50 phần quà cho công nhân
"""

CL17 = """6 tháng đầu năm 2017, các cấp công đoàn tỉnh Điện Biên đã tập trung thực hiện nhiều giải pháp phát triển đoàn viên, chăm lo đời sống cho người lao động.

Theo báo cáo của LĐLĐ tỉnh Điện Biên, 6 tháng đầu năm 2017, các cấp công đoàn đã Kêt nạp mới [[612|mn a h1-2017 n=scraped typo Kêt for Kết; the figure stands (gold README 3)]] đoàn viên, đạt [[61,2%|mn p h1-2017 n=part-way attainment takes the reporting period (gold README 8)]] kế hoạch năm; thành lập [[4|un a h1-2017]] công đoàn cơ sở ở khu vực ngoài nhà nước. Các cấp công đoàn giới thiệu [[87|pr a h1-2017]] đoàn viên ưu tú cho tổ chức Đảng xem xét, bồi dưỡng; đã có [[52|pa a h1-2017]] đoàn viên được kết nạp vào Đảng.

Công tác tuyên truyền, giáo dục được đẩy mạnh. LĐLĐ tỉnh phối hợp với các huyện, thị xã, thành phố tổ chức [[9|tr a h1-2017]] lớp tập huấn cho [[1.120|te a h1-2017]] lượt cán bộ công đoàn và đoàn viên tại các huyện vùng cao Mường Nhé, Nậm Pồ, Tủa Chùa. Các cấp công đoàn đã thăm hỏi, tặng quà [[780|ben a h1-2017]] lượt đoàn viên ốm đau, gặp khó khăn với số tiền [[312 triệu|sf a h1-2017]] đồng.

Theo kế hoạch năm 2017, LĐLĐ tỉnh phấn đấu kết nạp [[1.000|mn t y2017]] đoàn viên và thành lập [[8|un t y2017]] CĐCS.

Thanh Hà
"""

CL18 = """Thứ Ba, 23/12/2025 - 14:10

LĐLĐ TP Cần Thơ kết nạp [[14.260|mn a y2025 n=headline repeat of the body figure (gold README 1)]] đoàn viên trong năm 2025

(CT) - Ngày 23-12, Liên đoàn Lao động (LĐLĐ) TP Cần Thơ tổ chức hội nghị tổng kết công tác công đoàn năm 2025, triển khai nhiệm vụ năm 2026. Đây là hội nghị tổng kết đầu tiên sau khi hợp nhất TP Cần Thơ, tỉnh Sóc Trăng và tỉnh Hậu Giang.

Năm 2025, các cấp công đoàn thành phố đã kết nạp [[14.260|mn a y2025 n=the merged federation reports for the city under its kept name (gold README 10)]] đoàn viên, đạt [[118,8%|mn p y2025]] kế hoạch; thành lập [[96|un a y2025]] công đoàn cơ sở. Trong đó, khu vực Sóc Trăng (cũ) kết nạp [[3.940|mn a y2025 r=Sóc Trăng s=khu vực Sóc Trăng (cũ) n=a part named as the old province reports for it (gold README 10)]] đoàn viên, khu vực Hậu Giang (cũ) kết nạp [[2.115|mn a y2025 r=Hậu Giang s=khu vực Hậu Giang (cũ)]] đoàn viên. Hiện toàn thành phố có [[3.412|ut a pub]] CĐCS với [[286.540|mt a pub]] đoàn viên.

Công tác chăm lo cho đoàn viên, người lao động đạt nhiều kết quả. Các cấp công đoàn đã thăm hỏi, hỗ trợ [[58.720|ben a y2025]] lượt đoàn viên, người lao động với tổng kinh phí hơn [[41,3 tỷ|sf a y2025 b=o]] đồng; xây mới, sửa chữa [[72|sh a y2025]] nhà "Mái ấm Công đoàn".

Sau sắp xếp, LĐLĐ TP Cần Thơ có 103 công đoàn xã, phường và 8 công đoàn ngành, công đoàn khu công nghiệp trực thuộc. Dịp Tết Nguyên đán Bính Ngọ 2026, LĐLĐ thành phố dự kiến chăm lo cho khoảng [[60.000|ben t y2026 b=a]] lượt đoàn viên, người lao động với kinh phí khoảng [[45 tỷ|sf t y2026 b=a]] đồng.

Tại hội nghị, LĐLĐ thành phố khen thưởng 40 tập thể, 52 cá nhân có thành tích xuất sắc.

Tin, ảnh: NGỌC TRÂM

Lượt xem: 1.088
"""

CL19 = """LĐLĐ Ninh Thuận: Hỗ trợ xây dựng [[18|sh a y2014 n=headline repeat of the body figure (gold README 1)]] nhà "Mái ấm Công đoàn"

Năm 2014, Liên đoàn Lao động tỉnh Ninh Thuận đã hỗ trợ xây mới, sửa chữa [[18|sh a y2014]] nhà "Mái ấm Công đoàn" cho đoàn viên có hoàn cảnh khó khăn về nhà ở, với tổng kinh phí [[720 triệu|shf a y2014]] đồng.

Mức hỗ trợ xây mới là 40 triệu đồng/nhà, sửa chữa từ 15 đến 20 triệu đồng/nhà. Trong tháng 11/2014, LĐLĐ tỉnh đã bàn giao [[3|sh a mo2014-11]] nhà cho đoàn viên ở huyện Ninh Phước và huyện Thuận Nam.

Bên cạnh đó, trong năm các cấp công đoàn trong tỉnh đã trợ cấp đột xuất cho [[235|ben a y2014]] đoàn viên gặp tai nạn, bệnh hiểm nghèo với số tiền [[117,5 triệu|sf a y2014]] đồng. Năm 2015, LĐLĐ tỉnh phấn đấu hỗ trợ xây dựng [[20|sh t y2015]] nhà "Mái ấm Công đoàn".

Ông Trần Quốc Nam, Chủ tịch LĐLĐ tỉnh cho biết, hiện toàn tỉnh còn khoảng 150 đoàn viên khó khăn về nhà ở cần được hỗ trợ.

Hoàng Khoa

In bài viết | Gửi bài viết
"""

CL20 = """Đại hội Công đoàn huyện Cao Lộc lần thứ XIX, nhiệm kỳ 2023-2028

Ngày 18/5, Liên đoàn Lao động huyện Cao Lộc tổ chức Đại hội đại biểu Công đoàn huyện lần thứ XIX, nhiệm kỳ 2023-2028. Dự đại hội có 150 đại biểu đại diện cho hơn [[4.800|mt a null b=o s=LĐLĐ huyện Cao Lộc n=members represented by the delegates are the stock on the books (indicators.tsv members_total); undated page, gold README 7]] đoàn viên công đoàn trong huyện.

Báo cáo tại đại hội cho biết, nhiệm kỳ 2018-2023, các cấp công đoàn huyện đã kết nạp [[2.346|mn a t2018-2023 s=LĐLĐ huyện Cao Lộc]] đoàn viên, đạt [[117,3%|mn p t2018-2023 s=LĐLĐ huyện Cao Lộc]] chỉ tiêu đại hội; thành lập mới [[28|un a t2018-2023 s=LĐLĐ huyện Cao Lộc]] công đoàn cơ sở. Hiện LĐLĐ huyện có [[102|ut a null s=LĐLĐ huyện Cao Lộc n=stock in an undated page (gold README 7)]] CĐCS với [[4.870|mt a null s=LĐLĐ huyện Cao Lộc]] đoàn viên.

Công đoàn huyện đã giới thiệu [[214|pr a t2018-2023 s=LĐLĐ huyện Cao Lộc]] đoàn viên ưu tú cho Đảng, trong đó [[156|pa a t2018-2023 s=LĐLĐ huyện Cao Lộc]] đoàn viên đã được kết nạp. Công tác chăm lo đời sống đoàn viên được quan tâm, các cấp công đoàn đã thăm hỏi, hỗ trợ [[4.120|ben a t2018-2023 s=LĐLĐ huyện Cao Lộc]] lượt đoàn viên với số tiền [[1,85 tỷ|sf a t2018-2023 s=LĐLĐ huyện Cao Lộc]] đồng; hỗ trợ xây dựng [[11|sh a t2018-2023 s=LĐLĐ huyện Cao Lộc]] nhà "Mái ấm Công đoàn" cho đoàn viên ở các xã vùng biên giới.

Hoạt động kiểm tra, giám sát được duy trì thường xuyên với [[42|sv a t2018-2023 s=LĐLĐ huyện Cao Lộc]] cuộc kiểm tra, giám sát việc thực hiện chế độ chính sách; Ủy ban Kiểm tra các cấp đã kiểm tra tài chính [[89|fi a t2018-2023 s=LĐLĐ huyện Cao Lộc]] lượt đơn vị.

Nhiệm kỳ 2023-2028, đại hội đề ra các chỉ tiêu: kết nạp [[2.000|mn t t2023-2028 b=o s=LĐLĐ huyện Cao Lộc n=trở lên after the counted noun is an over bound (gold README 5)]] đoàn viên trở lên; thành lập mới [[20|un t t2023-2028 s=LĐLĐ huyện Cao Lộc]] CĐCS; giới thiệu [[150|pr t t2023-2028 s=LĐLĐ huyện Cao Lộc]] đoàn viên ưu tú cho Đảng; hằng năm có 80% trở lên CĐCS đạt vững mạnh.

Đại hội đã bầu Ban Chấp hành LĐLĐ huyện khóa XIX gồm 21 ủy viên; bầu 11 đại biểu đi dự Đại hội Công đoàn tỉnh Lạng Sơn lần thứ XIX.

Hoàng Nam (LĐLĐ huyện Cao Lộc)

Tin khác
- Lạng Sơn: 1.250 suất quà Tết cho đoàn viên khó khăn
"""

ARTS = [
    ('cl16', 'https://baolongan.vn/ldld-huyen-duc-hoa-nam-2019-ket-nap-2-870-doan-vien-a86431.html', '2019-12-27',
     'Long An', CL16),
    ('cl17', 'http://tamlongvang.laodong.com.vn/cong-doan/dien-bien-6-thang-ket-nap-moi-612-doan-vien-551902.bld', None,
     'Điện Biên', CL17),
    ('cl18', 'https://baocantho.com.vn/ldld-tp-can-tho-ket-nap-14-260-doan-vien-trong-nam-2025-a198734.html',
     '2025-12-23', 'Cần Thơ', CL18),
    ('cl19', 'http://baoninhthuan.com.vn/print/news/ldld-ninh-thuan-ho-tro-xay-dung-18-nha-mai-am-cong-doan-52714.html',
     None, 'Ninh Thuận', CL19),
    ('cl20', 'https://congdoanlangson.vn/tin-tuc/dai-hoi-cong-doan-huyen-cao-loc-lan-thu-xix-nhiem-ky-2023-2028-2451.html',
     None, 'Lạng Sơn', CL20),
]
