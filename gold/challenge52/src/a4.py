"""challenge52 articles ce16-ce20 (markup: [[span|IND ST PERIOD b= s= r= v= n=]], see gold/tooling/markup.py)."""

ARTS = []

# ce16 - Nghệ An, union portal, half-year 2015 report
ARTS.append(('ce16', 'http://congdoannghean.vn/tin-tuc/hoat-dong-cong-doan/ldld-tinh-so-ket-hoat-dong-6-thang-dau-nam-2015-4127.html', '2015-07-21', 'Nghệ An', """Trang chủ > Tin tức > Hoạt động công đoàn

LĐLĐ tỉnh sơ kết hoạt động 6 tháng đầu năm 2015

Ngày đăng: 21/07/2015 | Lượt xem: 845

Sáng 21/7, LĐLĐ tỉnh Nghệ An tổ chức hội nghị Ban Chấp hành mở rộng sơ kết hoạt động công đoàn 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2015.

Báo cáo cho thấy, 6 tháng đầu năm, các cấp công đoàn đã kết nạp [[5.346|mn a h1-2015 n=6 tháng đầu năm without a year -> publication year (records.md periods)]] đoàn viên, thành lập [[42|un a h1-2015]] CĐCS, trong đó [[35|un a h1-2015 s=khu vực ngoài nhà nước]] CĐCS khu vực ngoài nhà nước; số đoàn viên kết nạp mới đạt [[53,5%|mn p h1-2015 n=part-way attainment of the year target takes the reporting period (gold README 4)]] chỉ tiêu cả năm. Tổng số đoàn viên hiện nay là [[178.420|mt a pub]] người, sinh hoạt tại [[3.852|ut a pub]] CĐCS.

Trung tâm Tư vấn pháp luật Công đoàn tỉnh đã tư vấn cho [[2.615|lc a h1-2015]] lượt người lao động; các cấp công đoàn tổ chức [[186|tr a h1-2015 n=dissemination conferences counted as trainings, their audience as trainees (indicators.tsv)]] hội nghị tuyên truyền, phổ biến pháp luật cho [[24.300|te a h1-2015]] lượt đoàn viên, người lao động. Công đoàn các cấp tham gia [[96|sv a h1-2015]] cuộc thanh tra, kiểm tra cùng các ngành chức năng; [[68|wkc a h1-2015]] doanh nghiệp tổ chức hội nghị người lao động, ký mới [[41|ca a h1-2015]] bản thỏa ước lao động tập thể. Ủy ban Kiểm tra các cấp đã kiểm tra tài chính [[214|fi a h1-2015]] CĐCS. Các CĐCS doanh nghiệp thành lập mới [[23|wc a h1-2015]] Ban nữ công quần chúng, đưa công tác nữ công vào nề nếp.

Trong Tháng Công nhân năm 2015, các cấp công đoàn đã thăm, tặng [[3.860|ben a mo2015-05 n=an item naming its own period: Tháng Công nhân năm 2015 -> May 2015 (gold README 8)]] suất quà cho công nhân lao động khó khăn với tổng trị giá [[1,45 tỷ|sf a mo2015-05]] đồng.

6 tháng cuối năm, LĐLĐ tỉnh đề ra mục tiêu kết nạp [[4.700|mn t l6-2015]] đoàn viên, thành lập [[40|un t l6-2015]] CĐCS; phấn đấu 100% doanh nghiệp có tổ chức công đoàn tổ chức hội nghị người lao động.

Tin khác:
- Công đoàn ngành Giáo dục trao 30 suất học bổng cho con đoàn viên
- Đô Lương: Hội thi cán bộ nữ công giỏi năm 2015

Đang truy cập: 26 | Tổng lượt truy cập: 1.284.517
"""))

# ce17 - Quảng Bình, education sector union, school year 2018-2019, undated
ARTS.append(('ce17', 'https://baoquangbinh.vn/xa-hoi/cong-doan-nganh-giao-duc-cham-lo-tot-doi-song-doan-vien-2170345', None, 'Quảng Bình', """Công đoàn ngành Giáo dục: Chăm lo tốt đời sống đoàn viên

(QBĐT) - Năm học 2018 - 2019, Công đoàn ngành Giáo dục tỉnh đã thăm hỏi, hỗ trợ [[1.265|ben a sy2018 s=Công đoàn ngành Giáo dục n=năm học 2018-2019 -> 2018-09-01..2019-08-31 (records.md periods); sector union: its province with a scope]] lượt đoàn viên ốm đau, gặp hoàn cảnh khó khăn với số tiền [[728 triệu|sf a sy2018 s=Công đoàn ngành Giáo dục]] đồng; hỗ trợ xây mới [[4|sh a sy2018 s=Công đoàn ngành Giáo dục]] nhà "Mái ấm Công đoàn" cho đoàn viên nghèo với tổng số tiền [[200 triệu|shf a sy2018 s=Công đoàn ngành Giáo dục]] đồng.

Hiện Công đoàn ngành có [[412|ut a null s=Công đoàn ngành Giáo dục n=stock on a page without a publication date -> null (gold README 7)]] CĐCS với [[17.860|mt a null s=Công đoàn ngành Giáo dục]] đoàn viên là cán bộ, giáo viên, nhân viên các trường học. [[346/346|oc a sy2018 s=Công đoàn ngành Giáo dục n=x/y form: the count achieved (gold README 3); period from the earlier phrase năm học 2018 - 2019]] đơn vị trường học đã tổ chức hội nghị cán bộ, công chức, viên chức đầu năm học đúng quy định.

Công đoàn ngành đã giới thiệu [[178|pr a sy2018 s=Công đoàn ngành Giáo dục]] đoàn viên ưu tú cho tổ chức đảng xem xét kết nạp; [[132|pa a sy2018 s=Công đoàn ngành Giáo dục]] đồng chí đã được kết nạp vào Đảng.

Năm học 2019 - 2020, Công đoàn ngành phấn đấu hỗ trợ xây dựng [[5|sh t sy2019 s=Công đoàn ngành Giáo dục]] nhà "Mái ấm Công đoàn", tiếp tục chăm lo cho giáo viên ở vùng sâu, vùng xa, vùng đồng bào dân tộc thiểu số. Dịp này, Công đoàn ngành khen thưởng 25 tập thể, 40 cá nhân có thành tích xuất sắc trong năm học.

Thu Hoài
"""))

# ce18 - Quảng Trị after the merger with Quảng Bình, 9 months 2025
ARTS.append(('ce18', 'https://baoquangtri.vn/xa-hoi/ldld-tinh-9-thang-ket-nap-3284-doan-vien-196842.htm', '2025-10-16', 'Quảng Trị', """LĐLĐ tỉnh: 9 tháng kết nạp [[3.284|mn a f9-2025 n=headline repeat of the body figure (gold README 1)]] đoàn viên

Thứ Năm, 16/10/2025, 08:20

(QT) - Sáng 16/10, LĐLĐ tỉnh tổ chức Hội nghị Ban Chấp hành sơ kết công tác công đoàn 9 tháng, triển khai nhiệm vụ 3 tháng cuối năm 2025.

9 tháng năm 2025, các cấp công đoàn toàn tỉnh đã kết nạp [[3.284|mn a f9-2025 n=the new province's federation reports under its kept name (gold README 10)]] đoàn viên, thành lập [[27|un a f9-2025]] CĐCS, đạt [[75,4%|mn p f9-2025]] kế hoạch năm về kết nạp đoàn viên. Trong đó, khu vực Quảng Bình (cũ) kết nạp [[1.902|mn a f9-2025 r=Quảng Bình s=khu vực Quảng Bình (cũ) n=khu vực X (cũ) -> the old province (gold README 10)]] đoàn viên, thành lập [[15|un a f9-2025 r=Quảng Bình s=khu vực Quảng Bình (cũ)]] CĐCS; khu vực Quảng Trị (cũ) kết nạp [[1.382|mn a f9-2025 s=khu vực Quảng Trị (cũ)]] đoàn viên, thành lập [[12|un a f9-2025 s=khu vực Quảng Trị (cũ)]] CĐCS. Hiện toàn tỉnh có [[2.415|ut a pub]] CĐCS với [[96.830|mt a pub]] đoàn viên.

Các cấp công đoàn đã tổ chức, tham gia [[164|sv a f9-2025]] cuộc giám sát, kiểm tra; tư vấn pháp luật cho [[1.780|lc a f9-2025]] lượt đoàn viên, người lao động. Sau bão số 5, công đoàn các cấp đã kịp thời thăm hỏi, hỗ trợ [[2.350|ben a f9-2025 n=no period in the sentence (bão số 5, late August) -> nearest earlier phrase 9 tháng năm 2025 (records.md periods)]] đoàn viên, người lao động bị thiệt hại với tổng số tiền [[1,18 tỷ|sf a f9-2025]] đồng; hỗ trợ xây mới, sửa chữa [[19|sh a f9-2025]] nhà "Mái ấm Công đoàn" với kinh phí [[950 triệu|shf a f9-2025]] đồng.

3 tháng cuối năm, LĐLĐ tỉnh phấn đấu kết nạp thêm [[1.100|mn t l3-2025]] đoàn viên; tập trung kiện toàn tổ chức công đoàn tại 78 xã, phường, đặc khu sau sắp xếp, thực hiện Nghị quyết số 60-NQ/TW của Hội nghị Trung ương 12.

Lê Trường
"""))

# ce19 - Thừa Thiên Huế (Huế), ward union after the July 2025 reorganisation, light damage (typos)
ARTS.append(('ce19', 'https://huengaynay.vn/chinh-tri-xa-hoi/cong-doan-phuong-thuan-hoa-thanh-lap-them-3-cong-doan-co-so-158243.html', '2025-11-12', 'Thừa Thiên Huế', """Công đoàn phường Thuận Hóa thành lập thêm [[3|un a pub s=Công đoàn phường Thuận Hóa n=headline repeat of the body figure (gold README 1)]] công đoàn cơ sở

Thứ Tư, 12/11/2025 09:15

(HNN) - Sáng 12/11, Công đoàn phường Thuận Hóa tổ chức trao quyết định thành lập [[3|un a pub s=Công đoàn phường Thuận Hóa n=ward union -> the old province by its pre-merger name, Thừa Thiên Huế (gold README 10); event on the publication day]] CĐCS tại các doanh nghiệp ngoài nhà nước với [[74|mn a pub s=Công đoàn phường Thuận Hóa n=members of newly founded unions -> members_new (gold README 9)]] đoàn viên.

Các CĐCS mới thành lập gồm CĐCS Công ty TNHH Dịch vụ du lịch Sông Hương, CĐCS Công ty CP Thương mại Đông Ba và CĐCS Khách sạn Thuận An Riverside. Đến nay, Công đoàn phường Thuận Hóa quản lý [[86|ut a pub s=Công đoàn phường Thuận Hóa]] CĐCS với [[3.412|mt a pub s=Công đoàn phường Thuận Hóa]] đoàn viên.

Từ ngày 1/7 đến nay, Công đoàn phường đã thành lâp [[7|un a 2025-07-01..2025-11-12 s=Công đoàn phường Thuận Hóa n=từ ngày 1/7 đến nay -> 1 July of the publication year to publication (records.md periods); typos of the scraped page kept]] CĐCS, kêt nạp [[265|mn a 2025-07-01..2025-11-12 s=Công đoàn phường Thuận Hóa]] đoan viên; tổ chức thăm hỏi [[48|ben a 2025-07-01..2025-11-12 s=Công đoàn phường Thuận Hóa]] đoàn viên ốm đau, gặp khó khăn với tổng số tiền [[36 triệu|sf a 2025-07-01..2025-11-12 s=Công đoàn phường Thuận Hóa]] đồng. Chỉ tiêu LĐLĐ thành phố giao cho Công đoàn phường năm 2025 là thành lập [[10|un t y2025 s=Công đoàn phường Thuận Hóa]] CĐCS, kết nạp [[350|mn t y2025 s=Công đoàn phường Thuận Hóa]] đoàn viên.

Theo LĐLĐ thành phố Huế, 10 tháng năm 2025 toàn thành phố kết nạp [[2.140|mn a f10-2025 n=the city federation of Huế: canonical pre-2025 name Thừa Thiên Huế, 2025 name Huế (patterns/regions.tsv)]] đoàn viên; các công đoàn xã, phường đang tập trung rà soát doanh nghiệp có đủ điều kiện để vận động thành lập CĐCS.

Phan Thanh
"""))

# ce20 - Tuyên Quang after the merger with Hà Giang, Tết Bính Ngọ 2026
ARTS.append(('ce20', 'https://baotuyenquang.com.vn/xa-hoi/lao-dong/hon-126-ty-dong-cham-lo-tet-binh-ngo-cho-doan-vien-nguoi-lao-dong-224715.html', '2026-02-05', 'Tuyên Quang', """Hơn [[12,6 tỷ|sf a y2026 b=o n=headline repeat of the body total: Tết Bính Ngọ 2026 -> year 2026 (gold README 1, 8)]] đồng chăm lo Tết Bính Ngọ cho đoàn viên, người lao động

Thứ Năm, 05/02/2026 - 10:30

(BTQ) - Tết Nguyên đán Bính Ngọ 2026, LĐLĐ tỉnh đã chỉ đạo các cấp công đoàn tổ chức thăm, tặng quà cho [[21.480|ben a y2026 n=the merged province's federation under its kept name (gold README 10)]] đoàn viên, người lao động với tổng kinh phí hơn [[12,6 tỷ|sf a y2026 b=o]] đồng.

Trong đó, khu vực Hà Giang (cũ) có [[9.250|ben a y2026 r=Hà Giang s=khu vực Hà Giang (cũ) n=khu vực X (cũ) -> the old province (gold README 10)]] suất quà, trị giá [[5,3 tỷ|sf a y2026 r=Hà Giang s=khu vực Hà Giang (cũ)]] đồng; khu vực Tuyên Quang (cũ) có [[12.230|ben a y2026 s=khu vực Tuyên Quang (cũ)]] suất quà, trị giá [[7,3 tỷ|sf a y2026 s=khu vực Tuyên Quang (cũ)]] đồng.

LĐLĐ tỉnh trực tiếp tổ chức Chương trình "Tết Sum vầy - Xuân ơn Đảng" tại 2 điểm cầu phường Hà Giang 1 và phường Minh Xuân, trao [[600|ben a y2026 s=LĐLĐ tỉnh trực tiếp]] suất quà (mỗi suất 1 triệu đồng), hỗ trợ [[5|sh a y2026 s=LĐLĐ tỉnh trực tiếp]] nhà "Mái ấm Công đoàn" với tổng số tiền [[250 triệu|shf a y2026 s=LĐLĐ tỉnh trực tiếp]] đồng; tặng [[320|ben a y2026 n=free tickets given to workers count as beneficiaries (gold README 9)]] vé xe cho công nhân quê Tuyên Quang làm việc ở các tỉnh về quê đón Tết. Tại "Chợ Tết Công đoàn", 2.000 phiếu mua hàng trị giá 300.000 đồng đã được phát cho đoàn viên.

Ở vùng cao, Công đoàn xã Đồng Văn trao [[85|ben a y2026 r=Hà Giang s=Công đoàn xã Đồng Văn n=commune union after the merger -> the old province it lies in, Hà Giang (gold README 10)]] suất quà cho đoàn viên là giáo viên, nhân viên y tế đang công tác tại các điểm trường, trạm y tế xa trung tâm.

Dự kiến từ nay đến trước Tết, các cấp công đoàn trong tỉnh tiếp tục trao khoảng [[2.500|ben t y2026 b=a n=dự kiến: planned -> target, khoảng -> about (gold README 4, 5)]] suất quà cho đoàn viên, người lao động tại 124 xã, phường.

Hồng Nhung
"""))
