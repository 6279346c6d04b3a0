# ar06-ar10
ARTS = []

ARTS.append(('ar06', 'https://baodongthap.vn/xa-hoi/cong-doan-dong-thap-cham-lo-tet-cho-hon-86-nghin-luot-doan-vien-142517.aspx',
             '2026-02-05', 'Đồng Tháp', """Thứ Năm, 05/02/2026 - 07:30

Công đoàn Đồng Tháp chăm lo Tết cho hơn [[86 nghìn|ben a y2026 b=o n=headline, rounded repeat of 86.412 (value as written); rule 1]] lượt đoàn viên

(ĐTO) - Tết Nguyên đán Bính Ngọ 2026, các cấp công đoàn tỉnh Đồng Tháp dự kiến chăm lo cho khoảng [[125.000|ben t y2026 b=a n=dự kiến -> target; Tết 2026 -> year 2026; rule 4]] lượt đoàn viên, người lao động với tổng kinh phí hơn [[118 tỷ|sf t y2026 b=o n=dự kiến -> target; rule 4]] đồng.

Theo Liên đoàn Lao động (LĐLĐ) tỉnh, tính đến ngày 4/2, các cấp công đoàn đã chăm lo cho [[86.412|ben a y2026 n=Tính đến ngày 4/2 is a date, not a period -> the Tết 2026 named before]] lượt đoàn viên, người lao động với số tiền [[79,3 tỷ|sf a y2026]] đồng. Trong đó, khu vực Tiền Giang (cũ) chăm lo [[47.150|ben a y2026 r=Tiền Giang n=khu vực X (cũ) -> old province; rule 10]] lượt với [[44,8 tỷ|sf a y2026 r=Tiền Giang n=rule 10]] đồng.

Đoàn viên, người lao động nhận quà tại chương trình "Tết sum vầy - Xuân ơn Đảng" ở phường Mỹ Tho.

LĐLĐ tỉnh trực tiếp trao [[5.200|ben a y2026]] suất quà, mỗi suất 1 triệu đồng, cho đoàn viên có hoàn cảnh khó khăn; phối hợp các doanh nghiệp tổ chức 12 chuyến xe và tặng [[1.340|ben a y2026 n=tickets given to members count as beneficiaries; rule 9]] vé xe cho công nhân về quê đón Tết. Tại "Chợ Tết Công đoàn", ban tổ chức phát 3.000 phiếu mua hàng 0 đồng trị giá 500.000 đồng/phiếu.

Cùng ngày, Công đoàn phường Mỹ Tho trao [[150|ben a y2026 r=Tiền Giang s=Công đoàn phường Mỹ Tho n=ward union in old Tiền Giang -> Tiền Giang; rule 10]] phần quà cho đoàn viên, người lao động khó khăn với tổng trị giá [[120 triệu|sf a y2026 r=Tiền Giang s=Công đoàn phường Mỹ Tho n=rule 10]] đồng.

Tết Ất Tỵ 2025, LĐLĐ tỉnh Đồng Tháp và LĐLĐ tỉnh Tiền Giang (trước hợp nhất) đã chăm lo cho [[108.900|ben a y2025 n=sum reported by the new federation for the new province -> Đồng Tháp; rule 10]] lượt đoàn viên, người lao động.

QUỐC TRUNG

Tin cùng chuyên mục
Trao 35 Mái ấm Công đoàn cho đoàn viên khó khăn
Công đoàn xã Cái Bè tổ chức Tết sum vầy cho 200 công nhân

Lượt xem: 2.041
"""))

ARTS.append(('ar07', 'https://baoquangbinh.vn/xa-hoi/202506/ldld-tinh-gioi-thieu-186-doan-vien-uu-tu-cho-dang-2241905',
             '2025-06-20', 'Quảng Bình', """LĐLĐ tỉnh giới thiệu [[186|pr a h1-2025 n=headline repeat; rule 1]] đoàn viên ưu tú cho Đảng

  • 09:15, 20/06/2025
  • icon gmail
  • icon facebook
  • icon youtube

(QBĐT) - Ngày 20-6, Liên đoàn Lao động (LĐLĐ) tỉnh tổ chức hội nghị sơ kết công tác công đoàn 6 tháng đầu năm 2025, cũng là hội nghị cuối cùng của LĐLĐ tỉnh Quảng Bình trước khi hợp nhất với LĐLĐ tỉnh Quảng Trị.

6 tháng đầu năm, các cấp công đoàn đã giới thiệu [[186|pr a h1-2025 n=pre-merger: region Quảng Bình, region_2025 Quảng Trị; rule 10]] đoàn viên ưu tú cho Đảng xem xét, bồi dưỡng, trong đó [[97|pa a h1-2025]] đồng chí đã được kết nạp Đảng. Chỉ tiêu cả năm 2025 là giới thiệu [[350|pr t y2025]] đoàn viên ưu tú, đến nay đã đạt [[53,1%|pr p h1-2025 n=part-way attainment takes the half year; rule 4]].

Đồng chí Phạm Thị Hân, Chủ tịch LĐLĐ tỉnh phát biểu tại hội nghị.
Đồng chí Phạm Thị Hân, Chủ tịch LĐLĐ tỉnh phát biểu tại hội nghị.

Cũng trong 6 tháng, LĐLĐ tỉnh hỗ trợ xây mới, sửa chữa [[23|sh a h1-2025]] nhà Mái ấm Công đoàn với tổng số tiền [[1,15 tỷ|shf a h1-2025]] đồng, mức hỗ trợ 60 triệu đồng/nhà xây mới và 30 triệu đồng/nhà sửa chữa. Các cấp công đoàn thành lập mới [[9|wc a h1-2025]] Ban nữ công quần chúng tại doanh nghiệp.

Từ đầu năm 2023 đến nay, LĐLĐ tỉnh đã hỗ trợ xây mới, sửa chữa [[214|sh a 2023-01-01..2025-06-20 n=từ đầu năm 2023 đến nay -> 2023-01-01 .. publication; records.md]] nhà Mái ấm Công đoàn với tổng kinh phí hơn [[10,7 tỷ|shf a 2023-01-01..2025-06-20 b=o]] đồng.

Hội nghị đã thống nhất bàn giao toàn bộ hồ sơ, tài chính, tài sản để LĐLĐ tỉnh Quảng Trị (mới) đi vào hoạt động từ ngày 1-7-2025. Dịp này, 18 tập thể, 25 cá nhân được LĐLĐ tỉnh tặng bằng khen.

Hoài Nam

Số lần đọc: 1.390
"""))

ARTS.append(('ar08', 'https://baolamdong.vn/xa-hoi/202512/cong-doan-lam-dong-tu-van-phap-luat-cho-3870-luot-nguoi-lao-dong-b81d4c2/',
             '2025-12-29', 'Lâm Đồng', """Công đoàn Lâm Đồng tư vấn pháp luật cho [[3.870|lc a y2025 n=headline repeat; rule 1]] lượt người lao động

D.Q 06:47, 29/12/2025

Năm 2025, công tác đại diện, bảo vệ quyền lợi của đoàn viên, người lao động tiếp tục được các cấp công đoàn tỉnh Lâm Đồng chú trọng, dù tổ chức công đoàn vừa hợp nhất LĐLĐ ba tỉnh Lâm Đồng, Bình Thuận và Đắk Nông.

Theo số liệu tổng hợp của Liên đoàn Lao động (LĐLĐ) tỉnh, gồm cả kết quả của ba tỉnh trước hợp nhất, năm 2025 các cấp công đoàn trong tỉnh đã tổ chức [[1.126|tr a y2025 n=sum of the three old provinces reported by the new federation -> Lâm Đồng; rule 10]] hội nghị, lớp tập huấn, tuyên truyền pháp luật cho [[96.540|te a y2025]] lượt đoàn viên, người lao động; tư vấn pháp luật cho [[3.870|lc a y2025]] lượt người; tổ chức, tham gia [[412|sv a y2025]] cuộc kiểm tra, giám sát; kiểm tra tài chính tại [[168|fi a y2025 n=kiểm tra tài chính tại 168 CĐCS read as 168 financial inspections]] công đoàn cơ sở.

Trong đó, 6 tháng đầu năm, LĐLĐ tỉnh Bình Thuận (cũ) tổ chức [[214|tr a h1-2025 r=Bình Thuận n=old federation before the merger -> Bình Thuận; rule 10]] hội nghị tập huấn, tuyên truyền; LĐLĐ tỉnh Đắk Nông (cũ) tư vấn pháp luật cho [[640|lc a h1-2025 r=Đắk Nông n=rule 10]] lượt người lao động.

Từ ngày 1/7, khi 124 xã, phường, đặc khu đi vào hoạt động, các công đoàn xã, phường đã trở thành đầu mối trực tiếp tiếp nhận, giải quyết kiến nghị của người lao động. Đường dây nóng của LĐLĐ tỉnh (0263.3822.516) tiếp nhận 215 cuộc gọi phản ánh.

Năm 2026, LĐLĐ tỉnh phấn đấu tư vấn pháp luật cho ít nhất [[4.000|lc t y2026 b=o]] lượt người; kiểm tra tài chính [[200|fi t y2026]] công đoàn cơ sở; tổ chức, tham gia ít nhất [[450|sv t y2026 b=o]] cuộc kiểm tra, giám sát.

D.Q
"""))

ARTS.append(('ar09', 'https://congdoanvietnam.vn/thang-cong-nhan/phu-tho-du-kien-2350-cong-doan-co-so-to-chuc-thang-cong-nhan-2026-31877.tld',
             '2026-04-22', 'Phú Thọ', """Phú Thọ: Dự kiến [[2.350|wmu t mo2026-05 n=headline repeat; Tháng Công nhân 2026 -> May 2026; rule 8]] công đoàn cơ sở tổ chức Tháng Công nhân 2026
Phú Thọ - Đây là năm đầu tiên LĐLĐ tỉnh Phú Thọ (mới) tổ chức Tháng Công nhân trên phạm vi toàn tỉnh sau khi hợp nhất ba tỉnh Phú Thọ, Vĩnh Phúc, Hòa Bình.
Ngày 22.4, Liên đoàn Lao động (LĐLĐ) tỉnh Phú Thọ ban hành kế hoạch tổ chức Tháng Công nhân, Tháng hành động về an toàn, vệ sinh lao động năm 2026 với chủ đề "Công nhân làm chủ công nghệ - Vững bước kỷ nguyên mới".

Theo kế hoạch, dự kiến có [[2.350|wmu t mo2026-05 n=dự kiến, kế hoạch -> target; rule 4]] CĐCS tổ chức các hoạt động Tháng Công nhân; các cấp công đoàn thăm hỏi, tặng quà cho [[15.000|ben t mo2026-05]] đoàn viên, người lao động với kinh phí khoảng [[9 tỷ|sf t mo2026-05 b=a]] đồng; phối hợp tổ chức đối thoại tại ít nhất [[300|wd t mo2026-05 b=o n=ít nhất -> over; rule 5]] doanh nghiệp.

Tháng Công nhân năm 2025, theo số liệu tổng hợp từ ba tỉnh trước hợp nhất, có [[2.184|wmu a mo2025-05 n=sum of the three old provinces reported by the new federation -> Phú Thọ; rule 10]] CĐCS tổ chức các hoạt động, chăm lo cho [[13.620|ben a mo2025-05]] đoàn viên, người lao động với tổng kinh phí [[8,4 tỷ|sf a mo2025-05]] đồng. Trong đó, khu vực Vĩnh Phúc (cũ) có [[786|wmu a mo2025-05 r=Vĩnh Phúc n=khu vực X (cũ) -> old province; rule 10]] CĐCS, khu vực Hòa Bình (cũ) có [[412|wmu a mo2025-05 r=Hòa Bình n=rule 10, as dev y15]] CĐCS tham gia.

LĐLĐ tỉnh cũng đề nghị mỗi công đoàn xã, phường chọn ít nhất 1 doanh nghiệp để tổ chức điểm "Bữa cơm công đoàn", mức tối thiểu 30.000 đồng/suất.

Tin liên quan
Phú Thọ: 500 công nhân khu vực Vĩnh Phúc được khám sức khỏe miễn phí
Công đoàn phường Hòa Bình trao 30 suất quà cho đoàn viên bị tai nạn lao động
"""))

ARTS.append(('ar10', 'https://baolamdong.vn/xa-hoi/202510/cong-doan-phuong-phan-thiet-ban-giao-2-nha-mai-am-cong-doan-8b21f07/',
             '2025-10-08', 'Bình Thuận', """Cập nhật lúc 10:05, Thứ Tư, 08/10/2025 (GMT+7)

Công đoàn phường Phan Thiết bàn giao nhà Mái ấm Công đoàn

Sáng 8/10, Công đoàn phường Phan Thiết phối hợp với Liên đoàn Lao động (LĐLĐ) tỉnh Lâm Đồng tổ chức lễ bàn giao nhà Mái ấm Công đoàn cho đoàn viên có hoàn cảnh khó khăn về nhà ở.

[[Hai|sh a pub v=2 s=Công đoàn phường Phan Thiết n=number word; ward in old Bình Thuận -> Bình Thuận (rule 10); no period phrase before it -> publication date (records.md)]] căn nhà được bàn giao là của chị Nguyễn Thị Thanh, công nhân Công ty CP Chế biến hải sản Phan Thiết và anh Lê Văn Tài, nhân viên Trường THCS Phú Thủy. Mỗi căn được hỗ trợ 60 triệu đồng từ Quỹ Xã hội công đoàn tỉnh, tổng kinh phí hỗ trợ [[120 triệu|shf a pub s=Công đoàn phường Phan Thiết n=total for the two houses; the 60 triệu per house is not a record (rule 11)]] đồng.

Lãnh đạo Công đoàn phường Phan Thiết trao quyết định hỗ trợ nhà Mái ấm Công đoàn cho đoàn viên.

Từ ngày 1/7 đến nay, Công đoàn phường Phan Thiết đã đề nghị hỗ trợ xây mới [[4|sh a 2025-07-01..2025-10-08 s=Công đoàn phường Phan Thiết]] nhà Mái ấm Công đoàn. Trước đó, 6 tháng đầu năm 2025, LĐLĐ tỉnh Bình Thuận (cũ) đã hỗ trợ xây mới, sửa chữa [[37|sh a h1-2025 n=old federation before the merger; rule 10]] nhà Mái ấm với kinh phí [[1,86 tỷ|shf a h1-2025]] đồng.

Năm 2025, LĐLĐ tỉnh Lâm Đồng đặt mục tiêu hỗ trợ xây mới, sửa chữa [[120|sh t y2025 r=Lâm Đồng n=new province's federation -> Lâm Đồng; rule 10]] nhà Mái ấm Công đoàn cho đoàn viên trên địa bàn toàn tỉnh.

Thanh Hà
"""))
