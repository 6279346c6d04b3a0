# an01-an05
ARTS = []

ARTS.append(('an01', 'https://baohagiang.vn/xa-hoi/201905/thang-cong-nhan-2019-hon-9300-luot-doan-vien-nguoi-lao-dong-duoc-cham-lo-731204/', '2019-05-31', 'Hà Giang', """\
Tháng Công nhân 2019: Hơn [[9.300|ben a mo2019-05 b=o n=headline repeat of the body 9.326 (rounded), takes its period May 2019 (gold README 1)]] lượt đoàn viên, người lao động được chăm lo

Thứ Sáu, 31/05/2019 - 16:20

(BHG) - Sáng 30.5, Liên đoàn Lao động (LĐLĐ) tỉnh tổ chức hội nghị tổng kết Tháng Công nhân và Tháng hành động về an toàn, vệ sinh lao động năm 2019.

Hưởng ứng Tháng Công nhân năm 2019 với chủ đề "Vì việc làm bền vững, điều kiện làm việc an toàn", các cấp công đoàn trong tỉnh đã triển khai nhiều hoạt động thiết thực. Toàn tỉnh có [[612|wmu a mo2019-05 n=Tháng Công nhân năm 2019 -> May 2019; region from the site (LĐLĐ tỉnh unnamed, records.md regions)]] công đoàn cơ sở tổ chức các hoạt động hưởng ứng Tháng Công nhân, tăng 37 đơn vị so với năm 2018. Các cấp công đoàn đã thăm hỏi, tặng quà cho [[9.326|ben a mo2019-05]] lượt đoàn viên, người lao động với tổng kinh phí hơn [[1,4 tỷ|sf a mo2019-05 b=o]] đồng; trong đó LĐLĐ tỉnh trực tiếp trao [[350|ben a mo2019-05 s=LĐLĐ tỉnh n=gift packages as beneficiaries, breakdown of the total (gold README 6, 9); mỗi suất 500.000 đồng is a per-item amount, not a record]] suất quà, mỗi suất 500.000 đồng, cho công nhân lao động có hoàn cảnh khó khăn tại các huyện vùng cao Đồng Văn, Mèo Vạc, Yên Minh.

Dịp này, các công đoàn cơ sở đã phối hợp với người sử dụng lao động tổ chức đối thoại tại [[46|wd a mo2019-05 n=Dịp này -> the nearest earlier period phrase, Tháng Công nhân năm 2019 (records.md periods)]] doanh nghiệp, đơn vị; mở [[3|tr a mo2019-05]] lớp tập huấn về an toàn, vệ sinh lao động cho [[215|te a mo2019-05]] cán bộ công đoàn, an toàn vệ sinh viên.

Lãnh đạo LĐLĐ tỉnh trao giấy khen cho các tập thể có thành tích trong Tháng Công nhân năm 2019.

Tại hội nghị, LĐLĐ tỉnh đã khen thưởng 12 tập thể và 18 cá nhân có thành tích xuất sắc trong Tháng Công nhân năm 2019.

Tin, ảnh: MINH HẢI

Tin liên quan
- Đồng Văn: Trao 120 suất quà cho công nhân thủy điện
- Hội thao công nhân viên chức lao động tỉnh năm 2019 thu hút 24 đoàn tham gia
"""))

ARTS.append(('an02', 'https://baoninhthuan.com.vn/news/xa-hoi/ban-giao-8-can-nha-mai-am-cong-doan-cho-doan-vien-kho-khan-ve-nha-o', None, 'Ninh Thuận', """\
Bàn giao [[8|sh a null n=no period phrase before it and no publication date -> null..null (records.md periods); the later năm 2018 does not reach back]] căn nhà "Mái ấm Công đoàn" cho đoàn viên khó khăn về nhà ở

Liên đoàn Lao động tỉnh vừa phối hợp với Liên đoàn Lao động các huyện Ninh Phước, Thuận Nam và Công đoàn ngành Giáo dục tổ chức bàn giao [[8|sh a null]] căn nhà "Mái ấm Công đoàn" cho đoàn viên có hoàn cảnh khó khăn về nhà ở.

Các căn nhà được xây dựng với diện tích từ 40 đến 55 m2, tổng kinh phí hơn [[560 triệu|shf a null b=o]] đồng; trong đó Quỹ Xã hội Công đoàn tỉnh hỗ trợ 50 triệu đồng/căn, phần còn lại do gia đình đối ứng và các nhà hảo tâm đóng góp.

Lãnh đạo LĐLĐ tỉnh trao quyết định hỗ trợ xây nhà cho đoàn viên tại xã Phước Hậu, huyện Ninh Phước. Ảnh: NGỌC ĐIỆP

Theo LĐLĐ tỉnh, năm 2018, các cấp công đoàn trong tỉnh đã hỗ trợ xây mới và sửa chữa [[23|sh a y2018]] nhà "Mái ấm Công đoàn" với tổng số tiền [[1,15 tỷ|shf a y2018]] đồng, vượt kế hoạch đề ra ([[15|sh t y2018 n=the plan of 2018 named in brackets after vượt kế hoạch -> a target of 2018 (gold README 4)]] căn). Năm 2019, LĐLĐ tỉnh phấn đấu hỗ trợ xây dựng, sửa chữa ít nhất [[25|sh t y2019 b=o]] căn nhà cho đoàn viên, người lao động có hoàn cảnh khó khăn.

NGỌC ĐIỆP

Lượt xem: 1.207
"""))

ARTS.append(('an03', 'https://baodaknong.vn/nam-2021-cong-doan-dak-nong-ket-nap-1482-doan-vien-moi-128514.html', '2021-12-28', 'Đắk Nông', """\
Năm 2021: Công đoàn Đắk Nông kết nạp [[1.482|mn a y2021]] đoàn viên mới

Thứ Ba, 28/12/2021, 15:42

Chiều 27/12, Liên đoàn Lao động tỉnh Đắk Nông tổ chức Hội nghị Ban Chấp hành lần thứ 9, khóa VII, nhiệm kỳ 2018 - 2023 để tổng kết hoạt động công đoàn năm 2021, triển khai nhiệm vụ năm 2022.

Năm 2021, mặc dù chịu ảnh hưởng nặng nề của dịch Covid-19, các cấp công đoàn trong tỉnh đã kết nạp [[l.482|mn a y2021 n=scraped l.482 -> 1482 (records.md value)]] đoàn viên, đạt [[123,5%|mn p y2021]] kế hoạch; thành lập mới [[17|un a y2021]] công đoàn cơ sở (CĐCS), đạt [[113%|un p y2021]] kế hoạch. Do doanh nghiệp ngừng hoạt động, giải thể, trong năm đã giải thể [[9|ud a y2021]] CĐCS và giảm [[1.036|ml a y2021]] đoàn viên. Hiện toàn tỉnh có [[1.007|ut a pub]] CĐCS với [[27.840|mt a pub]] đoàn viên, trong đó khu vực ngoài nhà nước có [[214|ut a pub s=khu vực ngoài nhà nước]] CĐCS.

Các cấp công đoàn đã hỗ trợ [[6.915|ben a y2021]] lượt đoàn viên, người lao động bị ảnh hưởng bởi dịch Covid-19 với tổng số tiền trên [[3,2 tỷ|sf a y2021 b=o]] đồng. Đã có [[45|ca a y2021]] doanh nghiệp ký mới thỏa ước lao động tập thể.

Năm 2022, LĐLĐ tỉnh phấn đấu kết nạp [[1.500|mn t y2022]] đoàn viên, thành lập mới [[15|un t y2022]] CĐCS, 100% CĐCS khu vực nhà nước tổ chức hội nghị cán bộ, công chức, viên chức.

Đại diện LĐLĐ tỉnh trao bằng khen cho các tập thể có thành tích xuất sắc năm 2021.

PHAN TÂN

Bình luận (0)
"""))

ARTS.append(('an04', 'https://baolamdong.vn/xa-hoi/202511/cong-doan-phuong-bac-gia-nghia-thanh-lap-them-3-cong-doan-co-so-8c41d2e/', '2025-11-05', 'Lâm Đồng', """\
Công đoàn phường Bắc Gia Nghĩa thành lập thêm [[3|un a 2025-07-01..2025-11-05 s=Công đoàn phường Bắc Gia Nghĩa r=Đắk Nông n=headline repeat of the body figure, takes its period từ 1/7/2025 đến nay (gold README 1); ward named after the old city: region by the province's name before the merger (records.md region field), Đắk Nông; region_2025 Lâm Đồng (session 10 correction)]] công đoàn cơ sở

N.HÀ 10:15, 05/11/2025

Ngày 4/11, Công đoàn phường Bắc Gia Nghĩa (tỉnh Lâm Đồng) tổ chức đại hội thành lập Công đoàn cơ sở Công ty TNHH Cà phê Đăk Nia với [[46|mn a pub s=Công đoàn phường Bắc Gia Nghĩa r=Đắk Nông n=members of a newly founded union -> members_new (gold README 9); Ngày 4/11 is a date, no earlier period phrase -> publication date (records.md periods); ward named after the old city: region by the province's name before the merger (records.md region field), Đắk Nông; region_2025 Lâm Đồng (session 10 correction)]] đoàn viên.

Như vậy, từ ngày 1/7/2025 (khi chính quyền địa phương hai cấp đi vào hoạt động) đến nay, Công đoàn phường Bắc Gia Nghĩa đã thành lập mới [[3|un a 2025-07-01..2025-11-05 s=Công đoàn phường Bắc Gia Nghĩa r=Đắk Nông n=ward named after the old city: region by the province's name before the merger (records.md region field), Đắk Nông; region_2025 Lâm Đồng (session 10 correction)]] công đoàn cơ sở, kết nạp [[118|mn a 2025-07-01..2025-11-05 s=Công đoàn phường Bắc Gia Nghĩa r=Đắk Nông n=ward named after the old city: region by the province's name before the merger (records.md region field), Đắk Nông; region_2025 Lâm Đồng (session 10 correction)]] đoàn viên; nâng tổng số công đoàn cơ sở trực thuộc lên [[41|ut a pub s=Công đoàn phường Bắc Gia Nghĩa r=Đắk Nông n=ward named after the old city: region by the province's name before the merger (records.md region field), Đắk Nông; region_2025 Lâm Đồng (session 10 correction)]] với [[1.326|mt a pub s=Công đoàn phường Bắc Gia Nghĩa r=Đắk Nông n=stock with nâng tổng số -> dated at publication (gold README 7); ward named after the old city: region by the province's name before the merger (records.md region field), Đắk Nông; region_2025 Lâm Đồng (session 10 correction)]] đoàn viên.

Theo Liên đoàn Lao động tỉnh Lâm Đồng, 10 tháng năm 2025, toàn tỉnh đã kết nạp [[9.870|mn a f10-2025]] đoàn viên, thành lập mới [[64|un a f10-2025]] CĐCS; trong đó khu vực Đắk Nông (cũ) kết nạp [[2.145|mn a f10-2025 r=Đắk Nông s=khu vực Đắk Nông (cũ) n=khu vực X (cũ) breakdown -> region X, region_2025 the merged province (gold README 6, 10)]] đoàn viên, thành lập [[19|un a f10-2025 r=Đắk Nông s=khu vực Đắk Nông (cũ)]] CĐCS. Chỉ tiêu năm 2025 của LĐLĐ tỉnh là phát triển [[12.000|mn t y2025]] đoàn viên.

Đại hội bầu Ban Chấp hành lâm thời gồm 3 thành viên, nhiệm kỳ 2025 - 2030.

N.HÀ
"""))

ARTS.append(('an05', 'https://baohanam.com.vn/chinh-tri/cong-doan/hon-80-doanh-nghiep-co-cong-doan-to-chuc-hoi-nghi-nguoi-lao-dong-31877.html', '2018-03-16', 'Hà Nam', """\
Hơn 80% doanh nghiệp có công đoàn tổ chức hội nghị người lao động

Thứ Sáu, 16/03/2018 | 08:30

(BHN) - Ngày 15/3, Liên đoàn Lao động tỉnh Hà Nam tổ chức hội nghị sơ kết công tác phối hợp thực hiện quy chế dân chủ ở cơ sở năm 2017.

Năm 2017, có [[312/386|wkc a y2017 n=x/y -> x (records.md value); the headline Hơn 80% is a share with no target, not a record (gold README 11)]] doanh nghiệp có tổ chức công đoàn tổ chức hội nghị người lao động, tăng 28 doanh nghiệp so với năm 2016; [[274|wd a y2017]] doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc. Các CĐCS đã thương lượng, ký kết [[196|ca a y2017]] bản thỏa ước lao động tập thể, trong đó [[41|ca a y2017 s=bản có nhiều nội dung có lợi hơn cho người lao động n=breakdown of the agreements signed (gold README 6)]] bản có nhiều nội dung có lợi hơn cho người lao động so với quy định của pháp luật. Công đoàn các khu công nghiệp tỉnh đã tổ chức [[14|tr a y2017 s=Công đoàn các khu công nghiệp]] lớp tập huấn kỹ năng thương lượng cho hơn [[900|te a y2017 b=o s=Công đoàn các khu công nghiệp]] lượt cán bộ công đoàn cơ sở.

Hội nghị sơ kết công tác phối hợp thực hiện quy chế dân chủ ở cơ sở năm 2017. Ảnh: BHN

Năm 2018, LĐLĐ tỉnh phấn đấu 100% doanh nghiệp có công đoàn tổ chức hội nghị người lao động; tổ chức đối thoại tại ít nhất [[300|wd t y2018 b=o]] doanh nghiệp.

Thu Hằng

Tin cùng chuyên mục
- Duy Tiên: 6 doanh nghiệp ký thỏa ước lao động tập thể nhóm
- Trao 45 suất quà cho công nhân Khu công nghiệp Đồng Văn II
"""))
