"""aq16-aq20: crawled provincial news (new content)."""
from a1 import HR, CAP, SITE

ARTS = []

# aq16 -- baoquangtri-like 2026 post-merger year report: khu vực Quảng Bình (cũ), 2026 targets
ARTS.append(('aq16', 'https://baoquangtri.vn/xa-hoi/ldld-tinh-quang-tri-tong-ket-hoat-dong-cong-doan-nam-2025-198412.htm', '2026-01-10', 'Quảng Trị', """LĐLĐ tỉnh Quảng Trị tổng kết hoạt động công đoàn năm 2025

Thứ Bảy, 10/01/2026 - 10:20

QTO - Sáng 9/1, Liên đoàn Lao động (LĐLĐ) tỉnh Quảng Trị tổ chức hội nghị tổng kết hoạt động công đoàn năm 2025, triển khai nhiệm vụ năm 2026. Đây là hội nghị tổng kết đầu tiên sau khi hợp nhất LĐLĐ hai tỉnh Quảng Bình và Quảng Trị.

Năm 2025, dù phải tập trung sắp xếp tổ chức bộ máy, các cấp công đoàn trong tỉnh vẫn kết nạp mới [[11.480|mn a y2025 n=the merged province's federation reports for the new province, under its kept name (gold README 10)]] đoàn viên, thành lập mới [[58|un a y2025]] công đoàn cơ sở (CĐCS); trong đó khu vực Quảng Bình (cũ) kết nạp [[6.930|mn a y2025 r=Quảng Bình n=khu vực Quảng Bình (cũ) -> region Quảng Bình, region_2025 Quảng Trị (gold README 10)]] đoàn viên, thành lập [[34|un a y2025 r=Quảng Bình]] CĐCS. Hiện toàn tỉnh có [[2.460|ut a pub n=stock (Hiện) dated at publication (gold README 7)]] CĐCS với [[98.700|mt a pub]] đoàn viên.

Các cấp công đoàn đã ký kết [[9|wp a y2025]] thỏa thuận hợp tác thực hiện chương trình "Phúc lợi đoàn viên"; thăm hỏi, hỗ trợ [[21.640|ben a y2025]] lượt đoàn viên, người lao động với tổng kinh phí [[15,8 tỷ|sf a y2025]] đồng; xây mới, sửa chữa [[47|sh a y2025]] nhà "Mái ấm Công đoàn".

Công tác đại diện, bảo vệ quyền lợi người lao động có nhiều chuyển biến. Trong năm, [[412|wkc a y2025]] doanh nghiệp tổ chức hội nghị người lao động; các cấp công đoàn tư vấn pháp luật cho [[3.260|lc a y2025]] lượt người; Ủy ban Kiểm tra công đoàn các cấp kiểm tra tài chính tại [[215|fi a y2025]] công đoàn cơ sở. Tuy nhiên, hội nghị cũng thẳng thắn chỉ ra một số hạn chế: việc sắp xếp tổ chức công đoàn theo mô hình chính quyền địa phương hai cấp còn lúng túng; một số công đoàn xã, phường mới thành lập chưa có cán bộ chuyên trách, cơ sở vật chất còn thiếu; tình trạng nợ đọng bảo hiểm xã hội ở một số doanh nghiệp tại Khu kinh tế Hòn La và khu công nghiệp Nam Đông Hà chưa được giải quyết dứt điểm.

Phát biểu tại hội nghị, lãnh đạo Tỉnh ủy đề nghị các cấp công đoàn sớm ổn định tổ chức, đổi mới phương thức hoạt động, lấy đoàn viên làm trung tâm, chủ động tham gia xây dựng chính sách liên quan trực tiếp đến người lao động; đồng thời phát huy vai trò của công đoàn xã, phường trong việc nắm bắt tâm tư của công nhân ở các khu nhà trọ.

Năm 2026, LĐLĐ tỉnh đặt chỉ tiêu kết nạp [[12.000|mn t y2026]] đoàn viên, thành lập [[60|un t y2026]] CĐCS; tổ chức ít nhất [[40|tr t y2026 b=o n=ít nhất -> over (gold README 5)]] lớp tập huấn nghiệp vụ cho cán bộ công đoàn cơ sở. Trong dịp Tết Bính Ngọ 2026, các cấp công đoàn dự kiến chăm lo cho khoảng [[24.000|ben t y2026 b=a n=dự kiến -> target (gold README 4); Tết Bính Ngọ 2026 -> 2026]] đoàn viên, người lao động với kinh phí khoảng [[18 tỷ|sf t y2026 b=a]] đồng.

Tại hội nghị, LĐLĐ tỉnh đã khen thưởng 18 tập thể và 32 cá nhân.

Minh Trí

Tin liên quan
- Quảng Trị: 1.200 suất quà Tết cho công nhân khu kinh tế Hòn La (08/01/2026)
"""))

# aq17 -- undated baohoabinh-like training news
ARTS.append(('aq17', 'http://www.baohoabinh.com.vn/12/118514/ldld-tinh-tap-huan-nghiep-vu-cho-can-bo-cong-doan-co-so.htm', None, 'Hòa Bình', """LĐLĐ tỉnh tập huấn nghiệp vụ cho cán bộ công đoàn cơ sở

Ngày 12/4, LĐLĐ tỉnh khai mạc lớp tập huấn nghiệp vụ công tác công đoàn cho [[95|te a null n=trainees of the course; a date (Ngày 12/4) is no period phrase and the page is undated -> null..null (records.md Periods); region from the site baohoabinh.com.vn]] cán bộ công đoàn cơ sở khu vực ngoài nhà nước thuộc các huyện Lương Sơn, Kim Bôi, Cao Phong.

Trong 3 ngày, các học viên được truyền đạt các chuyên đề: Bộ luật Lao động năm 2012, Luật Công đoàn năm 2012; kỹ năng thương lượng, ký kết thỏa ước lao động tập thể; tổ chức hội nghị người lao động và đối thoại tại nơi làm việc.

Trong quý I/2017, LĐLĐ tỉnh đã tổ chức [[3|tr a q1-2017 n=quý I/2017 -> Jan-Mar 2017]] lớp tập huấn với [[310|te a q1-2017]] học viên. Theo kế hoạch, năm 2017, LĐLĐ tỉnh sẽ tổ chức [[12|tr t y2017 n=Theo kế hoạch ... sẽ -> target (gold README 4)]] lớp tập huấn cho khoảng [[1.100|te t y2017 b=a]] lượt cán bộ công đoàn; phối hợp với các ngành tuyên truyền pháp luật cho trên [[20.000|te t y2017 b=o]] lượt đoàn viên, người lao động.

Đồng chí Bùi Văn Lợi, Phó Chủ tịch LĐLĐ tỉnh phát biểu khai mạc lớp tập huấn.

Đức Anh

In bài  |  Gửi bài  |  Lên đầu trang
"""))

# aq18 -- baokiengiang-like 2015 report with scraping damage (stripped marks, l for 1)
ARTS.append(('aq18', 'http://baokiengiang.vn/xa-hoi/cong-doan-tinh-gioi-thieu-1184-doan-vien-uu-tu-cho-dang-41876.html', '2015-12-18', 'Kiên Giang', """Cong doan tinh gioi thieu [[1.184|pr a y2015 n=headline (diacritics stripped by the scraper) repeats the body figure: takes its region and period (gold README 1)]] doan vien uu tu cho Dang

18/12/2015 | 15:47

(BKG) - Ngày 17-12, Liên đoàn Lao động tỉnh Kiên Giang tổ chức hội nghị tổng kết hoạt động công đoàn năm 2015.

Năm 2015, các cấp công đoàn trong tỉnh đã giới thiệu [[1.184|pr a y2015]] đoàn viên ưu tú cho Đảng xem xét, bồi dưỡng; đã có [[7l2|pa a y2015 n=scraped l for 1 -> 712 (gold README 3)]] đoàn viên công đoàn được kết nạp vào Đảng. Kết nạp mới [[6.215|mn a y2015]] đoàn viên, thành lập mới [[31|un a y2015]] công đoàn cơ sở, đạt [[103,3%|un p y2015]] kế hoạch.

Cong doan cac cap phoi hop voi nguoi su dung lao dong to chuc doi thoai tai [[142|wd a y2015 n=diacritics stripped by the scraper: đối thoại -> workplace_dialogues]] doanh nghiep, ky moi [[58|ca a y2015]] ban thoa uoc lao dong tap the; cham lo, tham hoi [[8.430|ben a y2015]] luot doan vien, nguoi lao dong voi tong so tien [[3,6 ty|sf a y2015 n=ty (stripped tỷ) -> 3600000000 v=3600000000]] dong.

Năm 2016, LĐLĐ tỉnh phấn đấu giới thiệu [[1.200|pr t y2016]] đoàn viên ưu tú cho Đảng, kết nạp mới [[6.500|mn t y2016]] đoàn viên.

Hội nghị đã trao Bằng khen cho 22 tập thể, 35 cá nhân.

Ngọc Hân
"""))

# aq19 -- undated baomoi copy, short news, Q3 / 9 months 2020, stock without a publication date
ARTS.append(('aq19', 'https://baomoi.com/ldld-tinh-bac-kan-thanh-lap-moi-5-cong-doan-co-so/c/36412587.epi', None, 'Bắc Kạn', """LĐLĐ tỉnh Bắc Kạn thành lập mới [[5|un a q3-2020 n=headline repeat of the body figure: takes its region and period (gold README 1)]] công đoàn cơ sở

Quý III/2020, Liên đoàn Lao động tỉnh Bắc Kạn đã thành lập mới [[5|un a q3-2020 n=Quý III/2020 -> Jul-Sep 2020 (records.md Periods)]] công đoàn cơ sở (CĐCS) tại các doanh nghiệp ngoài nhà nước với [[146|mn a q3-2020 n=members of newly founded unions -> members_new (gold README 9)]] đoàn viên, nâng tổng số CĐCS toàn tỉnh lên [[782|ut a null n=nâng tổng số ... lên: stock, undated page -> null..null (gold README 7)]] với [[27.940|mt a null]] đoàn viên.

Tính chung 9 tháng năm 2020, các cấp công đoàn trong tỉnh kết nạp được [[1.034|mn a f9-2020]] đoàn viên, đạt [[86%|mn p f9-2020 n=part-way attainment dated to the reporting period]] kế hoạch năm. LĐLĐ tỉnh đang tập trung rà soát 64 doanh nghiệp có từ 10 lao động trở lên chưa thành lập công đoàn để vận động trong quý IV.

Theo Báo Bắc Kạn

Tin khác
- Bắc Kạn: 200 suất quà cho công nhân lao động nghèo
"""))

# aq20 -- baocantho-like 2025 post-merger: 11 months 2025, khu vực (cũ) breakdowns, Tết 2026 plan
ARTS.append(('aq20', 'https://baocantho.com.vn/tet-sum-vay-2026-ldld-tp-can-tho-du-kien-cham-lo-65-000-doan-vien-a198234.html', '2025-12-05', 'Cần Thơ', """Tết Sum vầy 2026: LĐLĐ TP Cần Thơ dự kiến chăm lo [[65.000|ben t y2026 """ + HR + """]] đoàn viên

Thứ Sáu, 05/12/2025 - 08:45

(CT) - Ngày 4-12, LĐLĐ TP Cần Thơ tổ chức hội nghị sơ kết 11 tháng năm 2025, triển khai chương trình "Tết Sum vầy - Xuân ơn Đảng" năm 2026.

Trong 11 tháng năm 2025, các cấp công đoàn thành phố đã kết nạp [[14.210|mn a f11-2025 n=the merged city's federation reports for the new city (gold README 10); 11 tháng năm 2025 -> Jan-Nov 2025]] đoàn viên, thành lập mới [[87|un a f11-2025]] CĐCS, trong đó khu vực Sóc Trăng (cũ) kết nạp [[4.120|mn a f11-2025 r=Sóc Trăng n=khu vực Sóc Trăng (cũ) -> region Sóc Trăng, region_2025 Cần Thơ (gold README 10)]] đoàn viên, khu vực Hậu Giang (cũ) [[2.860|mn a f11-2025 r=Hậu Giang n=list leaving the noun out: same indicator as before; khu vực Hậu Giang (cũ) -> Hậu Giang]] đoàn viên. Các cấp công đoàn đã hỗ trợ xây mới [[36|sh a f11-2025]] nhà "Mái ấm Công đoàn" với tổng số tiền [[1,8 tỷ|shf a f11-2025]] đồng.

Dịp Tết Nguyên đán Bính Ngọ 2026, LĐLĐ thành phố dự kiến chăm lo cho [[65.000|ben t y2026 n=dự kiến -> target (gold README 4); Tết Bính Ngọ 2026 -> 2026]] đoàn viên, người lao động với tổng kinh phí khoảng [[52 tỷ|sf t y2026 b=a]] đồng; mỗi suất quà trị giá từ 500.000 đồng đến 1 triệu đồng. Chương trình "Chợ Tết Công đoàn" sẽ phát hành 3.000 phiếu mua hàng 0 đồng cho công nhân có hoàn cảnh khó khăn.

Theo kế hoạch, chương trình "Tết Sum vầy - Xuân ơn Đảng" năm 2026 sẽ được tổ chức tại các khu công nghiệp Trà Nóc, Hưng Phú, Tân Phú Thạnh và khu công nghiệp An Nghiệp, với các hoạt động: gặp mặt, tặng quà công nhân, tổ chức chuyến xe Công đoàn đưa công nhân về quê đón Tết, chương trình văn nghệ và gian hàng ẩm thực miễn phí. Đối tượng được ưu tiên là đoàn viên bị mất việc, giảm thu nhập, bị tai nạn lao động, bệnh nghề nghiệp, đoàn viên ở lại nhà trọ không về quê đón Tết.

Ông Nguyễn Thanh Tuấn, Chủ tịch LĐLĐ thành phố, đề nghị các CĐCS rà soát đúng đối tượng, không để đoàn viên nào không có Tết.

Lãnh đạo LĐLĐ TP Cần Thơ phát biểu tại hội nghị.

Tấn Đạt

Lượt xem: 2.317
"""))
