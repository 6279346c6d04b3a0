"""challenge61 articles cn16-cn20.  cn16 carries scraping damage: one paragraph in decomposed Unicode (NFD)
with zero-width spaces between some words, and an O for a 0 inside a number."""
import unicodedata

N7 = 'n=rule 7: agreements in force are the stock of their signings, dated at publication'
ZW = '\u200b'

CN16_P3 = unicodedata.normalize('NFD', (
    "Các cấp công đoàn đã thăm hỏi, tặng quà " + ZW + "[[1.2O4|ben a mo2024-05 v=1204 n=rule 3: scraped O for 0 "
    "read as 1204]] đoàn viên, công nhân lao động có hoàn cảnh khó khăn, bị tai nạn lao động," + ZW + " mỗi suất "
    "từ 500.000 đồng đến 1 triệu đồng, tổng kinh phí " + ZW + "[[1,8 tỷ|sf a mo2024-05 v=1800000000]] đồng."))

ARTS = [
('cn16', 'https://baohaiphong.com.vn/thang-cong-nhan-2024-73-doanh-nghiep-nang-gia-tri-bua-an-ca-446918.html', '2024-05-29', 'Hải Phòng', """Tháng Công nhân 2024: [[73|meal a mo2024-05 n=rule 1: headline repeat takes the body's period]] doanh nghiệp nâng giá trị bữa ăn ca

Thứ Tư, 29/05/2024 06:30

(BHP) - Trong Tháng Công nhân năm 2024, LĐLĐ thành phố Hải Phòng và các cấp công đoàn đã tổ chức Tháng Công nhân ở [[1.186|wmu a mo2024-05]] công đoàn cơ sở, tập trung vào các hoạt động chăm lo, bảo vệ quyền lợi người lao động.

Các CĐCS phối hợp với người sử dụng lao động tổ chức đối thoại chuyên đề tại [[412|wd a mo2024-05]] doanh nghiệp; qua đối thoại, [[73|meal a mo2024-05]] doanh nghiệp đồng ý nâng giá trị bữa ăn ca, mức thấp nhất 20.000 đồng, bình quân 25.000 đồng/suất.

""" + CN16_P3 + """

Văn phòng tư vấn pháp luật LĐLĐ thành phố tư vấn cho [[640|lc a mo2024-05]] lượt đoàn viên, người lao động; LĐLĐ thành phố ký thỏa thuận hợp tác "Phúc lợi đoàn viên" với [[5|wp a mo2024-05]] doanh nghiệp, đơn vị.

Năm 2024, LĐLĐ thành phố đặt chỉ tiêu vận động [[300|meal t y2024]] doanh nghiệp nâng giá trị bữa ăn ca. Mức lương tối thiểu vùng I hiện là 4.680.000 đồng/tháng và dự kiến tăng 6% từ ngày 1/7/2024. Theo Sở Lao động - Thương binh và Xã hội, 4 tháng đầu năm 2024, trên địa bàn thành phố xảy ra 11 vụ tai nạn lao động làm 12 người chết.

Thu Hà

Lượt đọc: 2.315
"""),

('cn17', 'https://baobinhduong.vn/doi-thoai-dinh-ky-van-con-hinh-thuc-a86412.html', '2013-12-17', 'Bình Dương', """Thực hiện Nghị định 60/2013/NĐ-CP: Đối thoại định kỳ vẫn còn hình thức

Cập nhật: 17-12-2013 | 08:42:10

Năm 2013, trên địa bàn tỉnh Bình Dương có [[1.032|wkc a y2013]] doanh nghiệp tổ chức hội nghị người lao động, [[386|wd a y2013]] doanh nghiệp tổ chức đối thoại định kỳ theo Nghị định 60/2013/NĐ-CP có hiệu lực từ ngày 10/8/2013. Theo LĐLĐ tỉnh, nhiều cuộc đối thoại chỉ diễn ra trong 1 - 2 giờ, người lao động ít được phát biểu, biên bản đối thoại không được niêm yết công khai.

Các công đoàn cơ sở đã ký mới [[215|ca a y2013]] bản thỏa ước lao động tập thể, nâng tổng số thỏa ước còn hiệu lực lên [[1.460|ca a pub """ + N7 + """]] bản, chiếm 52% số doanh nghiệp có CĐCS. Trong năm, toàn tỉnh xảy ra 86 cuộc ngừng việc tập thể với hơn 42.000 lượt công nhân tham gia, phần lớn đòi tăng lương, cải thiện bữa ăn ca.

Mức lương tối thiểu vùng I áp dụng từ ngày 1/1/2013 là 2.350.000 đồng/tháng, trong khi bữa ăn ca bình quân tại các doanh nghiệp chỉ khoảng 12.000 đồng/suất. Nhiều bản thỏa ước chỉ chép lại quy định của pháp luật, chưa có điều khoản có lợi hơn cho người lao động.

Để triển khai Nghị định 60, LĐLĐ tỉnh đã mở [[14|tr a y2013]] lớp tập huấn cho [[1.850|te a y2013]] cán bộ công đoàn cơ sở và cán bộ nhân sự doanh nghiệp; tham gia [[96|sv a y2013]] cuộc kiểm tra, giám sát việc thực hiện chế độ chính sách, qua đó phát hiện 312 vi phạm. Văn phòng tư vấn pháp luật Công đoàn tỉnh tư vấn cho khoảng [[4.200|lc a y2013 b=a]] lượt người lao động.

Năm 2014, LĐLĐ tỉnh phấn đấu 80% doanh nghiệp có CĐCS tổ chức đối thoại định kỳ thực chất, mỗi doanh nghiệp ít nhất 2 lần/năm.

Phương Lê
"""),

('cn18', 'https://baokhanhhoa.vn/xa-hoi/202603/cong-doan-phuong-phan-rang-hon-2100-doan-vien-duoc-cap-the-dien-tu-a81d27e/', '2026-03-18', 'Ninh Thuận', """Công đoàn phường Phan Rang: Hơn [[2.100|rec a 2026-01-01..2026-03-18 b=o s=Công đoàn phường Phan Rang n=rule 1: rounded headline repeat of 2.137 takes its region, period and scope]] đoàn viên được cấp thẻ điện tử

Thứ Tư, 18/03/2026 - 14:05

(BKHO) - Từ đầu năm 2026 đến nay, Công đoàn phường Phan Rang (tỉnh Khánh Hòa) đã cập nhật dữ liệu [[2.846|rec a 2026-01-01..2026-03-18 s=Công đoàn phường Phan Rang n=rule 10: a ward union after the merger reports for the old province its ward lies in (Ninh Thuận)]] đoàn viên lên phần mềm quản lý, xác thực và cấp thẻ đoàn viên điện tử cho [[2.137|rec a 2026-01-01..2026-03-18 s=Công đoàn phường Phan Rang]] đoàn viên.

Công đoàn phường Phan Rang được thành lập sau khi sắp xếp đơn vị hành chính, trên cơ sở hợp nhất công đoàn của 6 phường thuộc TP Phan Rang - Tháp Chàm (cũ). Hiện Công đoàn phường quản lý [[64|ut a pub s=Công đoàn phường Phan Rang]] CĐCS với [[3.120|mt a pub s=Công đoàn phường Phan Rang]] đoàn viên, chủ yếu là giáo viên, nhân viên y tế và người lao động trong các doanh nghiệp nhỏ.

Từ đầu năm, Công đoàn phường đã kết nạp [[146|mn a 2026-01-01..2026-03-18 s=Công đoàn phường Phan Rang]] đoàn viên; ký thỏa thuận hợp tác "Phúc lợi đoàn viên" với [[4|wp a 2026-01-01..2026-03-18 s=Công đoàn phường Phan Rang]] siêu thị, nhà thuốc, cửa hàng trên địa bàn, đoàn viên được giảm giá 5 - 10% khi mua hàng.

Theo LĐLĐ tỉnh Khánh Hòa, từ đầu năm đến nay toàn tỉnh đã cấp [[31.450|rec a 2026-01-01..2026-03-18 r=Khánh Hòa n=rule 10: the new province's federation reports under its kept name]] thẻ đoàn viên điện tử.

Năm 2026, Công đoàn phường phấn đấu thành lập mới [[5|un t y2026 s=Công đoàn phường Phan Rang]] CĐCS, kết nạp [[300|mn t y2026 s=Công đoàn phường Phan Rang]] đoàn viên và cấp thẻ điện tử cho 100% đoàn viên.

Minh Châu
"""),

('cn19', 'https://congdoangiaoduclamdong.edu.vn/tin-tuc/tong-ket-nam-hoc-2016-2017-612-don-vi-to-chuc-hoi-nghi-vien-chuc', None, 'Lâm Đồng', """Công đoàn ngành Giáo dục Lâm Đồng: [[612/612|oc a sy2016 s=Công đoàn ngành Giáo dục n=rule 1: headline repeat takes the body's period and scope]] đơn vị tổ chức hội nghị viên chức

Năm học 2016-2017, Công đoàn ngành Giáo dục tỉnh Lâm Đồng đã phối hợp với Sở Giáo dục và Đào tạo chỉ đạo [[612/612|oc a sy2016 s=Công đoàn ngành Giáo dục n=rule 3: x/y gives x]] đơn vị trường học tổ chức hội nghị cán bộ, công chức, viên chức đầu năm học đúng quy trình, công khai các khoản thu, chi và kế hoạch thi đua.

UBKT Công đoàn ngành kiểm tra tài chính [[28|fi a sy2016 s=Công đoàn ngành Giáo dục]] CĐCS, phát hiện 3 đơn vị sử dụng kinh phí công đoàn chưa đúng mục đích, kiến nghị hoàn trả 12,5 triệu đồng. Công đoàn ngành tổ chức [[2|tr a sy2016 s=Công đoàn ngành Giáo dục]] lớp tập huấn nghiệp vụ cho [[380|te a sy2016 s=Công đoàn ngành Giáo dục]] cán bộ CĐCS mới được bầu.

Công tác chăm lo cho đoàn viên được quan tâm: Công đoàn ngành hỗ trợ [[46|ben a sy2016 s=Công đoàn ngành Giáo dục]] đoàn viên ốm đau, gặp khó khăn với số tiền [[138 triệu|sf a sy2016 s=Công đoàn ngành Giáo dục]] đồng; xây dựng [[3|sh a sy2016 s=Công đoàn ngành Giáo dục]] nhà "Mái ấm Công đoàn" cho giáo viên ở huyện Lạc Dương, Đam Rông, tổng kinh phí [[150 triệu|shf a sy2016 s=Công đoàn ngành Giáo dục]] đồng, mỗi nhà 50 triệu đồng. Thu nhập của giáo viên mầm non ngoài công lập hiện chỉ khoảng 3 triệu đồng/tháng, nhiều người phải làm thêm.

Hiện ngành có [[624|ut a null s=Công đoàn ngành Giáo dục n=rule 7: a stock in an undated page is null..null]] CĐCS với [[21.350|mt a null s=Công đoàn ngành Giáo dục]] đoàn viên; 97% giáo viên đạt chuẩn trở lên.

Năm học 2017-2018, UBKT Công đoàn ngành xây dựng kế hoạch kiểm tra tài chính [[30|fi t sy2017 s=Công đoàn ngành Giáo dục]] CĐCS.

Số lần đọc: 688
"""),

('cn20', 'https://baosonla.vn/xa-hoi/thang-cong-nhan-nam-2025-to-chuc-o-642-cong-doan-co-so-Ah8sQpNR.html', '2025-05-30', 'Sơn La', """Sơn La: Tháng Công nhân năm 2025 tổ chức ở [[642|wmu a mo2025-05 n=rule 1: headline repeat takes the body's period]] công đoàn cơ sở

Thứ Sáu, 30/05/2025, 16:20

(BSL) - Tháng Công nhân năm 2025, LĐLĐ tỉnh Sơn La chỉ đạo tổ chức Tháng Công nhân ở [[642|wmu a mo2025-05]] công đoàn cơ sở với nhiều hoạt động chăm lo thiết thực cho đoàn viên, người lao động.

Trong tháng, [[38|wd a mo2025-05]] doanh nghiệp tổ chức đối thoại chuyên đề với người lao động về tiền lương, thời giờ làm việc, bữa ăn ca. LĐLĐ tỉnh phối hợp với UBND tỉnh tổ chức hội nghị đối thoại giữa Chủ tịch UBND tỉnh với 150 đại diện công nhân lao động, tiếp nhận 27 ý kiến, kiến nghị. Văn phòng tư vấn pháp luật LĐLĐ tỉnh tư vấn cho [[420|lc a mo2025-05]] lượt đoàn viên, người lao động.

Các cấp công đoàn đã thăm, tặng [[1.350|ben a mo2025-05]] suất quà cho đoàn viên có hoàn cảnh khó khăn, mỗi suất 500.000 đồng, tổng trị giá [[675 triệu|sf a mo2025-05]] đồng. LĐLĐ tỉnh ký thỏa thuận hợp tác "Phúc lợi đoàn viên" với [[6|wp a mo2025-05]] doanh nghiệp, nâng tổng số thỏa thuận còn hiệu lực lên [[24|wp a pub n=rule 7: partner agreements in force are the stock of their signings, dated at publication]]; cấp [[2.480|rec a mo2025-05]] thẻ đoàn viên điện tử.

Phần lớn doanh nghiệp trên địa bàn quy mô nhỏ, trả lương cho lao động phổ thông sát mức lương tối thiểu vùng IV (3.450.000 đồng/tháng); riêng khu vực Mộc Châu áp dụng vùng III (3.860.000 đồng/tháng). Từ đầu năm 2025 đến nay, toàn tỉnh xảy ra 4 vụ tai nạn lao động làm 5 người chết.

Quang Hưng

Tin liên quan
- Sơn La: trao 20 nhà "Mái ấm Công đoàn" cho đoàn viên vùng cao
"""),
]
