"""bz16-bz20: half year with scraping damage, undated inspection and Workers' Month pages, a year review, undated membership software."""

BZ16 = """6 tháng, kết nạp hơn [[1.500|mn a h1-2024 b=o v=1500 n=rule 1: rounded headline repeat of 1.5 60]] đoàn viên công đoàn

Cập nhật: 09/07/2024 - 15:20

(CMO) 6 tháng đầu năm, các cấp công đoàn tỉnh Cà Mau đã kêt nạp mới [[1.5 60|mn a h1-2024 v=1560 n=rule 3: split number 1.5 60 is 1560; 6 tháng đầu năm without a year takes the publication year]] đoàn viên, đạt [[52%|mn p h1-2024]] chỉ tiêu năm (chỉ tiêu năm 2024 là [[3.000|mn t y2024]] đoàn viên); thành lập [[11|un a h1-2024]] công đoàn cơ sở (CĐCS).

Công đoàn các cấp giới thiệu [[115|pr a h1-2024]] đoàn viên ưu tú cho Đảng xem xét, bồi dưỡng; có [[42|pa a h1-2024 n=typo Kêt nạp kept in the text; party_admitted]] đoàn viên được Kêt nạp vào Đảng.

Đoàn viên Công đoàn Công ty CP Chế biến thủy sản Tắc Vân nhận quyết định kết nạp.

Trong 6 tháng, LĐLĐ tỉnh chủ trì, phối hợp [[14|sv a h1-2024]] cuộc giám sát tại doanh nghiệp; tư vấn pháp luật cho [[620|lc a h1-2024]] lượt người lao động; hỗ trợ [[1.240|ben a h1-2024]] lượt đoàn viên có hoàn cảnh khó khăn với số tiền [[1,35 tỷ|sf a h1-2024]] đồng. Mức hỗ trợ từ 500.000 đồng đến 2 triệu đồng/người.

Thanh Trúc

Lượt xem: 845
"""

BZ17 = """Ủy ban Kiểm tra LĐLĐ tỉnh Quảng Ngãi: Kiểm tra tài chính [[58|fi a y2023 n=rule 1: headline repeat of the body figure]] công đoàn cơ sở trong năm 2023

Năm 2023, Ủy ban Kiểm tra (UBKT) các cấp công đoàn trong tỉnh Quảng Ngãi đã kiểm tra tài chính [[58|fi a y2023]] công đoàn cơ sở (CĐCS), đạt [[116%|fi p y2023]] kế hoạch đề ra là [[50|fi t y2023]] cuộc; trong đó UBKT LĐLĐ tỉnh trực tiếp kiểm tra [[12|fi a y2023 s=UBKT LĐLĐ tỉnh n=rule 6: breakdown]] đơn vị.

UBKT các cấp đã tham gia cùng các cơ quan chức năng [[19|sv a y2023]] cuộc kiểm tra, giám sát việc thực hiện chính sách, pháp luật lao động tại doanh nghiệp. Qua giám sát việc tổ chức hội nghị cán bộ, công chức, viên chức, [[1.265/1.270|oc a y2023 v=1265 n=rule 3: x/y counts the x]] cơ quan, đơn vị đã tổ chức hội nghị đúng quy định. UBKT phát hiện 7 CĐCS chậm trích nộp kinh phí công đoàn, kiến nghị thu hồi 86 triệu đồng.

Năm 2024, UBKT các cấp phấn đấu kiểm tra tài chính [[55|fi t y2024]] CĐCS và chủ trì, phối hợp giám sát [[20|sv t y2024]] cuộc.

Thanh Nhàn - UBKT LĐLĐ tỉnh

Các tin khác
- Sơn Tịnh: 12 CĐCS được biểu dương
"""

BZ18 = """Lạng Sơn: Tháng Công nhân năm 2024 dự kiến trao [[3.000|ben t mo2024-05 n=rule 1: headline repeat of the planned figure]] suất quà cho người lao động

Liên đoàn Lao động (LĐLĐ) tỉnh Lạng Sơn vừa ban hành kế hoạch tổ chức Tháng Công nhân năm 2024 với chủ đề "Đoàn kết công nhân - Triển khai nghị quyết".

Theo kế hoạch, các cấp công đoàn phấn đấu trao [[3.000|ben t mo2024-05 n=rule 8: Tháng Công nhân năm 2024 is May 2024, also for targets]] suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn với kinh phí khoảng [[1,5 tỷ|sf t mo2024-05 b=a]] đồng; ít nhất [[700|wmu t mo2024-05 b=o]] CĐCS tổ chức các hoạt động hưởng ứng; tổ chức đối thoại tại ít nhất [[150|wd t mo2024-05 b=o]] doanh nghiệp, cơ quan, đơn vị.

Hưởng ứng Tháng Công nhân năm 2023, toàn tỉnh có [[682|wmu a mo2023-05]] CĐCS tổ chức các hoạt động; các cấp công đoàn trao [[2.416|ben a mo2023-05]] suất quà với tổng trị giá [[1,2 tỷ|sf a mo2023-05]] đồng, mỗi suất từ 300.000 đến 500.000 đồng; tổ chức [[132|wd a mo2023-05]] cuộc đối thoại tại nơi làm việc.

Lãnh đạo LĐLĐ tỉnh trao quà cho công nhân Công ty CP Xi măng Đồng Bành năm 2023.

Tin liên quan
- Lạng Sơn: Hơn 700 công nhân được khám sức khỏe miễn phí
- Cao Lộc: 15 doanh nghiệp ký thỏa ước lao động tập thể
"""

BZ19 = """LĐLĐ tỉnh Khánh Hòa tổng kết hoạt động công đoàn năm 2024

Cập nhật lúc 16:10, Thứ Sáu, 27/12/2024 (GMT+7)

Chiều 26-12, Liên đoàn Lao động (LĐLĐ) tỉnh Khánh Hòa tổ chức hội nghị tổng kết hoạt động công đoàn năm 2024, triển khai nhiệm vụ năm 2025.

Năm 2024, các cấp công đoàn trong tỉnh kết nạp mới [[5.318|mn a y2024]] đoàn viên; thành lập [[34|un a y2024]] công đoàn cơ sở (CĐCS), vượt [[13%|un p y2024 v=113 n=rule 3: vượt 13% kế hoạch is 113% of it]] kế hoạch (kế hoạch [[30|un t y2024]] CĐCS). Do doanh nghiệp giải thể, ngừng hoạt động, số đoàn viên giảm [[2.914|ml a y2024]] người, giải thể [[12|ud a y2024]] CĐCS. Hiện toàn tỉnh có [[1.842|ut a pub]] CĐCS với [[118.760|mt a pub]] đoàn viên. So với cùng kỳ năm trước, số đoàn viên kết nạp mới tăng 9,2%.

Công đoàn tham gia với người sử dụng lao động tổ chức hội nghị người lao động tại [[392|wkc a y2024]] doanh nghiệp, đối thoại định kỳ tại [[281|wd a y2024]] doanh nghiệp; thương lượng, ký mới [[46|ca a y2024]] bản thỏa ước lao động tập thể, nâng tổng số thỏa ước còn hiệu lực lên [[498|ca a pub n=rule 7: agreements in force are dated at publication]] bản.

Trong Chương trình "Phúc lợi đoàn viên công đoàn", LĐLĐ tỉnh ký [[6|wp a y2024]] thỏa thuận hợp tác với các doanh nghiệp, đơn vị. Các cấp công đoàn hỗ trợ xây mới, sửa chữa [[25|sh a y2024]] nhà "Mái ấm Công đoàn" với tổng kinh phí [[1,25 tỷ|shf a y2024]] đồng; giới thiệu [[412|pr a y2024]] đoàn viên ưu tú cho Đảng, trong đó [[203|pa a y2024]] đoàn viên đã được kết nạp.

Năm 2025, LĐLĐ tỉnh phấn đấu kết nạp [[5.500|mn t y2025]] đoàn viên, thành lập [[30|un t y2025]] CĐCS. Dịp này, 20 tập thể, 31 cá nhân được tặng bằng khen.

Xuân Thành
"""

BZ20 = """Trà Vinh: Hơn [[38.000|rec a y2022 b=o v=38000 n=rule 1: rounded headline repeat of 38.426]] đoàn viên được cập nhật thông tin lên phần mềm quản lý

Năm 2022, Liên đoàn Lao động (LĐLĐ) tỉnh Trà Vinh đã chỉ đạo các cấp công đoàn nhập thông tin của [[38.426|rec a y2022]] đoàn viên lên phần mềm quản lý đoàn viên, đạt [[91,5%|rec p y2022]] kế hoạch năm là [[42.000|rec t y2022]] đoàn viên. Trong đó, Công đoàn các KCN tỉnh nhập thông tin của [[9.870|rec a y2022 s=Công đoàn các KCN n=rule 6: breakdown]] đoàn viên.

Cũng trong năm, các cấp công đoàn đã cấp [[12.300|rec a y2022 n=cards given count as member_records]] thẻ đoàn viên công đoàn cho đoàn viên tại các doanh nghiệp. Toàn tỉnh hiện có [[1.012|ut a null n=rule 7: stock in an undated page is null..null]] CĐCS với [[58.934|mt a null]] đoàn viên.

Cán bộ Công đoàn các KCN tỉnh hướng dẫn cập nhật thông tin đoàn viên lên phần mềm.

Năm 2023, LĐLĐ tỉnh phấn đấu cấp thêm [[15.000|rec t y2023]] thẻ đoàn viên, hoàn thành việc cập nhật dữ liệu đoàn viên trước ngày 30/6/2023.

Trả lời

Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *
"""

ARTS = [
    ('bz16', 'https://baocamau.vn/6-thang-ket-nap-hon-1500-doan-vien-cong-doan-a341207.html', '2024-07-09', 'Cà Mau', BZ16),
    ('bz17', 'https://congdoan.quangngai.gov.vn/i3187-ubkt-ldld-tinh-kiem-tra-tai-chinh-58-cong-doan-co-so.aspx', None, 'Quảng Ngãi', BZ17),
    ('bz18', 'https://baomoi.com/lang-son-thang-cong-nhan-nam-2024-du-kien-trao-3000-suat-qua/c/48921507.epi', None, 'Lạng Sơn', BZ18),
    ('bz19', 'https://baokhanhhoa.vn/xa-hoi/202412/ldld-tinh-khanh-hoa-tong-ket-hoat-dong-cong-doan-nam-2024-6b1c0a2/', '2024-12-27', 'Khánh Hòa', BZ19),
    ('bz20', 'https://tinmoinhat.news/tra-vinh-hon-38000-doan-vien-duoc-cap-nhat-thong-tin-len-phan-mem/', None, 'Trà Vinh', BZ20),
]
