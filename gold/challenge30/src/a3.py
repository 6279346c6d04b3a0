"""aj11-aj15."""

AJ11 = """Ủy ban Kiểm tra LĐLĐ tỉnh vượt kế hoạch kiểm tra tài chính năm 2017

  • 08:35, 28/12/2017
  • icon gmail
  • icon facebook
  • icon youtube

(QBĐT) - Năm 2017, Ủy ban Kiểm tra (UBKT) các cấp công đoàn tỉnh Quảng Bình đã kiểm tra tài chính [[58|fi a y2017]] cuộc, vượt kế hoạch đề ra.

Theo báo cáo của UBKT Liên đoàn Lao động (LĐLĐ) tỉnh, kết quả thực hiện nhiệm vụ kiểm tra, giám sát năm 2017 như sau:

| Nội dung | Kế hoạch | Thực hiện | Ghi chú |
| Kiểm tra tài chính công đoàn cơ sở | [[45|fi t y2017 s=công đoàn cơ sở n=rule 6: the row's level of union is the scope]] | [[52|fi a y2017 s=công đoàn cơ sở]] | vượt KH |
| Kiểm tra tài chính công đoàn cấp trên cơ sở | [[6|fi t y2017 s=công đoàn cấp trên cơ sở]] | [[6|fi a y2017 s=công đoàn cấp trên cơ sở]] | |
| Giám sát việc chấp hành Điều lệ Công đoàn | [[20|sv t y2017]] | [[23|sv a y2017]] | |
| Kiểm tra khi có dấu hiệu vi phạm | | [[2|sv a y2017 n=indicator: an inspection on signs of violation (not of finances) is a supervisions record; empty plan cell gives no target]] | |
| Giải quyết đơn thư khiếu nại, tố cáo | | 3 | |

Qua kiểm tra, UBKT đã chỉ ra 11 đơn vị chưa thu đủ kinh phí công đoàn, kiến nghị thu hồi, nộp cấp trên 86,5 triệu đồng. Năm 2018, UBKT các cấp phấn đấu kiểm tra tài chính ít nhất [[60|fi t y2018 b=o]] cuộc, tập trung vào CĐCS khu vực doanh nghiệp.

Phan Phương
"""

AJ12 = """Công tác tập huấn, tuyên truyền pháp luật năm 2016

Đăng bởi: Ban Tuyên giáo - Nữ công | Lượt xem: 764

Năm 2016, Liên đoàn Lao động (LĐLĐ) tỉnh Sóc Trăng đã chủ động phối hợp với các sở, ngành mở các lớp tập huấn cho cán bộ công đoàn cơ sở và đoàn viên. Số lớp và số học viên theo từng nội dung:

Nội dung tập huấn\tSố lớp\tSố lượt học viên
Nghiệp vụ công tác công đoàn\t[[4|tr a y2016 s=Nghiệp vụ công tác công đoàn n=rule 6: a topic row is a breakdown with the topic as scope; undated page, period from 'Năm 2016']]\t[[368|te a y2016 s=Nghiệp vụ công tác công đoàn]]
Tài chính công đoàn\t[[2|tr a y2016 s=Tài chính công đoàn]]\t[[145|te a y2016 s=Tài chính công đoàn]]
Pháp luật lao động, Bộ luật Lao động 2012\t[[3|tr a y2016 s=Pháp luật lao động, Bộ luật Lao động 2012]]\t[[412|te a y2016 s=Pháp luật lao động, Bộ luật Lao động 2012]]
Cộng\t[[9|tr a y2016]]\t[[925|te a y2016]]

Ngoài ra, các cấp công đoàn phối hợp tuyên truyền, phổ biến pháp luật cho gần [[12.400|te a y2016 b=u]] lượt đoàn viên, người lao động; Văn phòng tư vấn pháp luật LĐLĐ tỉnh đã tư vấn cho [[1.130|lc a y2016]] lượt người lao động, hướng dẫn khởi kiện 4 vụ tranh chấp.

Năm 2017, LĐLĐ tỉnh phấn đấu mở ít nhất [[10|tr t y2017 b=o]] lớp tập huấn, trong đó ưu tiên cán bộ công đoàn mới được bầu sau đại hội nhiệm kỳ 2017-2022.

Ban Tuyên giáo - Nữ công

Liên hệ: 0299.3822.458
"""

AJ13 = """Cần Thơ: Hơn [[50.000|rec a 2022-01-01..2022-09-08 b=o v=50000 n=rule 1: headline rounding of 50.740]] đoàn viên được cập nhật lên phần mềm quản lý

Thứ Năm, 08/09/2022, 10:12 (GMT+7)

Từ đầu năm 2022 đến nay, các cấp công đoàn thành phố Cần Thơ đã nhập thông tin [[50.740|rec a 2022-01-01..2022-09-08]] đoàn viên lên phần mềm quản lý đoàn viên, đạt [[84,6%|rec p 2022-01-01..2022-09-08 n=rule 4: attainment of the year plan, dated like the actual it measures]] kế hoạch năm 2022 ([[60.000|rec t y2022]] đoàn viên).

Hiện thành phố có [[71.215|mt a pub]] đoàn viên công đoàn; số đã cập nhật chiếm 71,2% tổng số đoàn viên. Tính đến ngày 31/8/2022, kết quả của các đơn vị như sau:

- LĐLĐ quận Ninh Kiều: [[8.412|rec a 2022-01-01..2022-09-08 s=LĐLĐ quận Ninh Kiều n=rule 8: 'Tính đến ngày 31/8/2022' is a date, the list takes the earlier 'Từ đầu năm 2022 đến nay']] đoàn viên;
- LĐLĐ quận Bình Thủy: [[3.105|rec a 2022-01-01..2022-09-08 s=LĐLĐ quận Bình Thủy]] đoàn viên;
- LĐLĐ quận Cái Răng: [[2.960|rec a 2022-01-01..2022-09-08 s=LĐLĐ quận Cái Răng]] đoàn viên;
- Công đoàn các KCN và chế xuất: [[21.734|rec a 2022-01-01..2022-09-08 s=Công đoàn các KCN và chế xuất]] đoàn viên;
- Các đơn vị còn lại: [[14.529|rec a 2022-01-01..2022-09-08 s=Các đơn vị còn lại]] đoàn viên.

Cũng trong thời gian này, LĐLĐ thành phố đã cấp [[12.300|rec a 2022-01-01..2022-09-08 n=indicator: cards issued count as member_records]] thẻ đoàn viên công đoàn điện tử.

Bà Nguyễn Thị Thu, Trưởng Ban Tổ chức LĐLĐ thành phố, cho biết đơn vị phấn đấu hoàn thành việc nhập liệu trước ngày 15/12/2022.

Thanh Lan

Tin cùng chuyên mục
- Công đoàn Viên chức thành phố trao 30 suất học bổng
- 160 công nhân được khám sàng lọc ung thư miễn phí
"""

AJ14 = """Phúc lợi đoàn viên: Ký kết [[12|wp a y2023 n=rule 1: headline repeat of the 2023 figure]] thỏa thuận hợp tác mới

Năm 2023, Liên đoàn Lao động (LĐLĐ) tỉnh Bình Định ký kết [[12|wp a y2023]] thỏa thuận hợp tác thực hiện Chương trình "Phúc lợi đoàn viên công đoàn", nâng tổng số đơn vị đối tác lên [[38|wp a null n=stock of partners with 'nâng tổng số ... lên' on an undated page -> null period (rule 7, as challenge21 l07/l25)]].

Các đối tác mới và mức ưu đãi cụ thể như sau:
1. Siêu thị Co.opmart Quy Nhơn: giảm 5% giá trị hóa đơn từ 300.000 đồng trở lên;
2. Nha khoa Sài Gòn - Quy Nhơn: giảm 20% chi phí điều trị;
3. Bệnh viện Đa khoa Hòa Bình: giảm 10% viện phí dịch vụ;
4. Trung tâm Anh ngữ ILA Quy Nhơn: giảm 15% học phí cho con đoàn viên;
5. Nhà hàng Hải sản Ghềnh Ráng: giảm 10%;
6. Các đối tác còn lại (7 đơn vị) ưu đãi từ 5% đến 12%.

Thông qua chương trình, các đối tác đã tài trợ [[500|ben a y2023 n=rule 9: gift packages from partners count as beneficiaries; the per-gift value is not a record]] suất quà cho đoàn viên có hoàn cảnh khó khăn, mỗi suất trị giá 300.000 đồng; dịp Tết, LĐLĐ tỉnh phối hợp với Co.opmart tổ chức "Phiên chợ Công đoàn", phát 1.200 phiếu mua hàng 0 đồng cho công nhân.

Ông Võ Văn Bảo, Phó Chủ tịch LĐLĐ tỉnh cho biết, các ưu đãi được áp dụng khi đoàn viên xuất trình thẻ đoàn viên công đoàn. Năm 2024, LĐLĐ tỉnh phấn đấu ký kết thêm ít nhất [[8|wp t y2024 b=o]] thỏa thuận hợp tác, mở rộng sang lĩnh vực du lịch, giáo dục.

Minh Châu

Tin liên quan:
- Quy Nhơn: 1.500 suất quà cho công nhân nhân Tháng Công nhân
"""

S15 = "s=LĐLĐ huyện Đắk R'lấp"
AJ15 = """Đại hội Công đoàn huyện Đắk R'lấp lần thứ VII, nhiệm kỳ 2023-2028

Thứ Tư, 14/06/2023, 17:25

Ngày 13/6, Liên đoàn Lao động (LĐLĐ) huyện Đắk R'lấp tổ chức Đại hội Công đoàn huyện lần thứ VII, nhiệm kỳ 2023-2028 với sự tham dự của 150 đại biểu chính thức.

Báo cáo tại đại hội cho biết, nhiệm kỳ 2018-2023, các chỉ tiêu chủ yếu của nghị quyết đều đạt và vượt:

| TT | Chỉ tiêu | Nghị quyết đề ra | Kết quả thực hiện | Tỷ lệ (%) |
| 1 | Phát triển đoàn viên mới | [[1.500|mn t t2018-2023 """ + S15 + """ n=records.md: nhiệm kỳ 2018-2023 -> 2018-01-01..2023-12-31; district body with scope]] | [[1.872|mn a t2018-2023 """ + S15 + """]] | [[124,8|mn p t2018-2023 pc=1 """ + S15 + """]] |
| 2 | Thành lập CĐCS | [[12|un t t2018-2023 """ + S15 + """]] | [[15|un a t2018-2023 """ + S15 + """]] | [[125,0|un p t2018-2023 pc=1 """ + S15 + """]] |
| 3 | Giới thiệu đoàn viên ưu tú cho Đảng | [[250|pr t t2018-2023 """ + S15 + """]] | [[318|pr a t2018-2023 """ + S15 + """]] | [[127,2|pr p t2018-2023 pc=1 """ + S15 + """]] |
| 4 | Xây dựng nhà Mái ấm Công đoàn | [[20|sh t t2018-2023 """ + S15 + """]] | [[23|sh a t2018-2023 """ + S15 + """]] | [[115,0|sh p t2018-2023 pc=1 """ + S15 + """]] |

Hiện Công đoàn huyện có [[97|ut a pub """ + S15 + """]] CĐCS với [[4.215|mt a pub """ + S15 + """]] đoàn viên.

Chỉ tiêu nhiệm kỳ 2023-2028:
- Phát triển mới [[2.000|mn t t2023-2028 """ + S15 + """ n=rule 8: items under 'Chỉ tiêu nhiệm kỳ 2023-2028' take the term]] đoàn viên;
- Thành lập mới [[15|un t t2023-2028 b=o """ + S15 + """]] CĐCS trở lên;
- Giới thiệu [[300|pr t t2023-2028 """ + S15 + """]] đoàn viên ưu tú cho Đảng xem xét kết nạp.

Đại hội đã bầu Ban Chấp hành khóa VII gồm 15 đồng chí, bầu 8 đại biểu đi dự Đại hội Công đoàn tỉnh Đắk Nông lần thứ IV.

Hoàng Anh
"""

ARTS = [
    ('aj11', 'https://www.baoquangbinh.vn/xa-hoi/201712/uy-ban-kiem-tra-ldld-tinh-vuot-ke-hoach-kiem-tra-tai-chinh-2154321/', '2017-12-28', 'Quảng Bình', AJ11),
    ('aj12', 'https://ldld.soctrang.gov.vn/tin-tuc/cong-tac-tap-huan-tuyen-truyen-phap-luat-nam-2016-1184', None, 'Sóc Trăng', AJ12),
    ('aj13', 'https://baocantho.com.vn/can-tho-hon-50-000-doan-vien-duoc-cap-nhat-len-phan-mem-quan-ly-a151234.html', '2022-09-08', 'Cần Thơ', AJ13),
    ('aj14', 'https://congdoanbinhdinh.org.vn/tin-tuc/phuc-loi-doan-vien-ky-ket-12-thoa-thuan-hop-tac-moi-1032.html', None, 'Bình Định', AJ14),
    ('aj15', 'https://baodaknong.vn/dai-hoi-cong-doan-huyen-dak-rlap-lan-thu-vii-nhiem-ky-2023-2028-178211.html', '2023-06-14', 'Đắk Nông', AJ15),
]
