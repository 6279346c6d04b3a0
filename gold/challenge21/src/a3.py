"""l14-l19."""
from a1 import HR, CAP, SITE

ARTS = []

# l14 -- baomoi.com aggregator copy: headline, body, "Theo Báo ..." source line; no publication date
ARTS.append(('l14', 'https://baomoi.com/ldld-tinh-cao-bang-to-chuc-38-hoi-nghi-tap-huan-tuyen-truyen-phap-luat/c/18453390.epi', None, 'Cao Bằng', """LĐLĐ tỉnh Cao Bằng: Tổ chức [[38|tr a y2015 """ + HR + """]] hội nghị tập huấn, tuyên truyền pháp luật

Năm 2015, LĐLĐ tỉnh Cao Bằng và các LĐLĐ huyện, thành phố đã tổ chức [[38|tr a y2015]] hội nghị tập huấn, tuyên truyền pháp luật cho [[6.720|te a y2015]] lượt đoàn viên, người lao động; tư vấn pháp luật trực tiếp và qua điện thoại cho [[415|lc a y2015]] lượt người. Nội dung tuyên truyền tập trung vào Bộ luật Lao động 2012, Luật Công đoàn 2012, Luật Bảo hiểm xã hội 2014.

Các cấp công đoàn cũng tham gia [[27|sv a y2015]] cuộc kiểm tra, giám sát việc thực hiện chính sách pháp luật lao động tại các doanh nghiệp; Ủy ban Kiểm tra công đoàn các cấp kiểm tra tài chính tại [[14|fi a y2015 n=units whose finances were inspected, counted as financial inspections]] đơn vị. Công tác nữ công được quan tâm, trong năm đã thành lập mới [[7|wc a y2015]] Ban nữ công quần chúng tại các doanh nghiệp ngoài nhà nước.

Năm 2016, LĐLĐ tỉnh phấn đấu tổ chức ít nhất [[40|tr t y2016 b=o]] hội nghị tập huấn, tuyên truyền pháp luật, chú trọng người lao động ở các huyện vùng cao như Bảo Lạc, Hà Quảng, Trùng Khánh.

Theo Báo Cao Bằng
"""))

# l15 -- wordpress news blog (postvn-like): starts with the event, reply box at the end; no publication date
ARTS.append(('l15', 'https://postvn.com/latest/gia-lai-dai-hoi-cong-doan-tinh-lan-thu-xii/', None, 'Gia Lai', """Ngày 16-8, Liên đoàn Lao động (LĐLĐ) tỉnh Gia Lai tổ chức Đại hội Công đoàn tỉnh lần thứ XII, nhiệm kỳ 2023-2028. Đại hội có 250 đại biểu chính thức tham dự.

Đại biểu biểu quyết thông qua Nghị quyết Đại hội

Báo cáo tại đại hội cho biết, nhiệm kỳ 2018-2023, các cấp công đoàn trong tỉnh đã kết nạp mới [[21.460|mn a t2018-2023 n=nhiệm kỳ 2018-2023 -> 2018-01-01..2023-12-31 (records.md Periods)]] đoàn viên, thành lập mới [[187|un a t2018-2023]] công đoàn cơ sở (CĐCS), vượt chỉ tiêu Nghị quyết Đại hội XI đề ra; giới thiệu [[1.240|pr a t2018-2023]] đoàn viên ưu tú cho Đảng xem xét kết nạp. Từ nguồn quỹ xã hội, các cấp công đoàn đã hỗ trợ xây mới [[126|sh a t2018-2023]] "Mái ấm Công đoàn" với tổng số tiền hơn [[5,4 tỷ|shf a t2018-2023 b=o]] đồng.

Hiện toàn tỉnh có 17 LĐLĐ huyện, thị xã, thành phố, 5 công đoàn ngành, [[1.205|ut a null n=stock with no publication date -> null..null (records.md); the 17 district unions and 5 sector unions are not grassroots unions, not records]] CĐCS với [[64.318|mt a null]] đoàn viên.

Nhiệm kỳ 2023-2028, Đại hội đề ra 12 chỉ tiêu, trong đó phấn đấu kết nạp mới [[15.000|mn t t2023-2028 n=12 chỉ tiêu counts the plan's own items, not a record (gold README 11)]] đoàn viên, thành lập mới [[100|un t t2023-2028]] CĐCS; hằng năm có trên 70% CĐCS doanh nghiệp ngoài nhà nước tổ chức hội nghị người lao động.

Đại hội đã bầu 35 đồng chí vào Ban Chấp hành LĐLĐ tỉnh khóa XII.

Trả lời

Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *
"""))

# l16 -- nld.com.vn print page: headline, body, byline; national figures
ARTS.append(('l16', 'https://nld.com.vn/Print.aspx?NewsID=20170720211845239', '2017-07-20', 'Việt Nam', """Nửa đầu năm 2017, kết nạp [[486.000|mn a h1-2017 n=rounded headline repeat of 486.215 with no bound word -> exact (gold README 1, 5)]] đoàn viên Công đoàn

Ngày 19-7, Tổng LĐLĐ Việt Nam tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2017. Theo báo cáo, 6 tháng đầu năm, các cấp CĐ cả nước đã kết nạp [[486.215|mn a h1-2017 n=national total -> region Việt Nam (records.md)]] đoàn viên (đạt [[48,6%|mn p h1-2017]] kế hoạch năm), thành lập [[3.125|un a h1-2017]] CĐ cơ sở.

Tuy nhiên, do doanh nghiệp giải thể, phá sản, cắt giảm lao động, số đoàn viên giảm là [[212.400|ml a h1-2017]], số CĐ cơ sở giải thể là [[1.420|ud a h1-2017]]; tính ra tăng tuyệt đối [[273.815|mnet a h1-2017]] đoàn viên và [[1.705|unet a h1-2017]] CĐ cơ sở. Hiện cả nước có hơn [[9,7 triệu|mt a pub b=o]] đoàn viên.

Cũng trong 6 tháng, các cấp CĐ đã tư vấn pháp luật cho hơn [[52.000|lc a h1-2017 b=o]] lượt NLĐ, tham gia giải quyết 126 cuộc ngừng việc tập thể.

Năm 2017, Tổng LĐLĐ Việt Nam đặt chỉ tiêu kết nạp [[1 triệu|mn t y2017]] đoàn viên, thành lập [[5.000|un t y2017]] CĐ cơ sở. Phát biểu kết luận hội nghị, Chủ tịch Tổng LĐLĐ Việt Nam yêu cầu các cấp CĐ tập trung phát triển đoàn viên ở khu vực doanh nghiệp ngoài nhà nước, doanh nghiệp có vốn đầu tư nước ngoài.

Bảo Nghi
"""))

# l17 -- provincial paper with "Số lần đọc" counter and a "Tin liên quan" list carrying figures
ARTS.append(('l17', 'http://baoyenbai.com.vn/12/98412/Yen_Bai_285_CDCS_huong_ung_Thang_Cong_nhan.aspx', '2013-06-03', 'Yên Bái', """Yên Bái: [[285|wmu a mo2013-05 """ + HR + """]] CĐCS hưởng ứng Tháng Công nhân

Thứ Hai, 03/06/2013 | 14:25 GMT+7

YBĐT - Tháng Công nhân năm 2013 với chủ đề "Vì việc làm bền vững và thu nhập của người lao động" đã được các cấp công đoàn trong tỉnh triển khai sâu rộng, với [[285|wmu a mo2013-05 n=Tháng Công nhân năm 2013 -> May 2013 (records.md)]] công đoàn cơ sở (CĐCS) tổ chức các hoạt động hưởng ứng.

Theo LĐLĐ tỉnh, trong tháng, các cấp công đoàn đã thăm hỏi, tặng [[640|ben a mo2013-05 n=trong tháng -> the Workers' Month named before (May 2013)]] suất quà cho công nhân lao động có hoàn cảnh khó khăn, bị tai nạn lao động với tổng trị giá khoảng [[192 triệu|sf a mo2013-05 b=a]] đồng; phối hợp với doanh nghiệp tổ chức [[33|wd a mo2013-05]] hội nghị đối thoại giữa người sử dụng lao động với người lao động. Văn phòng tư vấn pháp luật công đoàn tỉnh đã tư vấn cho [[270|lc a mo2013-05]] lượt người lao động. LĐLĐ tỉnh phối hợp với Sở Lao động - Thương binh và Xã hội kiểm tra việc thực hiện an toàn, vệ sinh lao động tại [[12|sv a mo2013-05]] doanh nghiệp nhân Tuần lễ Quốc gia An toàn - Vệ sinh lao động - Phòng chống cháy nổ lần thứ 15.

Thông qua Tháng Công nhân, nhiều doanh nghiệp đã quan tâm hơn đến điều kiện làm việc, đời sống của người lao động, góp phần xây dựng quan hệ lao động hài hòa, ổn định.

Thanh Nga

Số lần đọc: 1.245

Tin liên quan
- LĐLĐ tỉnh trao 1.200 suất quà Tết cho công nhân lao động (28/01/2013)
- Hơn 600 đoàn viên được tập huấn pháp luật lao động (15/04/2013)
- Văn Yên: Thành lập mới 6 công đoàn cơ sở (09/05/2013)
"""))

# l18 -- provincial paper, short hand-over news with a number word, then period figures
ARTS.append(('l18', 'https://baotuyenquang.com.vn/xa-hoi/lao-dong-viec-lam/ban-giao-mai-am-cong-doan-cho-doan-vien-kho-khan-151203.html', '2021-10-05', 'Tuyên Quang', """Bàn giao "Mái ấm Công đoàn" cho đoàn viên khó khăn

Cập nhật lúc: 16:20 05/10/2021

(BTQ) - Ngày 4/10, Liên đoàn Lao động (LĐLĐ) tỉnh phối hợp với LĐLĐ huyện Hàm Yên bàn giao "Mái ấm Công đoàn" cho [[ba|sh a pub v=3 n=number word (records.md); members helped to build a house count as shelter_houses (gold README 9); no period phrase before it -> publication date (records.md); region from the source site baotuyenquang.com.vn]] đoàn viên có hoàn cảnh khó khăn về nhà ở tại các xã Thái Sơn, Bằng Cốc và Minh Dân.

Mỗi căn nhà được LĐLĐ tỉnh hỗ trợ 50 triệu đồng từ nguồn quỹ xã hội, tổng trị giá [[150 triệu|shf a pub n=the total is a record, 50 triệu per house is not (gold README 11)]] đồng; phần còn lại do gia đình, người thân và chính quyền địa phương hỗ trợ ngày công, vật liệu.

Đoàn viên Công đoàn Trường Tiểu học Bằng Cốc nhận bàn giao "Mái ấm Công đoàn".

Từ đầu năm 2021 đến nay, LĐLĐ tỉnh đã hỗ trợ xây mới, sửa chữa [[14|sh a 2021-01-01..2021-10-05]] "Mái ấm Công đoàn" với tổng kinh phí [[720 triệu|shf a 2021-01-01..2021-10-05]] đồng, đạt [[70%|sh p 2021-01-01..2021-10-05 n=part-way attainment takes the reporting period]] kế hoạch năm ([[20|sh t y2021]] nhà). Giai đoạn 2016-2020, toàn tỉnh xây dựng [[86|sh a t2016-2020]] "Mái ấm Công đoàn", tổng số tiền hơn [[3,9 tỷ|shf a t2016-2020 b=o]] đồng.

Giang Lam
"""))

# l19 -- provincial paper year-end conference
ARTS.append(('l19', 'https://baodienbienphu.info.vn/tin-tuc/xa-hoi/236914/ldld-tinh-tong-ket-cong-tac-cong-doan-nam-2024', '2024-12-20', 'Điện Biên', """LĐLĐ tỉnh tổng kết công tác công đoàn năm 2024

Cập nhật: Thứ Sáu, 20/12/2024 | 15:02

ĐBP - Sáng 19/12, Liên đoàn Lao động (LĐLĐ) tỉnh Điện Biên tổ chức Hội nghị tổng kết công tác công đoàn năm 2024, triển khai nhiệm vụ năm 2025.

Năm 2024, các cấp công đoàn trong tỉnh phát triển được [[1.512|mn a y2024]] đoàn viên, đạt [[126%|mn p y2024]] kế hoạch; thành lập [[8|un a y2024]] công đoàn cơ sở. Công tác số hóa dữ liệu đoàn viên được triển khai quyết liệt, trong năm đã nhập thông tin của [[21.874|rec a y2024]] đoàn viên lên phần mềm quản lý đoàn viên của Tổng LĐLĐ Việt Nam.

LĐLĐ tỉnh ký thỏa thuận hợp tác với [[6|wp a y2024]] đơn vị trong Chương trình "Phúc lợi đoàn viên công đoàn"; tổ chức [[45|tr a y2024]] lớp tập huấn nghiệp vụ cho [[2.860|te a y2024]] lượt cán bộ công đoàn; thành lập mới [[4|wc a y2024]] Ban nữ công quần chúng. Các cấp công đoàn đã thăm hỏi, hỗ trợ [[3.145|ben a y2024]] lượt đoàn viên, người lao động ốm đau, gặp khó khăn với tổng số tiền hơn [[2,1 tỷ|sf a y2024 b=o]] đồng.

Lãnh đạo LĐLĐ tỉnh trao cờ thi đua cho 6 tập thể có thành tích xuất sắc năm 2024.

Năm 2025, LĐLĐ tỉnh phấn đấu kết nạp [[1.200|mn t y2025]] đoàn viên, thành lập [[5|un t y2025]] CĐCS; 100% CĐCS khu vực nhà nước tổ chức hội nghị cán bộ, công chức, viên chức đúng quy định.

Thu Hằng
"""))
