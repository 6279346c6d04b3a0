"""challenge49 articles cb11-cb15."""
ARTS = []

ARTS.append(('cb11', 'https://baobariavungtau.com.vn/xa-hoi/202310/ldld-thi-xa-phu-my-mo-rong-phuc-loi-doan-vien-1012476/', '2023-10-12', 'Bà Rịa - Vũng Tàu', """LĐLĐ thị xã Phú Mỹ mở rộng chương trình Phúc lợi đoàn viên

Thứ Năm, 12/10/2023, 14:25 GMT+7

BR-VT - Từ đầu năm 2023 đến nay, LĐLĐ thị xã Phú Mỹ đã ký thỏa thuận hợp tác thực hiện chương trình "Phúc lợi đoàn viên" với [[6|wp a 2023-01-01..2023-10-12 s=LĐLĐ thị xã Phú Mỹ n=từ đầu năm 2023 đến nay -> 1 January to publication (records.md periods)]] doanh nghiệp, nâng tổng số đơn vị liên kết lên [[23|wp a pub s=LĐLĐ thị xã Phú Mỹ n=nâng tổng số ... lên: agreements in force as a stock at publication (rule 7)]].

Các doanh nghiệp tham gia chương trình gồm siêu thị, nhà hàng, phòng khám, trung tâm ngoại ngữ… cam kết giảm giá từ 5% đến 20% khi đoàn viên xuất trình thẻ đoàn viên công đoàn.

Cùng với đó, LĐLĐ thị xã đã hướng dẫn các CĐCS cập nhật thông tin [[9.650|rec a 2023-01-01..2023-10-12 s=LĐLĐ thị xã Phú Mỹ]] đoàn viên lên phần mềm quản lý đoàn viên và cấp [[4.820|rec a 2023-01-01..2023-10-12 s=LĐLĐ thị xã Phú Mỹ n=e-cards issued are a second member_records figure, not a breakdown (as challenge42)]] thẻ đoàn viên công đoàn điện tử. Hiện LĐLĐ thị xã có [[186|ut a pub s=LĐLĐ thị xã Phú Mỹ]] CĐCS với hơn [[21.300|mt a pub b=o s=LĐLĐ thị xã Phú Mỹ]] đoàn viên, phần lớn làm việc tại các KCN Phú Mỹ I, Phú Mỹ II và Cái Mép.

Bà Trần Thị Hạnh, Chủ tịch LĐLĐ thị xã cho biết, đến cuối năm 2023 đơn vị phấn đấu ký thỏa thuận với thêm [[4|wp t y2023 s=LĐLĐ thị xã Phú Mỹ]] doanh nghiệp và hoàn thành cấp thẻ điện tử cho toàn bộ đoàn viên.

Bài, ảnh: Ngọc Lan

Tin cùng chuyên mục
- Công đoàn các KCN tỉnh tặng 300 suất quà cho công nhân
- Huyện Xuyên Mộc: 12 CĐCS tổ chức hội thao
"""))

ARTS.append(('cb12', 'https://baolangson.vn/cong-doan-vien-chuc-tinh-trao-1050-suat-qua-tet-5036127.html', '2024-01-26', 'Lạng Sơn', """Công đoàn Viên chức tỉnh trao [[1.050|ben a y2024 s=Công đoàn Viên chức tỉnh n=headline repeat; Tết Giáp Thìn 2024 -> 2024 (as challenge42)]] suất quà Tết cho đoàn viên

Thứ Sáu, 26/01/2024 10:12

LSO - Chăm lo Tết Giáp Thìn 2024, Công đoàn Viên chức tỉnh Lạng Sơn đã trao [[1.050|ben a y2024 s=Công đoàn Viên chức tỉnh]] suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn tại các CĐCS trực thuộc, với tổng kinh phí [[525 triệu|sf a y2024 s=Công đoàn Viên chức tỉnh]] đồng. Mỗi suất quà trị giá 500.000 đồng, gồm tiền mặt và hiện vật.

Dịp này, Công đoàn Viên chức tỉnh trao kinh phí hỗ trợ xây dựng [[2|sh a y2024 s=Công đoàn Viên chức tỉnh]] nhà "Mái ấm Công đoàn" với tổng số tiền [[100 triệu|shf a y2024 s=Công đoàn Viên chức tỉnh]] đồng cho đoàn viên tại huyện Bình Gia và huyện Cao Lộc.

Ông Hoàng Văn Tú, Chủ tịch Công đoàn Viên chức tỉnh cho biết, hiện đơn vị có [[96|ut a pub s=Công đoàn Viên chức tỉnh]] CĐCS với [[4.380|mt a pub s=Công đoàn Viên chức tỉnh]] đoàn viên. Năm 2023, [[96/96|oc a y2023 s=Công đoàn Viên chức tỉnh n=x/y: the count is the first number (rule 3)]] cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức; Công đoàn Viên chức tỉnh tổ chức [[3|tr a y2023 s=Công đoàn Viên chức tỉnh]] hội nghị tập huấn cho [[410|te a y2023 s=Công đoàn Viên chức tỉnh]] cán bộ công đoàn.

Trao quà Tết cho đoàn viên Công đoàn Viên chức tỉnh Lạng Sơn. Ảnh: Minh Châu

Minh Châu

Lượt xem: 734
"""))

ARTS.append(('cb13', 'https://baoangiang.com.vn/cong-doan-phuong-rach-gia-thanh-lap-5-cong-doan-co-so-a467215.html', '2025-11-20', 'Kiên Giang', """Công đoàn phường Rạch Giá thành lập [[5|un a 2025-07-01..2025-11-20 s=Công đoàn phường Rạch Giá n=headline repeat of the body figure (rule 1)]] công đoàn cơ sở

Thứ Năm, 20/11/2025 - 09:30

(BAG) - Từ ngày 1/7 đến nay, Công đoàn phường Rạch Giá (tỉnh An Giang) đã thành lập [[5|un a 2025-07-01..2025-11-20 s=Công đoàn phường Rạch Giá n=ward union in the old Kiên Giang -> Kiên Giang (rule 10)]] CĐCS, kết nạp [[214|mn a 2025-07-01..2025-11-20 s=Công đoàn phường Rạch Giá]] đoàn viên. Hiện Công đoàn phường có [[64|ut a pub s=Công đoàn phường Rạch Giá]] CĐCS với [[3.120|mt a pub s=Công đoàn phường Rạch Giá]] đoàn viên.

Các CĐCS mới thành lập chủ yếu ở doanh nghiệp chế biến thủy sản và dịch vụ du lịch. Đáng chú ý, Công ty TNHH Hải sản Kiên Hải có hơn 400 lao động, là doanh nghiệp lớn nhất vừa có tổ chức công đoàn.

Theo LĐLĐ tỉnh An Giang, 10 tháng năm 2025, toàn tỉnh kết nạp [[9.480|mn a f10-2025 r=An Giang n=the merged province's federation reports under the kept name (rule 10)]] đoàn viên, thành lập [[63|un a f10-2025 r=An Giang]] CĐCS; trong đó khu vực Kiên Giang (cũ) kết nạp [[4.150|mn a f10-2025 r=Kiên Giang n=khu vực X (cũ) breakdown -> the old province (rule 10)]] đoàn viên, thành lập [[29|un a f10-2025 r=Kiên Giang]] CĐCS.

Từ nay đến cuối năm, Công đoàn phường Rạch Giá phấn đấu thành lập thêm [[2|un t 2025-11-20..2025-12-31 s=Công đoàn phường Rạch Giá n=từ nay đến cuối năm: publication day to year end (judgement, rule 8)]] CĐCS.

Hạnh Châu
"""))

ARTS.append(('cb14', 'http://tamlongvang.laodong.com.vn/cong-doan/tuy-phuoc-giam-96-doan-vien-do-doanh-nghiep-giai-the-541238.bld', None, 'Bình Định', """Tuy Phước: Giảm [[96|ml a y2016 s=LĐLĐ huyện Tuy Phước n=headline repeat of the body figure (rule 1)]] đoàn viên do doanh nghiệp giải thể

LĐLĐ huyện Tuy Phước (Bình Định) cho biết, năm 2016, do một số doanh nghiệp giải thể, ngừng hoạt động nên toàn huyện giảm [[96|ml a y2016 s=LĐLĐ huyện Tuy Phước]] đoàn viên, giải thể [[3|ud a y2016 s=LĐLĐ huyện Tuy Phước]] CĐCS.

Trong năm, LĐLĐ huyện đã thành lập mới [[5|un a y2016 s=LĐLĐ huyện Tuy Phước]] CĐCS, kết nạp [[238|mn a y2016 s=LĐLĐ huyện Tuy Phước]] đoàn viên. Đến nay, toàn huyện có [[97|ut a null s=LĐLĐ huyện Tuy Phước n=stock in an undated page -> null..null (rule 7)]] CĐCS với [[4.215|mt a null s=LĐLĐ huyện Tuy Phước]] đoàn viên.

Công tác phát triển Đảng trong CNVCLĐ tiếp tục được quan tâm, LĐLĐ huyện đã giới thiệu [[11|pr a y2016 s=LĐLĐ huyện Tuy Phước]] đoàn viên ưu tú cho tổ chức Đảng bồi dưỡng, xem xét kết nạp, trong đó đã có [[6|pa a y2016 s=LĐLĐ huyện Tuy Phước]] đồng chí được kết nạp vào Đảng.

Năm 2017, LĐLĐ huyện phấn đấu giới thiệu [[12|pr t y2017 s=LĐLĐ huyện Tuy Phước]] đoàn viên ưu tú cho Đảng.

Đ.Quang

Bình luận (0)
"""))

ARTS.append(('cb15', 'https://baocantho.com.vn/ldld-quan-ninh-kieu-cham-lo-cong-nhan-trong-thang-cong-nhan-a149236.html', '2022-05-31', 'Cần Thơ', """LĐLĐ quận Ninh Kiều chăm lo công nhân trong Tháng Công nhân

Cập nhật: 31-05-2022 06:48:11 | Công đoàn | Lượt xem: 1.102

(CT) - Trong Tháng Công nhân năm 2022, LĐLĐ quận Ninh Kiều đã trao [[600|ben a mo2022-05 s=LĐLĐ quận Ninh Kiều]] suất quà cho công nhân, người lao động có hoàn cảnh khó khăn, tổng trị giá [[300 triệu|sf a mo2022-05 s=LĐLĐ quận Ninh Kiều]] đồng; hỗ trợ xây dựng và sửa chữa [[3|sh a mo2022-05 s=LĐLĐ quận Ninh Kiều]] căn nhà "Mái ấm Công đoàn", mỗi căn 50 triệu đồng.

LĐLĐ quận phối hợp Trung tâm Tư vấn pháp luật Công đoàn thành phố tổ chức tư vấn pháp luật cho [[420|lc a mo2022-05 s=LĐLĐ quận Ninh Kiều]] lượt người lao động tại các CĐCS; tổ chức đối thoại tại [[28|wd a mo2022-05 s=LĐLĐ quận Ninh Kiều]] doanh nghiệp để giải quyết các kiến nghị về tiền lương, thời giờ làm việc.

LĐLĐ quận Ninh Kiều trao [[600|ben a mo2022-05 s=LĐLĐ quận Ninh Kiều n=caption repeat of the body figure (rule 1)]] suất quà cho công nhân trong Tháng Công nhân. Ảnh: K.N

Ngoài ra, 15 CĐCS phối hợp tổ chức giải bóng đá mini thu hút hơn 400 đoàn viên tham gia. Dịp này, LĐLĐ quận tuyên dương 20 công nhân lao động tiêu biểu.

Trong năm 2022, LĐLĐ quận phấn đấu thành lập [[6|un t y2022 s=LĐLĐ quận Ninh Kiều]] CĐCS, kết nạp [[650|mn t y2022 s=LĐLĐ quận Ninh Kiều]] đoàn viên.

KIM NGỌC
"""))
