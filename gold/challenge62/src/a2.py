"""challenge62 co06-co10."""

ARTS = []

# co06: znews-style copy of Báo Hải Phòng, dated 2024-06-03; Tháng Công nhân 2024.
ARTS.append(('co06', 'https://znews.vn/hai-phong-hon-28-000-doan-vien-duoc-cham-lo-trong-thang-cong-nhan-post1481266.html', '2024-06-03', 'Hải Phòng', """Hải Phòng: Hơn [[28.000|ben a mo2024-05 b=o n=headline repeat of 28.460 of Tháng Công nhân 2024 (gold README 1)]] đoàn viên được chăm lo trong Tháng Công nhân

Thứ Hai, 3/6/2024 16:40 (GMT+7)

Các cấp công đoàn TP Hải Phòng đã dành hơn [[14,5 tỷ|sf a mo2024-05 b=o n=sapo repeat of the body figure (gold README 1)]] đồng thăm hỏi, tặng quà đoàn viên, người lao động trong Tháng Công nhân năm 2024.

Theo Liên đoàn Lao động (LĐLĐ) thành phố, trong Tháng Công nhân năm 2024, có [[1.146|wmu a mo2024-05]] công đoàn cơ sở tổ chức các hoạt động hưởng ứng với chủ đề "Đoàn kết công nhân - Triển khai hiệu quả Nghị quyết Đại hội XIII Công đoàn Việt Nam".

Các cấp công đoàn đã thăm, tặng quà [[28.460|ben a mo2024-05]] đoàn viên, người lao động với tổng kinh phí hơn [[14,5 tỷ|sf a mo2024-05 b=o]] đồng; khởi công, bàn giao [[17|sh a mo2024-05]] nhà "Mái ấm Công đoàn" với số tiền hỗ trợ [[850 triệu|shf a mo2024-05]] đồng, mỗi nhà 50 triệu đồng.

Cũng trong tháng, công đoàn các cấp phối hợp với người sử dụng lao động tổ chức [[326|wd a mo2024-05]] cuộc đối thoại tại nơi làm việc; vận động [[214|meal a mo2024-05]] doanh nghiệp điều chỉnh nâng giá trị bữa ăn ca cho người lao động, mức bình quân đạt 22.000 đồng/suất. Công đoàn các khu công nghiệp, khu kinh tế thành phố phối hợp tổ chức [[9|sv a mo2024-05 s=Công đoàn các khu công nghiệp, khu kinh tế n=a zone union gives its province with a scope (records.md regions)]] cuộc giám sát việc thực hiện chính sách đối với người lao động tại doanh nghiệp.

Các hoạt động văn hóa, thể thao, hội thi tìm hiểu pháp luật trong Tháng Công nhân đã thu hút hơn 1.200 lượt công nhân tham gia.

Đọc thêm:
Hơn 600 công nhân dự hội thi an toàn vệ sinh lao động
Hải Phòng: 5.000 suất quà cho công nhân dịp 30/4 - 1/5

Thu Hằng

Theo Báo Hải Phòng
"""))

# co07: NLĐ excerpt that stops mid-article, undated; collective agreements in Cần Thơ, 2016.
ARTS.append(('co07', 'https://nld.com.vn/cong-doan/can-tho-ky-moi-46-thoa-uoc-lao-dong-tap-the-20170114212004127.htm', None, 'Cần Thơ', """Cần Thơ: Ký mới [[46|ca a y2016 n=headline repeat of the body figure of năm 2016 (gold README 1)]] thỏa ước lao động tập thể

(NLĐO) - Năm 2016, các cấp CĐ TP Cần Thơ đã hướng dẫn, hỗ trợ ký mới [[46|ca a y2016]] bản thỏa ước lao động tập thể (TƯLĐTT), nâng tổng số TƯLĐTT còn hiệu lực lên [[418|ca a null n=agreements in force are the stock of signings (gold README 7); a stock in an undated page is null..null]] bản.

Trong [[46|ca a y2016 n=repeat of the 46 as the whole the breakdown is taken from; a mention of its own (records.md: one record per mention)]] bản ký mới, [[31|ca a y2016 s=có nhiều nội dung có lợi hơn cho NLĐ n=breakdown of the 46 (gold README 6)]] bản có nhiều nội dung có lợi hơn cho NLĐ so với quy định của pháp luật như hỗ trợ tiền xăng xe, tiền nhà trọ, quà sinh nhật, thăm hỏi khi ốm đau.

Cũng trong năm, [[512|wkc a y2016]] doanh nghiệp trên địa bàn TP đã tổ chức hội nghị người lao động, chiếm 86% số doanh nghiệp có tổ chức CĐ; [[389|wd a y2016]] doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc.

Năm 2017, LĐLĐ TP Cần Thơ phấn đấu ký mới ít nhất [[50|ca t y2017 b=o]] bản TƯLĐTT, tập trung vào doanh nghiệp có vốn đầu tư nước ngoài và doanh nghiệp sử dụng từ 100 lao động trở lên.

Ông Trần Văn Thoại, Trưởng Ban Chính sách - Pháp luật LĐLĐ TP Cần Thơ, cho biết khó khăn lớn nhất là nhiều chủ doanh nghiệp vẫn xem thỏa ước như một thủ tục hành chính. Thời gian tới, LĐLĐ TP sẽ tập trung hỗ trợ CĐCS tại các KCN Trà Nóc 1, Trà Nóc 2 và Hưng Phú nâng cao kỹ năng"""))

# co08: baomoi copy of Báo Quảng Ngãi, dated 2025-10-14; merged province, 9 months 2025.
ARTS.append(('co08', 'https://baomoi.com/quang-ngai-9-thang-ket-nap-5-214-doan-vien-cong-doan/c/53518204.epi', '2025-10-14', 'Quảng Ngãi', """Quảng Ngãi: 9 tháng kết nạp [[5.214|mn a f9-2025 n=headline repeat of the body figure (gold README 1); the merged province's federation reports under its kept name (gold README 10)]] đoàn viên công đoàn

Báo Quảng Ngãi - 14/10/2025 10:32

(Baoquangngai.vn) - 9 tháng năm 2025, Liên đoàn Lao động (LĐLĐ) tỉnh Quảng Ngãi đã kết nạp [[5.214|mn a f9-2025]] đoàn viên, thành lập mới [[38|un a f9-2025]] công đoàn cơ sở (CĐCS), đạt [[74,5%|mn p f9-2025 n=part-way attainment takes the reporting 9 months (records.md periods)]] kế hoạch năm về phát triển đoàn viên.

Trong đó, khu vực Kon Tum (cũ) kết nạp [[1.386|mn a f9-2025 r=Kon Tum s=khu vực Kon Tum (cũ) n=khu vực X (cũ) gives the old province (gold README 10)]] đoàn viên, thành lập [[11|un a f9-2025 r=Kon Tum s=khu vực Kon Tum (cũ) n=khu vực X (cũ) gives the old province (gold README 10)]] CĐCS; khu vực Quảng Ngãi (cũ) kết nạp [[3.828|mn a f9-2025 s=khu vực Quảng Ngãi (cũ) n=khu vực Quảng Ngãi (cũ): old province of the same name (gold README 10)]] đoàn viên, thành lập [[27|un a f9-2025 s=khu vực Quảng Ngãi (cũ)]] CĐCS.

Sau khi sắp xếp đơn vị hành chính, toàn tỉnh có 96 xã, phường, đặc khu; LĐLĐ tỉnh đã kiện toàn tổ chức công đoàn cấp xã, phường theo mô hình mới. Hiện toàn tỉnh có [[2.871|ut a pub]] CĐCS với [[163.402|mt a pub]] đoàn viên.

Trong quý IV/2025, LĐLĐ tỉnh phấn đấu kết nạp thêm [[1.800|mn t q4-2025]] đoàn viên, thành lập thêm [[12|un t q4-2025]] CĐCS, tập trung vào các doanh nghiệp tại Khu kinh tế Dung Quất, KCN VSIP Quảng Ngãi và KCN Hòa Bình (khu vực Kon Tum cũ).

Phạm Linh

Theo Báo Quảng Ngãi

Tin cùng chuyên mục
Quảng Ngãi: Trao 200 suất quà cho công nhân khó khăn tại Khu kinh tế Dung Quất
"""))

# co09: union portal, Điện Biên, dated 2023-11-08; inspection committee, 10 months 2023.
ARTS.append(('co09', 'http://congdoandienbien.vn/hoat-dong-ubkt/ubkt-ldld-tinh-kiem-tra-tai-chinh-42-don-vi-trong-10-thang-2741.html', '2023-11-08', 'Điện Biên', """Trang chủ > Tin tức > Hoạt động Ủy ban Kiểm tra

UBKT Liên đoàn Lao động tỉnh: Kiểm tra tài chính [[42|fi a f10-2023 n=headline repeat of the body figure (gold README 1)]] đơn vị trong 10 tháng

Đăng ngày: 08/11/2023 | Lượt xem: 416

10 tháng năm 2023, Ủy ban Kiểm tra (UBKT) công đoàn các cấp trong tỉnh Điện Biên đã kiểm tra tài chính [[42|fi a f10-2023]] đơn vị, đạt [[84%|fi p f10-2023 n=part-way attainment takes the reporting 10 months (records.md periods)]] kế hoạch năm; trong đó UBKT LĐLĐ tỉnh trực tiếp kiểm tra [[9|fi a f10-2023 s=UBKT LĐLĐ tỉnh n=breakdown of the 42 (gold README 6)]] công đoàn cấp trên cơ sở và CĐCS trực thuộc. Kế hoạch năm 2023 đề ra kiểm tra tài chính [[50|fi t y2023]] đơn vị.

Bên cạnh đó, UBKT các cấp đã kiểm tra việc chấp hành Điều lệ Công đoàn Việt Nam tại [[37|sv a f10-2023 n=units inspected for compliance counted as inspections held (indicators.tsv supervisions)]] CĐCS; tham gia [[14|sv a f10-2023]] cuộc giám sát với cấp ủy, HĐND các cấp. Qua kiểm tra, UBKT đã chỉ ra những thiếu sót trong việc thu, chi và quyết toán tài chính tại 6 đơn vị, kiến nghị nộp trả 48 triệu đồng về quỹ công đoàn.

Để nâng cao chất lượng hoạt động, UBKT LĐLĐ tỉnh đã tổ chức [[2|tr a f10-2023]] lớp tập huấn nghiệp vụ cho [[126|te a f10-2023]] ủy viên UBKT công đoàn cấp trên cơ sở và cơ sở.

Tin đã đưa:
- Hội nghị Ban Chấp hành LĐLĐ tỉnh lần thứ 7, khóa XV (01/11/2023)
- Trao 150 suất quà cho công nhân lao động huyện Mường Ảng (25/10/2023)

Tổng lượt truy cập: 1.086.203
"""))

# co10: provincial TV site, Sóc Trăng, dated 2013-12-20; year 2013 review.
ARTS.append(('co10', 'http://www.sotrangtv.vn/tin-tuc/xa-hoi/soc-trang-nam-2013-thanh-lap-moi-26-cong-doan-co-so-12688.html', '2013-12-20', 'Sóc Trăng', """Sóc Trăng: Năm 2013 thành lập mới [[26|un a y2013 n=headline repeat of the body figure (gold README 1)]] công đoàn cơ sở

Cập nhật: 20/12/2013 - 08:45

STV - Ngày 19/12, Liên đoàn Lao động tỉnh Sóc Trăng tổ chức hội nghị tổng kết hoạt động công đoàn năm 2013 và triển khai phương hướng, nhiệm vụ năm 2014.

Năm 2013, các cấp công đoàn trong tỉnh đã phát triển mới [[3.154|mn a y2013]] đoàn viên, thành lập mới [[26|un a y2013]] công đoàn cơ sở, đạt [[130%|un p y2013]] kế hoạch. Toàn tỉnh hiện có [[872|ut a pub]] công đoàn cơ sở với [[47.905|mt a pub]] đoàn viên, tăng [[19|unet a 2013-01-01..2013-12-20 n=net change against cuối năm 2012 runs from 2013-01-01 to the publication date of the stock it is stated with (records.md periods: from the sentence)]] công đoàn cơ sở và [[1.862|mnet a 2013-01-01..2013-12-20 n=net change against cuối năm 2012, to the publication date (records.md periods)]] đoàn viên so với cuối năm 2012.

Công tác chăm lo đời sống đoàn viên được các cấp công đoàn quan tâm. Trong năm, công đoàn các cấp đã thăm hỏi, tặng quà cho [[4.612|ben a y2013]] lượt đoàn viên, công nhân lao động với tổng số tiền [[2,3 tỷ|sf a y2013]] đồng; xây dựng, sửa chữa [[14|sh a y2013]] Mái ấm Công đoàn. Các công đoàn cơ sở doanh nghiệp đã thương lượng, ký kết [[62|ca a y2013]] bản thỏa ước lao động tập thể.

Năm 2014, Liên đoàn Lao động tỉnh đề ra chỉ tiêu phát triển [[2.500|mn t y2014]] đoàn viên, thành lập [[20|un t y2014]] công đoàn cơ sở.

Tại hội nghị, Liên đoàn Lao động tỉnh đã khen thưởng 18 tập thể và 25 cá nhân có thành tích xuất sắc trong phong trào công nhân, viên chức, lao động năm 2013.

Thanh Tâm - Minh Khang
"""))
