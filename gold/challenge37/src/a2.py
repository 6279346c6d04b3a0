"""aq06-aq10: crawled provincial news (new content)."""
from a1 import HR, CAP, SITE

ARTS = []

# aq06 -- undated provincial union portal: Mái ấm handover, view counter
ARTS.append(('aq06', 'https://congdoantravinh.org.vn/tin-tuc/ldld-tinh-ban-giao-5-can-nha-mai-am-cong-doan-tai-huyen-cau-ngang-1418', None, 'Trà Vinh', """Trang chủ » Tin tức » Hoạt động công đoàn

LĐLĐ tỉnh bàn giao [[5|sh a null n=headline repeat of the body figure: no period phrase and no publication date -> null..null (records.md Periods)]] căn nhà Mái ấm Công đoàn tại huyện Cầu Ngang

Ngày 14/9, Liên đoàn Lao động tỉnh Trà Vinh phối hợp với Công đoàn huyện Cầu Ngang tổ chức bàn giao [[5|sh a null n=a date (14/9) is no period phrase; undated page -> null..null (records.md Periods)]] căn nhà "Mái ấm Công đoàn" cho đoàn viên có hoàn cảnh khó khăn về nhà ở.

Mỗi căn nhà có diện tích 48 m2, tổng trị giá 65 triệu đồng, trong đó Quỹ Xã hội Công đoàn tỉnh hỗ trợ 50 triệu đồng, phần còn lại do gia đình và người thân đóng góp. Tổng kinh phí Công đoàn hỗ trợ xây dựng [[5|sh a null n=the house count inside a funding sentence is a mention of its own (records.md: one record per mention)]] căn nhà là [[250 triệu|shf a null n=the total is a record; the 50 triệu per house is not (gold README 11)]] đồng.

Phát biểu tại buổi bàn giao, ông Kim Ngọc Thái, Chủ tịch LĐLĐ tỉnh, mong các gia đình sớm ổn định cuộc sống, yên tâm công tác.

Năm 2018, LĐLĐ tỉnh phấn đấu xây dựng, sửa chữa [[40|sh t y2018]] căn nhà Mái ấm Công đoàn. Trong 8 tháng đầu năm 2018, các cấp công đoàn đã xây mới [[27|sh a f8-2018]] căn và sửa chữa [[6|sh a f8-2018 n=repaired houses are shelter_houses too (indicators.tsv: xây mới, sửa chữa); no scope, the whole region]] căn nhà, với tổng kinh phí hơn [[1,6 tỷ|shf a f8-2018 b=o]] đồng.

Đại diện gia đình đoàn viên nhận nhà Mái ấm Công đoàn.

Thạch Dũng - Công đoàn huyện Cầu Ngang

Lượt xem: 842

Các tin khác
- Công đoàn ngành Giáo dục trao 80 phần quà cho giáo viên khó khăn
- Hội thi "Nữ công nhân tài năng" năm 2018
"""))

# aq07 -- baolangson-like, year 2017 report with light scraping damage
ARTS.append(('aq07', 'https://baolangson.vn/xa-hoi/256318-nam-2017-ket-nap-moi-hon-1-200-doan-vien-cong-doan.html', '2018-01-15', 'Lạng Sơn', """Năm 2017: Kết nạp mới hơn [[1.200|mn a y2017 b=o n=rounded headline repeat of l.215 (gold README 1)]] đoàn viên công đoàn

Thứ Hai, 15/01/2018 08:05

(LSO) – Ngày 12/1, Liên đoàn Lao động (LĐLĐ) tỉnh Lạng Sơn tổ chức hội nghị tổng kết công tác công đoàn năm 2017, triển khai nhiệm vụ năm 2018.

Năm 2017, các cấp công đoàn trong tỉnh đã kết nạp mới [[l.215|mn a y2017 n=scraped l for 1 -> 1215 (records.md value, gold README 3)]] đoàn viên, thành lập mới [[14|un a y2017]] công đoàn cơ sở (CĐCS). Hiện toàn tỉnh có [[1.0 42|ut a pub n=split digits 1.0 42 -> 1042 (records.md value); stock (Hiện) dated at publication (gold README 7)]] CĐCS với [[52.318|mt a pub]] đoàn viên.

Công tác tuyên truyền, giáo dục được đẩy mạnh, các cấp công đoàn đã tổ chức [[156|tr a y2017]] hội nghị, lớp tập huấn, tuyên truyền pháp luật cho [[21.5 60|te a y2017 n=split digits -> 21560 (records.md value)]] lượt đoàn viên, người lao động; [[187|wkc a y2017]] doanh nghiệp tổ chức hội nghị người lao động; ký kết mới [[63|ca a y2017]] bản thỏa ước lao động tập thể.

Ðoàn viên, công nhân lao động có hoàn cảnh khó khăn được quan tâm thăm hỏi kịp thời, với [[6.870|ben a y2017]] lượt người được tặng quà, hỗ trợ, tổng số tiền [[2,45 tỷ|sf a y2017]] đồng.

Bên cạnh kết quả đạt được, hoạt động công đoàn ở khu vực ngoài nhà nước của tỉnh vẫn còn khó khăn. Phần lớn doanh nghiệp trên địa bàn là doanh nghiệp nhỏ và siêu nhỏ, lao động thường xuyên biến động, nhất là ở các doanh nghiệp xuất nhập khẩu, vận tải tại cửa khẩu Hữu Nghị, Tân Thanh. Nhiều chủ doanh nghiệp chưa quan tâm tạo điều kiện cho cán bộ công đoàn hoạt động; cán bộ công đoàn cơ sở chủ yếu kiêm nhiệm, thiếu kỹ năng thương lượng với người sử dụng lao động.

Nam 2018, LDLD tinh phan dau ket nap moi [[1.300|mn t y2018 n=diacritics stripped by the scraper (phan dau = phấn đấu -> target, gold README 4)]] doan vien, thanh lap moi [[15|un t y2018]] CDCS; 100% CDCS khu vuc nha nuoc to chuc hoi nghi can bo, cong chuc, vien chuc.

Tại hội nghị, LĐLĐ tỉnh đã khen thưởng 12 tập thể, 20 cá nhân có thành tích xuất sắc.

Hoàng Phương

 Bình luận (0)
"""))

# aq08 -- baodanang-like: Phúc lợi đoàn viên agreements, stock of agreements in force
ARTS.append(('aq08', 'https://baodanang.vn/xa-hoi/202409/them-6-doanh-nghiep-ky-ket-chuong-trinh-phuc-loi-doan-vien-3986214/', '2024-09-20', 'Đà Nẵng', """Thêm [[6|wp a pub """ + HR + """]] doanh nghiệp ký kết chương trình Phúc lợi đoàn viên

Thứ Sáu, 20/09/2024 16:40 [GMT +7]

Ngày 19/9, Liên đoàn Lao động (LĐLĐ) thành phố Đà Nẵng tổ chức ký kết thỏa thuận hợp tác thực hiện chương trình "Phúc lợi đoàn viên" với [[6|wp a pub n=a date (Ngày 19/9) is no period phrase, none before -> publication date (records.md Periods)]] doanh nghiệp trong lĩnh vực siêu thị, nhà hàng, y tế, giáo dục và du lịch.

Theo thỏa thuận, các doanh nghiệp cam kết giảm từ 5 đến 30% giá sản phẩm, dịch vụ cho đoàn viên công đoàn khi xuất trình thẻ đoàn viên hoặc ứng dụng "Công đoàn Việt Nam". Dịp này, LĐLĐ thành phố trao [[50|ben a pub n=gift packages count as beneficiaries; no period phrase before it -> publication date]] suất quà cho đoàn viên có hoàn cảnh khó khăn, mỗi suất 1 triệu đồng.

Từ đầu năm 2024 đến nay, LĐLĐ thành phố đã ký kết [[17|wp a 2024-01-01..2024-09-20 n=từ đầu năm 2024 đến nay -> Jan 1 .. publication (records.md Periods)]] thỏa thuận hợp tác, nâng tổng số thỏa thuận còn hiệu lực lên [[58|wp a pub n=agreements in force are the stock of their signings, dated at publication (gold README 7)]], mang lại lợi ích cho hàng chục nghìn đoàn viên. Cũng trong thời gian này, các cấp công đoàn thành phố đã xây mới, sửa chữa [[22|sh a 2024-01-01..2024-09-20]] nhà "Mái ấm Công đoàn" với số tiền [[1,1 tỷ|shf a 2024-01-01..2024-09-20]] đồng.

Đại diện LĐLĐ thành phố và các doanh nghiệp ký kết thỏa thuận hợp tác.

THÀNH LONG

Chia sẻ
Xem thêm
- Đà Nẵng: Hơn 300 công nhân tham gia ngày hội việc làm (18/09/2024)
"""))

# aq09 -- undated TV-site congress piece with a reply box
ARTS.append(('aq09', 'https://kontumtv.vn/tin-tuc/chinh-tri/dai-hoi-cong-doan-tinh-kon-tum-lan-thu-xi-nhiem-ky-2023-2028', None, 'Kon Tum', """(kontumtv.vn) – Ngày 20/7, Liên đoàn Lao động tỉnh Kon Tum long trọng tổ chức Đại hội Công đoàn tỉnh lần thứ XI, nhiệm kỳ 2023 - 2028. Tham dự Đại hội có 238 đại biểu chính thức, đại diện cho hơn [[40 nghìn|mt a null b=o n=rounded lead repeat of the 41.260 stock (gold README 1): hơn -> over; undated stock -> null..null]] đoàn viên công đoàn trong tỉnh.

DAI HOI CONG DOAN TINH KON TUM LAN THU XI.mp4

Nhiệm kỳ 2018 - 2023, các cấp công đoàn trong tỉnh đã kết nạp mới [[8.650|mn a t2018-2023 n=nhiệm kỳ 2018 - 2023 -> 2018-01-01..2023-12-31 (records.md Periods)]] đoàn viên, đạt [[108%|mn p t2018-2023]] chỉ tiêu Đại hội; thành lập mới [[96|un a t2018-2023]] công đoàn cơ sở. Các cấp công đoàn đã giới thiệu [[1.240|pr a t2018-2023]] đoàn viên ưu tú cho Đảng xem xét, trong đó [[867|pa a t2018-2023 n=subset already admitted -> party_admitted (indicators.tsv), not a breakdown of referrals]] đồng chí đã được kết nạp; ký kết [[118|ca a t2018-2023]] bản thỏa ước lao động tập thể. Hiện toàn tỉnh có [[1.012|ut a null n=stock on an undated page -> null..null (gold README 7)]] công đoàn cơ sở với [[41.260|mt a null n=stock on an undated page -> null..null (gold README 7)]] đoàn viên.

Công tác chăm lo đời sống, bảo vệ quyền lợi của đoàn viên trong nhiệm kỳ qua có nhiều chuyển biến. Văn phòng tư vấn pháp luật công đoàn tỉnh và các tư vấn viên đã tư vấn cho [[12.400|lc a t2018-2023 n=period from the nearest earlier period phrase (Nhiệm kỳ 2018 - 2023)]] lượt đoàn viên, người lao động; các cấp công đoàn đã hỗ trợ xây mới, sửa chữa [[214|sh a t2018-2023]] nhà "Mái ấm Công đoàn" với tổng kinh phí hơn [[8,5 tỷ|shf a t2018-2023 b=o]] đồng. Trong hai năm 2020 - 2021, khi dịch Covid-19 bùng phát, công đoàn tỉnh đã kịp thời hỗ trợ hàng nghìn lao động tự do, lao động mất việc làm ở thành phố Kon Tum và các huyện Đắk Hà, Ngọc Hồi.

Phát biểu chỉ đạo Đại hội, đồng chí Phó Bí thư Thường trực Tỉnh ủy ghi nhận những kết quả mà tổ chức công đoàn tỉnh đạt được, đồng thời chỉ ra những hạn chế: tỷ lệ tập hợp đoàn viên ở khu vực doanh nghiệp ngoài nhà nước còn thấp; hoạt động của một số công đoàn cơ sở còn hình thức, chưa thực sự là chỗ dựa của người lao động; việc thương lượng, ký kết thỏa ước lao động tập thể ở nhiều nơi chất lượng chưa cao, chủ yếu sao chép quy định của pháp luật.

Nhiệm kỳ 2023 - 2028, Đại hội đề ra mục tiêu phấn đấu kết nạp [[9.000|mn t t2023-2028]] đoàn viên, thành lập mới [[80|un t t2023-2028]] công đoàn cơ sở; giới thiệu ít nhất [[1.000|pr t t2023-2028 b=o n=ít nhất -> over (gold README 5)]] đoàn viên ưu tú cho Đảng; 100% công đoàn cơ sở được kiểm tra tài chính theo quy định.

Đại hội đã bầu Ban Chấp hành khóa XI gồm 31 đồng chí; bầu 9 đại biểu đi dự Đại hội Công đoàn Việt Nam lần thứ XIII.

Ngọc Hà – Quang Huy

Trả lời

Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *
"""))

# aq10 -- nld.com.vn 2025 post-merger: ward union in former Đắk Nông, merged Lâm Đồng province
ARTS.append(('aq10', 'https://nld.com.vn/lam-dong-cong-doan-phuong-bac-gia-nghia-thanh-lap-them-3-cong-doan-co-so-196251015183320411.htm', '2025-10-15', 'Lâm Đồng', """ date 2025-10-15 HOTLINE: 0903.150.884 - HOTLINE Phát hành: 0819.123.127 - ĐẶT MUA BÁO
Công đoàn

Lâm Đồng: Công đoàn phường Bắc Gia Nghĩa thành lập thêm [[3|un a pub r=Đắk Nông s=Công đoàn phường Bắc Gia Nghĩa n=headline repeat of the body figure: takes its region and period (gold README 1); ward in former Đắk Nông (gold README 10)]] công đoàn cơ sở

HỒNG ĐÀO

(NLĐO)- Hiện Công đoàn phường Bắc Gia Nghĩa quản lý [[38|ut a pub r=Đắk Nông s=Công đoàn phường Bắc Gia Nghĩa n=ward union after the merger -> the old province its ward lies in (gold README 10); stock dated at publication]] công đoàn cơ sở với [[1.215|mt a pub r=Đắk Nông s=Công đoàn phường Bắc Gia Nghĩa]] đoàn viên

Sáng 15-10, Công đoàn phường Bắc Gia Nghĩa, tỉnh Lâm Đồng tổ chức đại hội thành lập [[3|un a pub r=Đắk Nông s=Công đoàn phường Bắc Gia Nghĩa n=no period phrase (Sáng 15-10 is a date) -> publication date]] công đoàn cơ sở tại các trường mầm non, tiểu học trên địa bàn, với [[74|mn a pub r=Đắk Nông s=Công đoàn phường Bắc Gia Nghĩa n=members of newly founded unions -> members_new (gold README 9)]] đoàn viên.

Lâm Đồng: Công đoàn phường Bắc Gia Nghĩa thành lập thêm [[3|un a pub r=Đắk Nông s=Công đoàn phường Bắc Gia Nghĩa n=photo title repeat of the body figure: takes its region and period (gold README 1, 10)]] công đoàn cơ sở - Ảnh 1.

Lãnh đạo Công đoàn phường Bắc Gia Nghĩa trao quyết định công nhận Ban Chấp hành công đoàn cơ sở khóa I, nhiệm kỳ 2025-2030

Theo LĐLĐ tỉnh Lâm Đồng, từ ngày 1-7-2025 đến nay, toàn tỉnh đã thành lập mới [[41|un a 2025-07-01..2025-10-15 r=Lâm Đồng n=the merged province's federation reports for the new province (gold README 10); từ ... đến nay -> .. publication]] công đoàn cơ sở, kết nạp [[3.870|mn a 2025-07-01..2025-10-15 r=Lâm Đồng]] đoàn viên; trong đó khu vực Bình Thuận (cũ) thành lập [[19|un a 2025-07-01..2025-10-15 r=Bình Thuận n=khu vực Bình Thuận (cũ) -> region Bình Thuận, region_2025 Lâm Đồng (gold README 10)]] công đoàn cơ sở. Năm 2025, LĐLĐ tỉnh Lâm Đồng được giao chỉ tiêu kết nạp [[9.500|mn t y2025 r=Lâm Đồng]] đoàn viên.

Ông Nguyễn Văn Lực, Chủ tịch Công đoàn phường Bắc Gia Nghĩa, cho biết thời gian tới sẽ tiếp tục rà soát 12 doanh nghiệp có từ 10 lao động trở lên để vận động thành lập công đoàn.
"""))
