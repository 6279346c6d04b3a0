"""cr01-cr05: Thanh Hóa, Nghệ An, Hà Tĩnh, Quảng Bình, Quảng Trị (post-merger ward in old Quảng Bình)."""
TET = 'n=Tết Giáp Thìn 2024 dated to the Tết year 2024 (records.md periods; gold README 8)'

ARTS = []

# cr01 Thanh Hóa, baothanhhoa-like, dated, Tết gifts; rounded headline; KKT breakdown; range per gift not
ARTS.append(('cr01', 'https://baothanhhoa.vn/hon-9-3-ty-dong-cham-lo-tet-giap-thin-cho-doan-vien-nguoi-lao-dong-201874.htm',
             '2024-02-05', 'Thanh Hóa', """Hơn [[9,3 tỷ|sf a y2024 b=o n=headline rounds the body's 9,36 tỷ: own value and bound, body's region and period (gold README 1)]] đồng chăm lo Tết Giáp Thìn cho đoàn viên, người lao động

Cập nhật: 08:30 05/02/2024

Minh Hằng
(Baothanhhoa.vn) - Dịp Tết Nguyên đán Giáp Thìn 2024, các cấp công đoàn trong tỉnh đã thăm hỏi, tặng [[41.268|ben a y2024 """ + TET + """]] suất quà cho đoàn viên, người lao động (NLĐ) có hoàn cảnh khó khăn, với tổng kinh phí [[9,36 tỷ|sf a y2024]] đồng.

Theo Liên đoàn Lao động (LĐLĐ) tỉnh Thanh Hóa, trong tổng số quà trên, Công đoàn Khu kinh tế Nghi Sơn và các khu công nghiệp đã trao [[6.150|ben a y2024 s=Công đoàn Khu kinh tế Nghi Sơn và các khu công nghiệp n=breakdown of the province's total, scope as written (gold README 6)]] suất quà, trị giá hơn [[1,5 tỷ|sf a y2024 b=o s=Công đoàn Khu kinh tế Nghi Sơn và các khu công nghiệp]] đồng. Mỗi suất quà có giá trị từ 500.000 đồng đến 1 triệu đồng, gồm tiền mặt và nhu yếu phẩm.

Riêng chương trình “Tết sum vầy” năm 2024 do LĐLĐ tỉnh tổ chức tại TP Thanh Hóa đã trao [[1.200|ben a y2024]] suất quà; đồng thời tặng vé xe miễn phí cho [[350|ben a y2024 n=free bus tickets given to workers are beneficiaries (gold README 9)]] công nhân về quê đón Tết. Tại “Chợ Tết Công đoàn”, 3.000 phiếu mua hàng 0 đồng đã được phát cho công nhân các doanh nghiệp trong Khu kinh tế Nghi Sơn.

Bên cạnh đó, LĐLĐ tỉnh đã hỗ trợ xây mới [[5|sh a y2024]] nhà “Mái ấm Công đoàn” cho đoàn viên khó khăn về nhà ở, mỗi nhà 60 triệu đồng, bàn giao trước Tết.

Phát biểu tại chương trình, đồng chí Phó Chủ tịch LĐLĐ tỉnh đề nghị các cấp công đoàn tiếp tục nắm bắt tình hình việc làm, thu nhập của NLĐ sau Tết, kịp thời đề xuất giải pháp hỗ trợ.

Tin liên quan
Công đoàn ngành Giáo dục trao 120 suất quà cho giáo viên vùng cao
Huyện Như Xuân: 45 đoàn viên được nhận quà Tết
"""))

# cr02 Nghệ An, baonghean copy, undated; 9 months 2019; part-way attainment; district breakdown; approximate target
ARTS.append(('cr02', 'https://www.baomoi.com/nghe-an-ket-nap-moi-gan-6-500-doan-vien-trong-9-thang/c/32718845.epi',
             None, 'Nghệ An', """Nghệ An: Kết nạp mới gần [[6.500|mn a f9-2019 b=u v=6500 n=headline rounds the body's 6.472; body's period (gold README 1)]] đoàn viên trong 9 tháng

Sáng 15/10, Liên đoàn Lao động tỉnh Nghệ An tổ chức hội nghị sơ kết công tác công đoàn 9 tháng đầu năm 2019, triển khai nhiệm vụ những tháng cuối năm.

Theo báo cáo, 9 tháng đầu năm 2019, các cấp công đoàn trong tỉnh đã kết nạp mới [[6.472|mn a f9-2019]] đoàn viên, đạt [[81%|mn p f9-2019 n=part-way attainment of the year plan takes the reporting period (gold README 4)]] kế hoạch năm; thành lập mới [[38|un a f9-2019]] công đoàn cơ sở (CĐCS), trong đó [[31|un a f9-2019 s=khu vực ngoài nhà nước]] CĐCS khu vực ngoài nhà nước. Đến nay, toàn tỉnh có [[2.846|ut a null n=stock in an undated page -> null..null (gold README 7)]] CĐCS với [[214.530|mt a null n=stock in an undated page -> null..null (gold README 7)]] đoàn viên.

Một số đơn vị làm tốt công tác phát triển đoàn viên như LĐLĐ huyện Quỳnh Lưu kết nạp [[512|mn a f9-2019 s=LĐLĐ huyện Quỳnh Lưu n=district union gives its province, scope as written (records.md regions)]] đoàn viên, thành lập [[4|un a f9-2019 s=LĐLĐ huyện Quỳnh Lưu]] CĐCS; Công đoàn các Khu kinh tế tỉnh kết nạp [[1.380|mn a f9-2019 s=Công đoàn các Khu kinh tế tỉnh]] đoàn viên.

Công tác xây dựng Đảng trong công nhân được chú trọng: các cấp công đoàn đã giới thiệu [[1.126|pr a f9-2019]] đoàn viên ưu tú cho cấp ủy Đảng xem xét, bồi dưỡng; [[684|pa a f9-2019]] đồng chí đã được kết nạp vào Đảng.

Tuy nhiên, hội nghị cũng chỉ ra việc thành lập CĐCS ở các doanh nghiệp ngoài nhà nước từ 25 lao động trở lên còn chậm. Quý IV/2019, LĐLĐ tỉnh phấn đấu kết nạp thêm khoảng [[1.500|mn t q4-2019 b=a]] đoàn viên, bảo đảm hoàn thành chỉ tiêu Đại hội Công đoàn tỉnh lần thứ XVIII đề ra.

Theo Báo Nghệ An
"""))

# cr03 Hà Tĩnh union portal, dated, Tháng Công nhân 2016
ARTS.append(('cr03', 'http://ldld.hatinh.gov.vn/tin-tuc/ha-tinh-hon-4-600-luot-cnld-duoc-tham-hoi-trong-thang-cong-nhan-2016.html',
             '2016-05-27', 'Hà Tĩnh', """Trang chủ > Tin tức - Sự kiện > Hoạt động công đoàn

Hà Tĩnh: Hơn [[4.600|ben a mo2016-05 b=o v=4600 n=headline rounds the body's 4.650 (gold README 1)]] lượt CNLĐ được thăm hỏi trong Tháng Công nhân

Ngày đăng: 27/05/2016 | Lượt xem: 2.315

Tháng Công nhân năm 2016 với chủ đề “Vì việc làm bền vững, an toàn lao động cho công nhân” được tổ chức tại [[1.342|wmu a mo2016-05 n=Tháng Công nhân -> May of its year (records.md periods)]] CĐCS trên địa bàn tỉnh.

Trong tháng, các cấp công đoàn đã thăm hỏi, tặng quà [[4.650|ben a mo2016-05 n=trong tháng -> the month named before (records.md periods)]] lượt đoàn viên, công nhân lao động (CNLĐ) có hoàn cảnh khó khăn, bị tai nạn lao động với tổng số tiền [[1,42 tỷ|sf a mo2016-05]] đồng. LĐLĐ tỉnh phối hợp với các ngành chức năng tổ chức [[14|sv a mo2016-05]] cuộc kiểm tra, giám sát việc thực hiện chính sách, pháp luật lao động tại doanh nghiệp; phối hợp tổ chức đối thoại tại nơi làm việc ở [[56|wd a mo2016-05]] doanh nghiệp; ký mới [[23|ca a mo2016-05]] bản thỏa ước lao động tập thể.

Văn phòng Tư vấn pháp luật LĐLĐ tỉnh đã tư vấn pháp luật cho [[380|lc a mo2016-05]] lượt CNLĐ, chủ yếu về tiền lương, bảo hiểm xã hội. Dịp này, LĐLĐ tỉnh khởi công [[3|sh a mo2016-05]] nhà “Mái ấm Công đoàn”, mỗi nhà hỗ trợ 30 triệu đồng.

Lễ phát động Tháng Công nhân tại Khu kinh tế Vũng Áng thu hút hơn 3.000 công nhân tham dự; nhiều hoạt động chào mừng 130 năm Ngày Quốc tế Lao động 1/5 được tổ chức.

Thu Hà - Ban Tuyên giáo LĐLĐ tỉnh

Các tin khác:
- Công đoàn ngành Y tế trao 50 suất quà cho đoàn viên
- LĐLĐ huyện Kỳ Anh tập huấn cho 120 cán bộ công đoàn
"""))

# cr04 Quảng Bình, Lao Động excerpt mid-article, undated; district union 2014; target range
ARTS.append(('cr04', 'http://tamlongvang.laodong.com.vn/cong-doan/le-thuy-thanh-lap-moi-7-cong-doan-co-so-298164.bld',
             None, 'Quảng Bình', """nhiều doanh nghiệp nhỏ trên địa bàn hoạt động cầm chừng, người lao động thiếu việc làm.

Dù vậy, năm 2014, LĐLĐ huyện Lệ Thủy (Quảng Bình) đã thành lập mới [[7|un a y2014 s=LĐLĐ huyện Lệ Thủy n=district union gives its province (records.md regions)]] CĐCS, kết nạp [[245|mn a y2014 s=LĐLĐ huyện Lệ Thủy]] đoàn viên, nâng tổng số lên [[112|ut a null s=LĐLĐ huyện Lệ Thủy n=nâng tổng số ... lên is a stock; undated page -> null..null (gold README 7)]] CĐCS với [[5.870|mt a null s=LĐLĐ huyện Lệ Thủy n=stock, undated page -> null..null (gold README 7)]] đoàn viên. Cũng trong năm, [[2|ud a y2014 s=LĐLĐ huyện Lệ Thủy]] CĐCS phải giải thể do doanh nghiệp ngừng hoạt động, làm giảm [[58|ml a y2014 s=LĐLĐ huyện Lệ Thủy]] đoàn viên.

LĐLĐ huyện đã tổ chức [[9|tr a y2014 s=LĐLĐ huyện Lệ Thủy]] lớp tập huấn nghiệp vụ cho [[640|te a y2014 s=LĐLĐ huyện Lệ Thủy]] lượt cán bộ công đoàn cơ sở; xây mới [[4|sh a y2014 s=LĐLĐ huyện Lệ Thủy]] nhà và sửa chữa [[2|sh a y2014 s=LĐLĐ huyện Lệ Thủy n=houses built and houses repaired are two figures, two records (records.md: several figures, several records)]] nhà “Mái ấm Công đoàn” với tổng kinh phí [[180 triệu|shf a y2014 s=LĐLĐ huyện Lệ Thủy]] đồng.

Toàn tỉnh Quảng Bình, năm 2014 các cấp công đoàn thành lập mới [[61|un a y2014]] CĐCS, vượt chỉ tiêu Tổng LĐLĐ Việt Nam giao.

Năm 2015, LĐLĐ huyện Lệ Thủy phấn đấu thành lập mới từ [[5|un t y2015 s=LĐLĐ huyện Lệ Thủy n=a target range gives one record per end figure, bound exact (records.md: a sentence with several figures gives several records); judgement call]] - [[7|un t y2015 s=LĐLĐ huyện Lệ Thủy n=upper end of the target range, one record (judgement call, see lower end)]] CĐCS, kết nạp [[300|mn t y2015 b=o s=LĐLĐ huyện Lệ Thủy n=... trở lên after the counted noun -> over (gold README 5)]] đoàn viên trở lên.

Văn Tú
"""))

# cr05 Quảng Trị after the merger: ward union in the old Quảng Bình city; province federation -> Quảng Trị
ARTS.append(('cr05', 'https://baoquangtri.vn/cong-doan-phuong-dong-hoi-thanh-lap-them-cong-doan-co-so-197542.htm',
             '2025-09-18', 'Quảng Bình', """Công đoàn phường Đồng Hới thành lập thêm công đoàn cơ sở với [[46|mn a pub s=Công đoàn phường Đồng Hới n=members of a newly founded union are members_new (gold README 9); headline repeat of the body figure]] đoàn viên

Thứ Năm, 18/09/2025 - 07:45

(QTO) - Công đoàn phường Đồng Hới (tỉnh Quảng Trị) vừa tổ chức đại hội thành lập Công đoàn cơ sở Công ty TNHH Thương mại - Dịch vụ Nhật Lệ với [[46|mn a pub s=Công đoàn phường Đồng Hới n=vừa, no period phrase -> publication date (records.md periods); ward of the old Quảng Bình -> Quảng Bình (gold README 10)]] đoàn viên.

Đại hội đã bầu Ban Chấp hành Công đoàn cơ sở khóa I, nhiệm kỳ 2025-2030 gồm 3 thành viên.

Từ ngày 1/7 đến nay, Công đoàn phường Đồng Hới đã thành lập mới [[5|un a 2025-07-01..2025-09-18 s=Công đoàn phường Đồng Hới n=từ ngày 1/7 đến nay -> 1 July .. publication (records.md periods)]] CĐCS, kết nạp [[212|mn a 2025-07-01..2025-09-18 s=Công đoàn phường Đồng Hới]] đoàn viên. Hiện Công đoàn phường quản lý [[86|ut a pub s=Công đoàn phường Đồng Hới]] CĐCS với [[3.950|mt a pub s=Công đoàn phường Đồng Hới]] đoàn viên, chủ yếu ở các doanh nghiệp thương mại, dịch vụ và trường học.

Theo Liên đoàn Lao động tỉnh Quảng Trị, từ ngày 1/7 đến nay, toàn tỉnh đã thành lập mới [[19|un a 2025-07-01..2025-09-18 r=Quảng Trị n=the new province's federation reports for Quảng Trị (gold README 10)]] CĐCS, kết nạp [[1.240|mn a 2025-07-01..2025-09-18 r=Quảng Trị]] đoàn viên. Năm 2025, LĐLĐ tỉnh phấn đấu kết nạp [[4.000|mn t y2025 r=Quảng Trị]] đoàn viên, thành lập [[60|un t y2025 r=Quảng Trị]] CĐCS.

Sau khi sắp xếp theo Nghị quyết số 1680/NQ-UBTVQH15, tỉnh Quảng Trị có 78 xã, phường, đặc khu; Công đoàn các xã, phường được thành lập từ ngày 1/7/2025.

Ngọc Mai
"""))
