"""ay16-ay20: Nam Định (inspections, Q1/2025), Ninh Thuận (interview, undated), Tuyên Quang (post-merger, khu vực
Hà Giang (cũ)), phường Long Đức in Vĩnh Long (post-merger ward of old Trà Vinh), Cà Mau (post-merger year 2025)."""

A16 = """Nam Định: Ủy ban Kiểm tra công đoàn kiểm tra tài chính [[42|fi a q1-2025 n=headline repeat of the body figure takes its period (gold README 1)]] công đoàn cơ sở trong quý I
Thứ Tư, 16/04/2025 - 07:30

(BNĐ) - Quý I/2025, Ủy ban Kiểm tra (UBKT) các cấp công đoàn tỉnh Nam Định đã kiểm tra tài chính [[42|fi a q1-2025 n=quý I/2025 -> 2025-01-01 to 2025-03-31 (records.md)]] công đoàn cơ sở, đạt [[35%|fi p q1-2025 n=part-way attainment of the year plan takes the reporting period (gold README 4)]] kế hoạch năm; giám sát [[9|sv a q1-2025]] tổ chức công đoàn về việc thực hiện Điều lệ Công đoàn Việt Nam.

Cũng trong quý, các cấp công đoàn đã phối hợp tổ chức hội nghị người lao động tại [[386|wkc a q1-2025]] doanh nghiệp, hội nghị cán bộ, công chức, viên chức tại [[1.042|oc a q1-2025]] cơ quan, đơn vị; tổ chức đối thoại tại nơi làm việc ở [[118|wd a q1-2025]] doanh nghiệp.

Bà Trần Thị Huyền, Chủ nhiệm UBKT LĐLĐ tỉnh cho biết, năm 2025 UBKT các cấp đề ra kế hoạch kiểm tra tài chính [[120|fi t y2025 n=kế hoạch -> target (gold README 4)]] công đoàn cơ sở. "Qua kiểm tra quý I, chúng tôi đã kiến nghị thu hồi 86 triệu đồng chi sai quy định, chủ yếu ở khoản chi thăm hỏi, tặng quà", bà Huyền nói.

Trước đó, nhân dịp Tết Ất Tỵ 2025, các cấp công đoàn tỉnh đã tặng [[11.300|ben a y2025 n=Tết Ất Tỵ 2025 -> the Tết year (challenge21 rule)]] suất quà cho đoàn viên, người lao động với tổng trị giá [[6,4 tỷ|sf a y2025]] đồng.

Thu Hà
Bình luận (0)
"""

A17 = """Chủ tịch LĐLĐ tỉnh Ninh Thuận: "Lấy đoàn viên làm trung tâm"

Nhân dịp Đại hội Công đoàn tỉnh Ninh Thuận lần thứ XI, nhiệm kỳ 2023 - 2028, phóng viên có cuộc trao đổi với ông Nguyễn Văn Phú, Chủ tịch LĐLĐ tỉnh.

PV: Xin ông cho biết những kết quả nổi bật của công đoàn tỉnh trong nhiệm kỳ 2018 - 2023?

Ông Nguyễn Văn Phú: Nhiệm kỳ qua, dù chịu ảnh hưởng nặng nề của dịch Covid-19, các cấp công đoàn đã kết nạp [[9.860|mn a t2018-2023 n=nhiệm kỳ 2018 - 2023 named in the question; nhiệm kỳ qua -> that term (records.md)]] đoàn viên, thành lập [[86|un a t2018-2023]] công đoàn cơ sở, vượt [[7,5%|un p t2018-2023 v=107.5 n=vượt 7,5% chỉ tiêu -> attainment 107.5 (records.md)]] chỉ tiêu Nghị quyết Đại hội. Các cấp công đoàn tư vấn pháp luật cho trên [[12.000|lc a t2018-2023 b=o]] lượt người lao động; phối hợp tổ chức [[1.260|wd a t2018-2023 n=dialogues held -> workplace_dialogues (indicators.tsv)]] cuộc đối thoại tại nơi làm việc.

Về chăm lo, công đoàn đã hỗ trợ xây mới, sửa chữa [[214|sh a t2018-2023]] Mái ấm Công đoàn với tổng kinh phí [[8,6 tỷ|shf a t2018-2023]] đồng; ký [[42|wp a t2018-2023 n=thỏa thuận hợp tác ... Phúc lợi đoàn viên -> welfare_partners (gold README 9)]] thỏa thuận hợp tác thực hiện Chương trình "Phúc lợi đoàn viên công đoàn" với doanh nghiệp, đơn vị.

PV: Quy mô tổ chức công đoàn của tỉnh hiện nay ra sao, thưa ông?

Ông Nguyễn Văn Phú: Hiện toàn tỉnh có [[689|ut a null n=stock on an undated page -> null..null (records.md)]] công đoàn cơ sở với [[32.450|mt a null n=stock on an undated page -> null..null (records.md)]] đoàn viên, trong đó khu vực doanh nghiệp ngoài nhà nước chiếm gần 40%.

PV: Nhiệm kỳ tới, công đoàn tỉnh đặt ra những mục tiêu gì?

Ông Nguyễn Văn Phú: Đại hội đề ra 12 chỉ tiêu, trong đó phấn đấu kết nạp [[10.000|mn t t2023-2028 n=phấn đấu -> target; nhiệm kỳ tới -> the term 2023 - 2028 named in the lead]] đoàn viên, thành lập [[90|un t t2023-2028]] công đoàn cơ sở. Công đoàn sẽ lấy đoàn viên làm trung tâm, mọi hoạt động đều hướng về cơ sở.

PV: Xin cảm ơn ông!

Thanh Bình (thực hiện)
"""

A18 = """Liên đoàn Lao động tỉnh Tuyên Quang: 9 tháng kết nạp [[3.210|mn a f9-2025 n=headline repeat of the body figure takes its period (gold README 1)]] đoàn viên
Cập nhật: 21/10/2025 - 16:40

(BTQ) - Ngày 20/10, LĐLĐ tỉnh Tuyên Quang tổ chức hội nghị sơ kết hoạt động công đoàn 9 tháng năm 2025 - hội nghị sơ kết đầu tiên sau khi hợp nhất Liên đoàn Lao động hai tỉnh Tuyên Quang và Hà Giang.

9 tháng năm 2025, các cấp công đoàn trong tỉnh kết nạp [[3.210|mn a f9-2025 n=9 tháng năm 2025 -> 2025-01-01 to 2025-09-30 (records.md); the new province's federation reports under its kept name (gold README 10)]] đoàn viên, thành lập [[19|un a f9-2025]] công đoàn cơ sở; trong đó khu vực Hà Giang (cũ) kết nạp [[1.245|mn a f9-2025 r=Hà Giang s=khu vực Hà Giang (cũ) n=part of the old province -> its pre-merger name (gold README 10; challenge21 l23)]] đoàn viên, thành lập [[8|un a f9-2025 r=Hà Giang s=khu vực Hà Giang (cũ)]] công đoàn cơ sở.

Công tác số hóa dữ liệu được đẩy mạnh: đã cập nhật thông tin [[84.630|rec a f9-2025]] đoàn viên lên phần mềm quản lý đoàn viên và cấp [[52.118|rec a f9-2025 n=e-cards given -> member_records (indicators.tsv)]] thẻ đoàn viên công đoàn điện tử. Các cấp công đoàn thành lập [[6|wc a f9-2025]] ban nữ công quần chúng tại doanh nghiệp có đông lao động nữ.

Các đại biểu dự hội nghị sơ kết 9 tháng năm 2025.

Hiện LĐLĐ tỉnh quản lý [[2.412|ut a pub]] công đoàn cơ sở với [[118.560|mt a pub]] đoàn viên.

Ông Lê Văn Thắng, Chủ tịch LĐLĐ tỉnh cho biết: "Từ nay đến cuối năm, các cấp công đoàn phấn đấu kết nạp thêm [[1.500|mn t 2025-10-21..2025-12-31 n=từ nay đến cuối năm -> publication to 31 December; phấn đấu -> target]] đoàn viên, tập trung vào các doanh nghiệp mới đầu tư tại các khu công nghiệp Long Bình An và Sơn Nam".

Tin, ảnh: Minh Hà
"""

A19 = """Công đoàn phường Long Đức: Ký kết "Phúc lợi đoàn viên" với [[7|wp a y2025 r=Trà Vinh s=Công đoàn phường Long Đức n=headline repeat of the body figure takes its region and period (gold README 1)]] đơn vị

Thứ Hai, 29/12/2025 07:50 (GMT+7)

Lao Động - Ngày 28.12, Công đoàn phường Long Đức (tỉnh Vĩnh Long) tổ chức ký kết đợt 2 năm 2025 thỏa thuận hợp tác thực hiện Chương trình "Phúc lợi đoàn viên công đoàn" với [[7|wp a y2025 r=Trà Vinh s=Công đoàn phường Long Đức n=a ward union after the merger reports for the old province its ward lies in (gold README 10: Long Đức is in former Trà Vinh)]] doanh nghiệp, cơ sở kinh doanh trên địa bàn, nâng tổng số thỏa thuận còn hiệu lực lên [[12|wp a pub r=Trà Vinh s=Công đoàn phường Long Đức n=agreements in force are the stock of signings, dated at publication (gold README 7)]].

Theo thỏa thuận, đoàn viên được giảm từ 5% đến 15% khi mua hàng, khám chữa bệnh, sửa chữa xe máy tại các đơn vị ký kết.

Bà Thạch Thị Sa Rươl, Chủ tịch Công đoàn phường Long Đức cho biết, Công đoàn phường hiện quản lý [[46|ut a pub r=Trà Vinh s=Công đoàn phường Long Đức]] công đoàn cơ sở với [[2.130|mt a pub r=Trà Vinh s=Công đoàn phường Long Đức]] đoàn viên. Từ tháng 7/2025 đến nay, Công đoàn phường đã kết nạp mới [[164|mn a 2025-07-01..2025-12-29 r=Trà Vinh s=Công đoàn phường Long Đức n=từ tháng 7/2025 đến nay -> 2025-07-01 to publication (records.md)]] đoàn viên, thành lập [[3|un a 2025-07-01..2025-12-29 r=Trà Vinh s=Công đoàn phường Long Đức]] công đoàn cơ sở.

Dịp Tết Bính Ngọ 2026, Công đoàn phường dự kiến trao [[420|ben t y2026 r=Trà Vinh s=Công đoàn phường Long Đức n=dự kiến -> target (gold README 4); Tết Bính Ngọ 2026 -> the Tết year]] suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn với tổng kinh phí khoảng [[210 triệu|sf t y2026 b=a r=Trà Vinh s=Công đoàn phường Long Đức]] đồng.

Đại diện Công đoàn phường Long Đức và các doanh nghiệp ký kết thỏa thuận.

Theo LĐLĐ tỉnh Vĩnh Long, Tết năm nay toàn tỉnh dự kiến chăm lo cho hơn [[62.000|ben t y2026 b=o n=the merged province's federation -> its kept name Vĩnh Long (gold README 10); Tết năm nay -> the Tết 2026 named before]] đoàn viên, người lao động với kinh phí trên [[38 tỷ|sf t y2026 b=o]] đồng.

NGỌC TRÂM
"""

A20 = """Công đoàn Cà Mau: Năm 2025 ký mới [[64|ca a y2025 n=headline repeat of the body figure takes its period (gold README 1)]] thỏa ước lao động tập thể
Cập nhật lúc 09:12, Thứ Sáu, 16/01/2026 (GMT+7)

(CMO) Ngày 15/1, LĐLĐ tỉnh Cà Mau tổ chức hội nghị tổng kết hoạt động công đoàn năm 2025, triển khai nhiệm vụ năm 2026.

Năm 2025, dù vừa hoạt động vừa kiện toàn tổ chức sau hợp nhất, các cấp công đoàn trong tỉnh đã phối hợp ký mới [[64|ca a y2025 n=the merged province's federation -> Cà Mau (gold README 10)]] bản thỏa ước lao động tập thể, trong đó khu vực Bạc Liêu (cũ) [[27|ca a y2025 r=Bạc Liêu s=khu vực Bạc Liêu (cũ) n=part of the old province -> its pre-merger name (gold README 10)]] bản; vận động [[35|meal a y2025]] doanh nghiệp nâng giá trị bữa ăn ca; tổ chức đối thoại tại nơi làm việc ở [[248|wd a y2025]] doanh nghiệp.

Chương trình "Phúc lợi đoàn viên công đoàn" được mở rộng với [[18|wp a y2025]] thỏa thuận hợp tác ký mới, nâng tổng số thỏa thuận còn hiệu lực lên [[57|wp a pub n=agreements in force are the stock of signings, dated at publication (gold README 7)]].

Trong năm, [[4.812|mn a y2025 n=trong năm -> the year named before (2025)]] đoàn viên được kết nạp, đạt [[120,3%|mn p y2025]] kế hoạch. Các cấp công đoàn đã giới thiệu [[132|pr a y2025]] đoàn viên ưu tú cho Đảng; [[58|pa a y2025]] đoàn viên được kết nạp Đảng.

Lãnh đạo LĐLĐ tỉnh trao bằng khen cho các tập thể xuất sắc năm 2025.

Năm 2026, LĐLĐ tỉnh phấn đấu kết nạp [[5.000|mn t y2026]] đoàn viên, ký mới [[60|ca t y2026]] bản thỏa ước lao động tập thể; 100% công đoàn cơ sở doanh nghiệp từ 25 lao động trở lên tổ chức hội nghị người lao động.

HUỲNH LÂM
"""

ARTS = [
    ('ay16', 'https://baonamdinh.vn/xa-hoi/202504/uy-ban-kiem-tra-cong-doan-kiem-tra-tai-chinh-42-cong-doan-co-so-trong-quy-i-3f1a2b7/', '2025-04-16', 'Nam Định', A16),
    ('ay17', 'https://baoninhthuan.com.vn/news/chu-tich-ldld-tinh-lay-doan-vien-lam-trung-tam-142233.html', None, 'Ninh Thuận', A17),
    ('ay18', 'https://baotuyenquang.com.vn/xa-hoi/lao-dong/9-thang-ket-nap-3210-doan-vien-219874.html', '2025-10-21', 'Tuyên Quang', A18),
    ('ay19', 'https://laodong.vn/cong-doan/cong-doan-phuong-long-duc-ky-ket-phuc-loi-doan-vien-voi-7-don-vi-1621480.ldo', '2025-12-29', 'Vĩnh Long', A19),
    ('ay20', 'https://baocamau.vn/cong-doan-ca-mau-nam-2025-ky-moi-64-thoa-uoc-lao-dong-tap-the-a47210.html', '2026-01-16', 'Cà Mau', A20),
]
