"""challenge59 articles cl06-cl10."""

CL06 = """Đồng Nai: Thành lập [[46|wc a y2015 n=headline repeat of the body figure takes its period (gold README 1)]] ban nữ công quần chúng

Năm 2015, Ban Nữ công LĐLĐ tỉnh Đồng Nai đã vận động thành lập mới [[46|wc a y2015]] ban nữ công quần chúng tại các doanh nghiệp ngoài nhà nước, góp phần chăm lo tốt hơn cho lao động nữ.

Ngày 2-3, bà Huỳnh Thị Nga, Trưởng Ban Nữ công LĐLĐ tỉnh Đồng Nai, cho biết trong năm qua, các cấp công đoàn đã tổ chức [[18|tr a y2015]] hội nghị tập huấn kiến thức về sức khỏe sinh sản, pháp luật lao động cho hơn [[3.600|te a y2015 b=o]] lượt nữ công nhân. Ban Nữ công các cấp cũng tham gia [[22|sv a y2015]] cuộc kiểm tra, giám sát việc thực hiện chế độ, chính sách đối với lao động nữ tại doanh nghiệp.

Hiện toàn tỉnh có hơn 460.000 nữ công nhân, viên chức, lao động, chiếm 57% tổng số lao động. Trong tháng 3/2016, nhân kỷ niệm 106 năm Ngày Quốc tế Phụ nữ (8-3-1910 - 8-3-2016), LĐLĐ tỉnh sẽ trao [[1.200|ben t mo2016-03 n=planned gifts of the coming month are a target (gold README 4)]] suất quà cho nữ công nhân có hoàn cảnh khó khăn, mỗi suất 500.000 đồng, tổng trị giá [[600 triệu|sf t mo2016-03]] đồng.

Nam Dương

Theo Người Lao Động
Xem thêm: Bình Dương: Hơn 3.000 nữ công nhân được khám sức khỏe miễn phí
"""

CL07 = """Công đoàn Công ty CP Đường Quảng Ngãi tổng kết năm 2022

Sáng 10/1, Công đoàn Công ty cổ phần Đường Quảng Ngãi tổ chức Hội nghị tổng kết công tác công đoàn năm 2022 và triển khai nhiệm vụ năm 2023.

Năm 2022, trong bối cảnh sản xuất còn nhiều khó khăn do giá nguyên liệu tăng, Công đoàn Công ty đã phối hợp với Tổng Giám đốc tổ chức hội nghị người lao động tại [[12|wkc a y2022 s=Công đoàn Công ty CP Đường Quảng Ngãi]] nhà máy, đơn vị trực thuộc; kết nạp [[184|mn a y2022 s=Công đoàn Công ty CP Đường Quảng Ngãi]] đoàn viên mới, nâng tổng số đoàn viên lên [[3.126|mt a null s=Công đoàn Công ty CP Đường Quảng Ngãi n=stock in an undated page (gold README 7)]] người.

Công tác chăm lo đời sống được thực hiện thường xuyên: thăm hỏi, trợ cấp [[1.240|ben a y2022 s=Công đoàn Công ty CP Đường Quảng Ngãi]] lượt đoàn viên ốm đau, gia đình gặp khó khăn với số tiền [[1,36 tỷ|sf a y2022 s=Công đoàn Công ty CP Đường Quảng Ngãi]] đồng; hỗ trợ xây dựng [[2|sh a y2022 s=Công đoàn Công ty CP Đường Quảng Ngãi]] nhà "Mái ấm Công đoàn", mỗi nhà 60 triệu đồng. Công đoàn cũng giới thiệu [[21|pr a y2022 s=Công đoàn Công ty CP Đường Quảng Ngãi]] đoàn viên ưu tú cho Đảng ủy Công ty xem xét, trong đó đã có [[14|pa a y2022 s=Công đoàn Công ty CP Đường Quảng Ngãi]] đồng chí được kết nạp Đảng.

Năm 2023, Công đoàn Công ty phấn đấu kết nạp [[150|mn t y2023 s=Công đoàn Công ty CP Đường Quảng Ngãi]] đoàn viên, giới thiệu ít nhất [[15|pr t y2023 b=o s=Công đoàn Công ty CP Đường Quảng Ngãi]] đoàn viên ưu tú cho Đảng.

Tại hội nghị, Công đoàn Công ty khen thưởng 26 tập thể và 58 cá nhân có thành tích xuất sắc.

Thanh Thủy - Công đoàn Công ty CP Đường Quảng Ngãi

VĂN BẢN MỚI
Thống kê truy cập
Hôm nay: 612
Tổng lượt truy cập: 2,814,530
"""

CL08 = """Thứ Ba, 06/01/2015 - 15:20

LĐLĐ tỉnh Hà Giang: Vượt chỉ tiêu phát triển đoàn viên năm 2014

(BHG) - Năm 2014, Liên đoàn Lao động tỉnh Hà Giang kết nạp mới [[2.315|mn a y2014]] đoàn viên, thành lập [[19|un a y2014]] công đoàn cơ sở, đạt [[115%|un p y2014 n=the attainment follows the unions it is written after (gold README 4)]] chỉ tiêu. Do một số doanh nghiệp giải thể, ngừng hoạt động, trong năm toàn tỉnh giảm [[7|ud a y2014]] CĐCS với [[312|ml a y2014 n=members of the closed unions are the members lost (indicators.tsv members_lost)]] đoàn viên. Hiện toàn tỉnh có [[1.203|ut a pub]] CĐCS với [[41.520|mt a pub]] đoàn viên.

Tại hội nghị tổng kết ngày 5/1, ông Nguyễn Văn Sơn, Chủ tịch LĐLĐ tỉnh cho biết, công tác phát triển đoàn viên ở khu vực ngoài nhà nước còn khó khăn do phần lớn doanh nghiệp có quy mô nhỏ, dưới 10 lao động.

Cong tac cham lo doi song doan vien duoc cac cap cong doan quan tam. Trong nam, cac cap cong doan da tham hoi, tang qua cho [[4.620|ben a y2014 n=paragraph scraped without diacritics; period from the earlier năm 2014]] luot doan vien, nguoi lao dong co hoan canh kho khan voi tong so tien [[1,94 ty|sf a y2014 v=1940000000 n=stripped tỷ resolved (gold README 3)]] dong; ho tro xay dung [[12|sh a y2014]] nha "Mai am Cong doan" voi kinh phi [[480 trieu|shf a y2014 v=480000000]] dong.

Năm 2015, LĐLĐ tỉnh phấn đấu kết nạp [[2.000|mn t y2015]] đoàn viên, thành lập [[15|un t y2015]] CĐCS; xây dựng [[10|sh t y2015]] nhà "Mái ấm Công đoàn".

Hội nghị đã khen thưởng 15 tập thể, 21 cá nhân có thành tích xuất sắc trong năm 2014.

Thu Phương

Số lượt đọc: 964
"""

CL09 = """Hơn [[52 tỷ|sf a 2021-04-27..2021-08-20 b=o n=rounded headline repeat of 52,7 tỷ takes its period (gold README 1)]] đồng hỗ trợ đoàn viên, người lao động bị ảnh hưởng dịch Covid-19

Cập nhật: 20-08-2021 | 16:42:10

(BDO) Từ đầu đợt dịch thứ tư (ngày 27-4-2021) đến nay, Liên đoàn Lao động tỉnh đã hỗ trợ [[105.420|ben a 2021-04-27..2021-08-20 n=from the 27-4-2021 start of the wave to publication (records.md periods)]] lượt đoàn viên, người lao động bị ảnh hưởng bởi dịch Covid-19 với tổng số tiền hơn [[52,7 tỷ|sf a 2021-04-27..2021-08-20 b=o]] đồng.

Trong đó, hỗ trợ [[15.600|ben a 2021-04-27..2021-08-20 s=đoàn viên là F0, F1 n=breakdown (gold README 6)]] đoàn viên là F0, F1 với số tiền [[23,4 tỷ|sf a 2021-04-27..2021-08-20 s=đoàn viên là F0, F1]] đồng, mỗi trường hợp từ 1 đến 3 triệu đồng theo Quyết định số 2606/QĐ-TLĐ của Tổng LĐLĐ Việt Nam; trao [[48.000|ben a 2021-04-27..2021-08-20 s=công nhân ở trọ, lưu trú tại doanh nghiệp n=breakdown under trong đó (gold README 6); gift packages count as beneficiaries (gold README 9)]] túi an sinh cho công nhân đang ở trọ, lưu trú tại doanh nghiệp thực hiện "3 tại chỗ". Chương trình "Siêu thị 0 đồng" của LĐLĐ tỉnh đã phát 12.000 phiếu mua hàng cho công nhân khó khăn.

Ông Nguyễn Văn Lộc, Chủ tịch LĐLĐ tỉnh cho biết, hiện có hơn 1,2 triệu lao động trên địa bàn đang bị ảnh hưởng bởi dịch bệnh, nhiều người phải tạm ngừng việc. Từ nay đến cuối năm 2021, LĐLĐ tỉnh tiếp tục vận động nguồn lực, phấn đấu hỗ trợ thêm khoảng [[30.000|ben t 2021-08-20..2021-12-31 b=a n=từ nay đến cuối năm 2021 runs from publication to year end; planned support is a target (gold README 4)]] lượt công nhân có hoàn cảnh khó khăn.

Đường dây nóng của LĐLĐ tỉnh: 0274.3822.419.

THỦY TRÚC
"""

CL10 = """Hội nghị triển khai nhiệm vụ công tác công đoàn năm 2024

Liên đoàn Lao động tỉnh Kon Tum vừa tổ chức hội nghị tổng kết công tác công đoàn năm 2023, triển khai nhiệm vụ năm 2024.

Năm 2023, các cấp công đoàn tỉnh đã thành lập mới [[12|un a y2023]] công đoàn cơ sở, kết nạp [[1.046|mn a y2023]] đoàn viên, đạt [[104,6%|mn p y2023]] kế hoạch. Hiện toàn tỉnh có [[1.052|ut a null n=stock in an undated page (gold README 7)]] CĐCS với [[38.415|mt a null]] đoàn viên.

Công tác chăm lo được triển khai đồng bộ. Các cấp công đoàn đã thăm hỏi, tặng quà cho [[6.218|ben a y2023]] lượt đoàn viên, người lao động với số tiền trên [[3,1 tỷ|sf a y2023 b=o]] đồng; xây mới [[9|sh a y2023]] nhà "Mái ấm Công đoàn" với tổng kinh phí [[450 triệu|shf a y2023]] đồng. Công tác kiểm tra, giám sát được duy trì, các cấp công đoàn tổ chức [[34|sv a y2023]] cuộc kiểm tra, giám sát; ủy ban kiểm tra các cấp kiểm tra tài chính tại [[18|fi a y2023]] đơn vị.

Năm 2024, LĐLĐ tỉnh đặt chỉ tiêu kết nạp [[1.000|mn t y2024]] đoàn viên, thành lập [[10|un t y2024]] CĐCS, xây dựng [[8|sh t y2024]] nhà "Mái ấm Công đoàn".

Dịp này, Tổng LĐLĐ Việt Nam tặng Bằng khen cho 5 tập thể và 7 cá nhân; LĐLĐ tỉnh tặng Bằng khen cho 22 tập thể, 31 cá nhân.

Tin, ảnh: Hồng Nhung

Tin cùng chuyên mục
Kon Tum: 320 đoàn viên được nhận quà Tết
"""

ARTS = [
    ('cl06', 'https://baomoi.com/dong-nai-thanh-lap-46-ban-nu-cong-quan-chung/c/18762431.epi', None, 'Đồng Nai', CL06),
    ('cl07', 'https://congdoan.quangngai.gov.vn/i3011-cong-doan-cong-ty-cp-duong-quang-ngai-tong-ket-nam-2022.aspx',
     None, 'Quảng Ngãi', CL07),
    ('cl08', 'http://baohagiang.vn/xa-hoi/201501/ldld-tinh-ha-giang-vuot-chi-tieu-phat-trien-doan-vien-nam-2014-571023/',
     '2015-01-06', 'Hà Giang', CL08),
    ('cl09', 'https://baobinhduong.vn/hon-52-ty-dong-ho-tro-doan-vien-nguoi-lao-dong-bi-anh-huong-dich-covid-19-a249815.html',
     '2021-08-20', 'Bình Dương', CL09),
    ('cl10', 'https://kontumtv.vn/tin-tuc/tin-dia-phuong/hoi-nghi-trien-khai-nhiem-vu-cong-tac-cong-doan-nam-2024', None,
     'Kon Tum', CL10),
]
