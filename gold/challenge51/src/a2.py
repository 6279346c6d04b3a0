"""challenge51 articles cd06-cd10."""

CD06 = """Tăng cường giám sát an toàn, vệ sinh lao động tại doanh nghiệp

Thứ Hai, 29/06/2015 | 08:30

LSO-Trong 6 tháng đầu năm 2015, Liên đoàn Lao động tỉnh Lạng Sơn đã chỉ đạo các cấp công đoàn đẩy mạnh tuyên truyền, giám sát việc thực hiện các quy định về an toàn, vệ sinh lao động (ATVSLĐ) tại các cơ quan, doanh nghiệp.

Theo đó, các cấp công đoàn đã tổ chức [[14|tr a h1-2015]] lớp tập huấn nghiệp vụ về ATVSLĐ cho [[1.260|te a h1-2015]] lượt cán bộ công đoàn, an toàn vệ sinh viên và người lao động; phối hợp với Sở Lao động - Thương binh và Xã hội kiểm tra, giám sát tại [[46|sv a h1-2015]] doanh nghiệp, kiến nghị khắc phục 132 tồn tại về trang bị bảo hộ lao động, môi trường làm việc. Hưởng ứng Tuần lễ quốc gia về ATVSLĐ - phòng chống cháy nổ lần thứ 17, LĐLĐ tỉnh tổ chức lễ phát động tại Công ty Cổ phần Xi măng Đồng Bành với hơn 500 công nhân tham gia.

Theo số liệu của ngành chức năng, 6 tháng đầu năm, toàn tỉnh xảy ra 9 vụ tai nạn lao động làm 4 người chết, 7 người bị thương, thiệt hại ước tính khoảng 1,2 tỷ đồng.

Cũng trong 6 tháng, các cấp công đoàn kết nạp [[742|mn a h1-2015]] đoàn viên, đạt [[48,2%|mn p h1-2015]] kế hoạch năm; thành lập [[6|un a h1-2015]] công đoàn cơ sở. Trung tâm Tư vấn pháp luật Công đoàn tỉnh đã tư vấn cho [[218|lc a h1-2015]] lượt người lao động, chủ yếu về hợp đồng lao động và bảo hiểm xã hội (điện thoại tư vấn: 025.3812.519).

Luật An toàn, vệ sinh lao động số 84/2015/QH13 vừa được Quốc hội thông qua ngày 25/6/2015, có hiệu lực từ ngày 1/7/2016. Trong 6 tháng cuối năm, LĐLĐ tỉnh phấn đấu tổ chức thêm [[10|tr t l6-2015]] lớp tập huấn triển khai Luật, phối hợp giám sát ít nhất [[40|sv t l6-2015 b=o]] doanh nghiệp.

Ngọc Anh"""

CD07 = """Công đoàn phường Thủ Dầu Một thành lập [[12|un a 2025-07-01..2025-09-18 r=Bình Dương s=Công đoàn phường Thủ Dầu Một n=headline repeat of the body's 12, takes its region and period (gold README 1, 10)]] công đoàn cơ sở mới

18/09/2025 14:32

(NLĐO) - Từ ngày 1/7 đến nay, Công đoàn phường Thủ Dầu Một (TP HCM) đã thành lập [[12|un a 2025-07-01..2025-09-18 r=Bình Dương s=Công đoàn phường Thủ Dầu Một n=a ward union after the merger reports for the old province its ward lies in (gold README 10); Từ ngày 1/7 đến nay runs to publication (records.md periods)]] công đoàn cơ sở, kết nạp [[1.036|mn a 2025-07-01..2025-09-18 r=Bình Dương s=Công đoàn phường Thủ Dầu Một]] đoàn viên. Phần lớn công đoàn cơ sở mới được thành lập tại các doanh nghiệp giày da, may mặc và cơ khí có từ 20 lao động trở lên.

Trong 6 tháng cuối năm 2025, Công đoàn phường đặt chỉ tiêu kết nạp [[2.000|mn t l6-2025 r=Bình Dương s=Công đoàn phường Thủ Dầu Một]] đoàn viên, thành lập [[20|un t l6-2025 r=Bình Dương s=Công đoàn phường Thủ Dầu Một]] công đoàn cơ sở; đến nay đã đạt [[51,8%|mn p 2025-07-01..2025-09-18 r=Bình Dương s=Công đoàn phường Thủ Dầu Một n=part-way attainment takes the span actually reported, đến nay (gold README 4, 8)]] chỉ tiêu về kết nạp đoàn viên.

Hiện Công đoàn phường quản lý [[146|ut a pub r=Bình Dương s=Công đoàn phường Thủ Dầu Một]] công đoàn cơ sở với [[38.520|mt a pub r=Bình Dương s=Công đoàn phường Thủ Dầu Một]] đoàn viên. Công đoàn phường cũng đã ký thỏa thuận hợp tác với [[7|wp a 2025-07-01..2025-09-18 r=Bình Dương s=Công đoàn phường Thủ Dầu Một]] doanh nghiệp, cửa hàng trong chương trình "Phúc lợi đoàn viên", giảm giá từ 5% đến 15% khi đoàn viên mua hàng, sử dụng dịch vụ.

Theo LĐLĐ TP HCM, sau sắp xếp, thành phố có 168 xã, phường, đặc khu. Ông Trần Minh Tuấn (52 tuổi), Chủ tịch Công đoàn phường Thủ Dầu Một, người có 24 năm làm công tác công đoàn ở tỉnh Bình Dương trước đây, đặt mục tiêu "doanh nghiệp nào đủ điều kiện cũng phải có công đoàn".

Tin-ảnh: Nam Dương"""

CD08 = """Công đoàn tỉnh Đồng Tháp tổng kết năm 2025: Vững bước sau hợp nhất

Thứ Hai, 29/12/2025, 15:10

(ĐT) - Chiều 27/12, Liên đoàn Lao động tỉnh Đồng Tháp tổ chức hội nghị tổng kết hoạt động công đoàn năm 2025, triển khai phương hướng, nhiệm vụ năm 2026. Đây là năm đầu tiên LĐLĐ tỉnh hoạt động sau khi hợp nhất LĐLĐ tỉnh Tiền Giang và LĐLĐ tỉnh Đồng Tháp theo Nghị quyết số 202/2025/QH15 của Quốc hội.

Năm 2025, các cấp công đoàn trong tỉnh kết nạp [[9.846|mn a y2025 n=the merged federation reports under its kept name (gold README 10)]] đoàn viên, đạt [[109,4%|mn p y2025]] kế hoạch; trong đó khu vực Tiền Giang (cũ) kết nạp [[6.128|mn a y2025 r=Tiền Giang n=khu vực X (cũ) gives the old province (gold README 10); scope left null, the figure being the whole old province]] đoàn viên, khu vực Đồng Tháp (cũ) kết nạp [[3.718|mn a y2025 r=Đồng Tháp n=khu vực X (cũ) gives the old province (gold README 10)]] đoàn viên. Thành lập mới [[47|un a y2025]] công đoàn cơ sở, vượt [[17,5%|un p y2025 v=117.5 n=vượt 17,5% chỉ tiêu is 117.5% of it (records.md status)]] chỉ tiêu. Hiện nay, toàn tỉnh có [[3.412|ut a pub]] công đoàn cơ sở với [[218.650|mt a pub]] đoàn viên, sinh hoạt tại 102 công đoàn xã, phường và các công đoàn ngành trực thuộc.

Công tác chăm lo tiếp tục được chú trọng. Trong năm, các cấp công đoàn thăm hỏi, hỗ trợ [[142.300|ben a y2025]] lượt đoàn viên, người lao động với tổng kinh phí [[86,4 tỷ|sf a y2025]] đồng; hỗ trợ xây mới, sửa chữa [[64|sh a y2025]] nhà "Mái ấm Công đoàn" với [[3,2 tỷ|shf a y2025]] đồng, mỗi căn từ 50 đến 70 triệu đồng. Chương trình "Phúc lợi đoàn viên" được mở rộng với [[36|wp a y2025]] thỏa thuận hợp tác mới, nâng tổng số thỏa thuận còn hiệu lực lên [[118|wp a pub n=agreements in force are the stock of their signings, dated at publication (gold README 7)]].

Về công tác đại diện, [[1.142|wd a y2025]] doanh nghiệp đã tổ chức đối thoại tại nơi làm việc; các cấp công đoàn ký mới [[128|ca a y2025]] bản thỏa ước lao động tập thể. Năm 2025, tiền lương bình quân của người lao động trong doanh nghiệp khoảng 7,9 triệu đồng/tháng; trên địa bàn tỉnh xảy ra 1 cuộc ngừng việc tập thể.

Năm 2026, LĐLĐ tỉnh phấn đấu kết nạp [[9.000|mn t y2026]] đoàn viên, thành lập [[40|un t y2026]] công đoàn cơ sở; chăm lo Tết Bính Ngọ 2026 cho ít nhất [[60.000|ben t y2026 b=o n=Tết Bính Ngọ 2026 target takes the Tết year (gold README 4, 8)]] lượt đoàn viên, người lao động với kinh phí dự kiến khoảng [[38 tỷ|sf t y2026 b=a]] đồng.

Dịp này, LĐLĐ tỉnh tặng Bằng khen cho 45 tập thể và 62 cá nhân có thành tích xuất sắc.

Hữu Nghĩa"""

CD09 = """Kon Tum: Kết quả hoạt động công đoàn 6 tháng đầu năm 2020

Thứ Sáu, 10/07/2020 - 14:05

Ngày 9/7, Liên đoàn Lao động tỉnh Kon Tum tổ chức hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2020. Dù chịu ảnh hưởng của dịch Covid-19, các cấp công đoàn vẫn đạt được một số kết quả chính:

- Kết nạp [[1.126|mn a h1-2020]] đoàn viên, đạt [[56,3%|mn p h1-2020]] kế hoạch năm; thành lập [[9|un a h1-2020]] công đoàn cơ sở.
- Hỗ trợ [[2.315|ben a h1-2020]] đoàn viên, người lao động bị ảnh hưởng bởi dịch Covid-19 với số tiền [[1,08 tỷ|sf a h1-2020]] đồng.
- [[186|wmu a mo2020-05 n=a list item naming Tháng Công nhân takes May, not the heading's half-year (gold README 8)]] công đoàn cơ sở tổ chức các hoạt động hưởng ứng Tháng Công nhân năm 2020.
- Tổ chức, tham gia [[24|sv a h1-2020]] cuộc giám sát việc thực hiện chính sách, pháp luật; Ủy ban Kiểm tra các cấp kiểm tra tài chính [[31|fi a h1-2020]] công đoàn cơ sở.
- Tư vấn pháp luật cho [[412|lc a h1-2020]] lượt đoàn viên, người lao động.
- Giới thiệu [[68|pr a h1-2020]] đoàn viên ưu tú cho Đảng, đạt [[45,3%|pr p h1-2020]] chỉ tiêu năm.

Hội nghị đề ra chỉ tiêu 6 tháng cuối năm 2020:

1. Kết nạp ít nhất [[900|mn t l6-2020 b=o]] đoàn viên, thành lập [[8|un t l6-2020]] công đoàn cơ sở.
2. Phấn đấu 100% công đoàn cơ sở khu vực doanh nghiệp tổ chức hội nghị người lao động.
3. Xây dựng, sửa chữa [[15|sh t l6-2020]] nhà "Mái ấm Công đoàn".
4. Giới thiệu [[82|pr t l6-2020]] đoàn viên ưu tú cho Đảng.

Dịp này, Tổng LĐLĐ Việt Nam tặng Bằng khen cho 3 tập thể, 2 cá nhân có thành tích trong phòng, chống dịch Covid-19.

Q.Đ"""

CD10 = """Công đoàn Trà Vinh hỗ trợ hơn [[12.400|ben a y2021 b=o n=rounded headline repeat of the body's 12.450 takes its period (gold README 1)]] đoàn viên bị ảnh hưởng dịch Covid-19

Năm 2021, Liên đoàn Lao động tỉnh Trà Vinh đã hỗ trợ [[12.450|ben a y2021]] đoàn viên, người lao động bị ảnh hưởng bởi dịch Covid-19 với tổng số tiền [[3,27 tỷ|sf a y2021]] đồng, theo Quyết định số 2511/QĐ-TLĐ của Tổng Liên đoàn Lao động Việt Nam. Mức hỗ trợ từ 500.000 đồng đến 3 triệu đồng/người, tùy từng trường hợp.

Trong đó, Công đoàn các Khu kinh tế tỉnh hỗ trợ [[4.870|ben a y2021 s=Công đoàn các Khu kinh tế]] công nhân với số tiền [[1,46 tỷ|sf a y2021 s=Công đoàn các Khu kinh tế]] đồng. Ngoài ra, các cấp công đoàn còn trao [[2.600|ben a y2021 n=gift packages count as beneficiaries (gold README 9); 300.000 đồng per bag is not a record]] túi an sinh cho công nhân đang cách ly tại nhà trọ, mỗi túi trị giá 300.000 đồng.

Tháng 10/2021, LĐLĐ tỉnh phối hợp tổ chức 4 chuyến xe miễn phí đưa [[186|ben a mo2021-10 n=free rides count as beneficiaries (gold README 9); reported by the Trà Vinh federation though the sentence names other provinces (records.md regions)]] công nhân từ TP Hồ Chí Minh, Bình Dương về quê an toàn.

Hiện toàn tỉnh có [[628|ut a null n=stock in an undated page (gold README 7)]] công đoàn cơ sở với [[41.380|mt a null]] đoàn viên. Ông Lê Văn Thành, Phó Chủ tịch LĐLĐ tỉnh cho biết, đoàn viên cần hỗ trợ có thể liên hệ đường dây nóng 0294.3862.247 để được hướng dẫn.

Khánh Duy"""

ARTS = [
    ('cd06', 'https://baolangson.vn/xa-hoi/tang-cuong-giam-sat-an-toan-ve-sinh-lao-dong-tai-doanh-nghiep-104518.html',
     '2015-06-29', 'Lạng Sơn', CD06),
    ('cd07', 'https://nld.com.vn/cong-doan/cong-doan-phuong-thu-dau-mot-thanh-lap-12-cong-doan-co-so-moi-196250918143255.htm',
     '2025-09-18', 'Hồ Chí Minh', CD07),
    ('cd08', 'https://baodongthap.vn/xa-hoi/cong-doan-tinh-dong-thap-tong-ket-nam-2025-vung-buoc-sau-hop-nhat-138904.aspx',
     '2025-12-29', 'Đồng Tháp', CD08),
    ('cd09', 'https://baokontum.com.vn/xa-hoi/kon-tum-ket-qua-hoat-dong-cong-doan-6-thang-dau-nam-2020-7741.html',
     '2020-07-10', 'Kon Tum', CD09),
    ('cd10', 'https://www.baotravinh.vn/xa-hoi/cong-doan-tra-vinh-ho-tro-hon-12400-doan-vien-bi-anh-huong-dich-covid-19-82714.html',
     None, 'Trà Vinh', CD10),
]
