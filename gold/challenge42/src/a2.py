"""av06-av10."""
ARTS = []

# av06 Nghệ An, union portal, year 2023: software records, Phúc lợi partners, trainings, legal aid
ARTS.append(('av06', 'https://congdoannghean.vn/tin-tuc-su-kien/hoat-dong-cong-doan/ldld-tinh-nghe-an-hon-98-doan-vien-da-duoc-cap-nhat-len-phan-mem-4312.html',
             '2023-12-27', 'Nghệ An', """Trang chủ > Tin tức - Sự kiện > Hoạt động công đoàn

LĐLĐ tỉnh Nghệ An: Hơn 98% đoàn viên đã được cập nhật lên phần mềm quản lý

Ngày đăng: 27/12/2023 | Lượt xem: 415

Năm 2023, các cấp công đoàn tỉnh Nghệ An đã nhập thông tin [[186.420|rec a y2023]] đoàn viên lên phần mềm quản lý đoàn viên của Tổng LĐLĐ Việt Nam, đạt tỷ lệ 98,3% số đoàn viên hiện có; cấp thẻ đoàn viên công đoàn điện tử cho [[24.560|rec a y2023 n=cards issued count as member_records (indicators.tsv); not a breakdown of the software entries]] đoàn viên.

LĐLĐ tỉnh ký kết mới [[9|wp a y2023]] thỏa thuận hợp tác thực hiện Chương trình "Phúc lợi đoàn viên công đoàn", nâng tổng số đơn vị đối tác lên [[41|wp a pub n=partners in force are the stock of their agreements, dated at publication (gold README 7)]]. Đoàn viên được giảm giá từ 5% đến 30% khi sử dụng sản phẩm, dịch vụ của các đối tác.

Trong năm, các cấp công đoàn tổ chức [[37|tr a y2023]] lớp tập huấn nghiệp vụ cho [[4.215|te a y2023]] lượt cán bộ công đoàn cơ sở; phối hợp tuyên truyền pháp luật lao động cho hơn [[52.000|te a y2023 b=o n=persons reached by dissemination count as trainees (indicators.tsv)]] lượt đoàn viên, người lao động. Văn phòng Tư vấn pháp luật LĐLĐ tỉnh đã tư vấn cho [[1.108|lc a y2023]] lượt đoàn viên, người lao động; tham gia bảo vệ quyền lợi cho người lao động tại tòa trong 6 vụ án lao động.

Năm 2024, LĐLĐ tỉnh phấn đấu ký kết thêm ít nhất [[5|wp t y2024 b=o]] thỏa thuận hợp tác về Phúc lợi đoàn viên; tổ chức [[40|tr t y2024]] lớp tập huấn cho cán bộ công đoàn cơ sở.

Ban Tuyên giáo - Nữ công

Tin khác
- Công đoàn ngành Giáo dục trao 30 suất quà cho giáo viên vùng cao (20/12/2023)
- Hội nghị Ban Chấp hành LĐLĐ tỉnh lần thứ 9, khóa XVIII (15/12/2023)

Đang truy cập: 37 | Tổng truy cập: 3.412.908
"""))

# av07 Hà Tĩnh, Tết Canh Tý 2020, undated
ARTS.append(('av07', 'https://baohatinh.vn/cong-doan/cong-doan-ha-tinh-cham-lo-tet-cho-hon-23000-doan-vien-nguoi-lao-dong/184512.htm',
             None, 'Hà Tĩnh', """Công đoàn Hà Tĩnh chăm lo Tết cho hơn [[23.000|ben a y2020 b=o n=rounded headline repeat of 23.416: the body's period (gold README 1)]] đoàn viên, người lao động

(Baohatinh.vn) - Dịp Tết Nguyên đán Canh Tý 2020, các cấp công đoàn Hà Tĩnh đã thăm hỏi, tặng quà cho [[23.416|ben a y2020 n=Tết figures take the Tết year]] đoàn viên, người lao động với tổng kinh phí [[7,24 tỷ|sf a y2020]] đồng.

Trong đó, Công đoàn ngành Giáo dục tặng quà cho [[3.120|ben a y2020 s=Công đoàn ngành Giáo dục]] đoàn viên với số tiền [[936 triệu|sf a y2020 s=Công đoàn ngành Giáo dục]] đồng; Công đoàn Khu kinh tế tỉnh chăm lo cho [[4.870|ben a y2020 s=Công đoàn Khu kinh tế tỉnh]] công nhân lao động tại các doanh nghiệp trong Khu kinh tế Vũng Áng. LĐLĐ tỉnh trực tiếp trao [[650|ben a y2020 s=LĐLĐ tỉnh trực tiếp n=gift packages count as beneficiaries (gold README 9), a breakdown of the Tết total (gold README 6); mỗi suất 1 triệu is a per-item amount]] suất quà, mỗi suất 1 triệu đồng, cho đoàn viên có hoàn cảnh đặc biệt khó khăn.

Lãnh đạo LĐLĐ tỉnh trao quà Tết cho công nhân Công ty TNHH Gang thép Hưng Nghiệp Formosa Hà Tĩnh.
Lãnh đạo LĐLĐ tỉnh trao quà Tết cho công nhân Công ty TNHH Gang thép Hưng Nghiệp Formosa Hà Tĩnh.

Ngoài ra, LĐLĐ tỉnh phối hợp với các doanh nghiệp vận tải tặng [[420|ben a y2020 n=free tickets given to members count as beneficiaries (gold README 9)]] vé xe miễn phí cho công nhân quê ở các tỉnh phía Nam về quê đón Tết. Chương trình "Chợ Tết Công đoàn" năm nay phát 1.500 phiếu mua hàng 0 đồng cho công nhân lao động.

Thu Trang
"""))

# av08 Quảng Bình (-> Quảng Trị), Lao Động excerpt, Q1/2015, district and province, undated
ARTS.append(('av08', 'http://laodong.com.vn/cong-doan/quang-binh-quy-i-thanh-lap-moi-17-cdcs-326418.bld',
             None, 'Quảng Bình', """Quảng Bình: Quý I thành lập mới [[17|un a q1-2015 n=headline repeat of the province figure: its period (gold README 1)]] CĐCS

Trong quý I/2015, LĐLĐ huyện Bố Trạch (Quảng Bình) đã thành lập mới [[5|un a q1-2015 s=huyện Bố Trạch n=district union: its province, with a scope (records.md Regions)]] CĐCS, kết nạp [[214|mn a q1-2015 s=huyện Bố Trạch]] đoàn viên; đồng thời giải thể [[3|ud a q1-2015 s=huyện Bố Trạch]] CĐCS do doanh nghiệp ngừng hoạt động, giảm [[67|ml a q1-2015 s=huyện Bố Trạch]] đoàn viên. Hiện LĐLĐ huyện đang quản lý [[142|ut a null s=huyện Bố Trạch n=stock with no publication date -> null (gold README 7)]] CĐCS với gần [[5.860|mt a null b=u s=huyện Bố Trạch]] đoàn viên.

Toàn tỉnh trong quý I thành lập mới [[17|un a q1-2015]] CĐCS, kết nạp [[1.032|mn a q1-2015]] đoàn viên, đạt [[25,8%|mn p q1-2015 n=part-way attainment of the year plan takes the reporting quarter]] kế hoạch năm. Năm 2015, LĐLĐ tỉnh phấn đấu kết nạp [[4.000|mn t y2015]] đoàn viên và thành lập mới [[60|un t y2015]] CĐCS.

Tại hội nghị, 12 CĐCS có thành tích xuất sắc trong công tác phát triển đoàn viên được biểu dương.

Lê Phi Long
"""))

# av09 Thái Bình (-> Hưng Yên), H1 2022, scraping slips l.482 and 1.5 60
ARTS.append(('av09', 'https://baothaibinh.com.vn/tin-tuc/4/152870/ldld-tinh-so-ket-cong-tac-6-thang-dau-nam-2022',
             '2022-07-15', 'Thái Bình', """LĐLĐ tỉnh sơ kết công tác 6 tháng đầu năm 2022

Cập nhật lúc 10:25, Thứ Sáu, 15/07/2022 (GMT+7)

Ngày 14/7, Liên đoàn Lao động tỉnh tổ chức hội nghị sơ kết công tác công đoàn 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2022.

6 tháng đầu năm, các cấp công đoàn trong tỉnh kết nạp mới [[2.156|mn a h1-2022 n=year-less phrase takes the publication year (records.md)]] đoàn viên, thành lập [[14|un a h1-2022]] CĐCS. Đã có [[l.482|oc a h1-2022 n=scrape slip l.482 -> 1482 (records.md)]] cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức (chiếm 99% số đơn vị); [[318|wkc a h1-2022]] doanh nghiệp tổ chức hội nghị người lao động. Các cấp công đoàn đã thăm hỏi, hỗ trợ [[1.5 60|ben a h1-2022 n=split number 1.5 60 -> 1560 (records.md)]] đoàn viên, người lao động ốm đau, có hoàn cảnh khó khăn với số tiền [[1,37 tỷ|sf a h1-2022]] đồng.

Ủy ban Kiểm tra công đoàn các cấp đã kiểm tra tài chính tại [[126|fi a h1-2022]] CĐCS, đạt [[54,8%|fi p h1-2022]] kế hoạch năm; tổ chức [[41|sv a h1-2022]] cuộc kiểm tra, giám sát việc chấp hành Điều lệ Công đoàn Việt Nam, phát hiện 9 đơn vị có sai sót trong quản lý tài chính.

6 tháng cuối năm, LĐLĐ tỉnh phấn đấu kết nạp [[2.400|mn t h2-2022]] đoàn viên, thành lập [[16|un t h2-2022]] CĐCS; hoàn thành kiểm tra tài chính tại [[104|fi t h2-2022]] CĐCS còn lại theo kế hoạch.

Nguyễn Thơm

Lượt xem: 982
"""))

# av10 Phú Thọ after the merger (Vĩnh Phúc, Hòa Bình merged in), 9 months 2025
ARTS.append(('av10', 'https://baophutho.vn/ldld-tinh-phu-tho-9-thang-ket-nap-9812-doan-vien-241877.htm',
             '2025-10-21', 'Phú Thọ', """ date 2025-10-21 LĐLĐ tỉnh Phú Thọ: 9 tháng kết nạp [[9.812|mn a f9-2025 n=headline repeat: the body's period (gold README 1)]] đoàn viên

Ngày 20/10, Liên đoàn Lao động (LĐLĐ) tỉnh Phú Thọ tổ chức Hội nghị Ban Chấp hành sơ kết công tác công đoàn 9 tháng năm 2025. Đây là hội nghị sơ kết đầu tiên sau khi hợp nhất LĐLĐ ba tỉnh Phú Thọ, Vĩnh Phúc, Hòa Bình theo Nghị quyết số 202/2025/QH15.

Theo LĐLĐ tỉnh Phú Thọ, 9 tháng năm 2025, các cấp công đoàn trong tỉnh đã kết nạp [[9.812|mn a f9-2025 n=the merged province's federation reports under its kept name (gold README 10)]] đoàn viên, đạt [[81,8%|mn p f9-2025]] kế hoạch năm; thành lập mới [[61|un a f9-2025]] CĐCS. Trong đó, khu vực Vĩnh Phúc (cũ) kết nạp [[6.240|mn a f9-2025 r=Vĩnh Phúc s=khu vực Vĩnh Phúc (cũ) n=khu vực X (cũ) -> the old province (gold README 10)]] đoàn viên, khu vực Phú Thọ (cũ) [[2.467|mn a f9-2025 r=Phú Thọ s=khu vực Phú Thọ (cũ)]] đoàn viên, khu vực Hòa Bình (cũ) [[1.105|mn a f9-2025 r=Hòa Bình s=khu vực Hòa Bình (cũ)]] đoàn viên.

Hiện toàn tỉnh có [[4.716|ut a pub]] CĐCS với [[371.540|mt a pub]] đoàn viên, trong đó khu vực ngoài nhà nước có [[228.930|mt a pub s=khu vực ngoài nhà nước]] đoàn viên.

Quang cảnh hội nghị.

Năm 2025, LĐLĐ tỉnh được giao chỉ tiêu kết nạp [[12.000|mn t y2025]] đoàn viên. Dịp Tết Nguyên đán Bính Ngọ 2026, LĐLĐ tỉnh dự kiến thăm hỏi, tặng quà cho khoảng [[30.000|ben t y2026 b=a n=dự kiến -> target (gold README 4); Tết figures take the Tết year]] đoàn viên, người lao động có hoàn cảnh khó khăn. Toàn tỉnh hiện có 148 xã, phường sau sắp xếp.

Thu Hà
"""))
