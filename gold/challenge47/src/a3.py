"""bz11-bz15: post-merger Tết Sum vầy, Mái ấm to 15/9, Q1/2026, commune women's committees; a scraped page without marks."""

BZ11 = """Hưng Yên: Gần [[48 tỷ|sf a y2026 b=u n=rule 1: rounded headline repeat of 47,8 tỷ]] đồng chăm lo Tết Bính Ngọ cho đoàn viên, người lao động

Thứ Tư, 28/01/2026 - 10:15

Theo Liên đoàn Lao động (LĐLĐ) tỉnh Hưng Yên, tính đến ngày 27/1, các cấp công đoàn toàn tỉnh đã thăm hỏi, tặng quà Tết Nguyên đán Bính Ngọ 2026 cho [[71.480|ben a y2026 n=rule 10: the merged province's federation; Tết figures take the Tết year]] lượt đoàn viên, người lao động với tổng kinh phí gần [[47,8 tỷ|sf a y2026 b=u]] đồng.

Trong đó, khu vực Thái Bình (cũ) có [[33.150|ben a y2026 r=Thái Bình n=rule 10: khu vực Thái Bình (cũ) gives Thái Bình]] lượt đoàn viên, người lao động được chăm lo với kinh phí [[21,6 tỷ|sf a y2026 r=Thái Bình]] đồng; khu vực Hưng Yên (cũ) [[38.330|ben a y2026 r=Hưng Yên n=rule 10: khu vực Hưng Yên (cũ), same name as the new province]] lượt với [[26,2 tỷ|sf a y2026 r=Hưng Yên]] đồng.

Chương trình "Tết Sum vầy - Xuân ơn Đảng" năm 2026 tổ chức tại KCN Tiền Hải (xã Tiền Hải), khu vực Thái Bình (cũ) đã trao [[800|ben a y2026 r=Thái Bình n=rule 10 and dev y15: a programme held in a khu vực (cũ) gives that old province]] suất quà và tặng [[300|ben a y2026 r=Thái Bình n=rule 9: bus tickets are beneficiaries]] vé xe cho công nhân về quê đón Tết. Mỗi suất quà trị giá 1,5 triệu đồng. Tại "Chợ Tết Công đoàn", Ban tổ chức phát 1.000 phiếu mua hàng 0 đồng trị giá 300.000 đồng/phiếu.

Công nhân lao động KCN Tiền Hải nhận quà Tết tại chương trình.

Dự kiến đến hết ngày 10/2, tổng số đoàn viên, người lao động được chăm lo sẽ đạt khoảng [[90.000|ben t y2026 b=a n=rule 4: dự kiến is target]] lượt.

Minh Thu
"""

BZ12 = """Trao [[12|sh a 2025-01-01..2025-09-15 r=Sóc Trăng n=rule 1: headline repeat of the body figure]] căn nhà Mái ấm Công đoàn cho đoàn viên khu vực Sóc Trăng (cũ)

16/09/2025 - 09:25

(CT) - Từ đầu năm đến ngày 15/9, Liên đoàn Lao động (LĐLĐ) TP Cần Thơ đã hỗ trợ xây mới, sửa chữa [[86|sh a 2025-01-01..2025-09-15 n=rule 10: the merged city's federation reports under its kept name]] nhà "Mái ấm Công đoàn" với tổng kinh phí [[4,3 tỷ|shf a 2025-01-01..2025-09-15]] đồng, trong đó khu vực Hậu Giang (cũ) [[21|sh a 2025-01-01..2025-09-15 r=Hậu Giang n=rule 10: khu vực Hậu Giang (cũ) gives Hậu Giang]] nhà.

Ngày 15/9, LĐLĐ thành phố phối hợp Công đoàn phường Phú Lợi tổ chức bàn giao [[12|sh a 2025-01-01..2025-09-15 r=Sóc Trăng n=rule 10: houses for members of khu vực Sóc Trăng (cũ); Ngày 15/9 is a date, the period is the nearest earlier phrase]] căn nhà "Mái ấm Công đoàn" cho đoàn viên có hoàn cảnh khó khăn tại khu vực Sóc Trăng (cũ). Mỗi căn được hỗ trợ 60 triệu đồng, tổng kinh phí [[720 triệu|shf a 2025-01-01..2025-09-15 r=Sóc Trăng]] đồng từ Quỹ Xã hội công đoàn.

Lãnh đạo LĐLĐ TP Cần Thơ trao quyết định hỗ trợ nhà cho đoàn viên Công đoàn phường Phú Lợi.

Công đoàn phường Phú Lợi hiện có [[47|ut a pub r=Sóc Trăng s=Công đoàn phường Phú Lợi n=rule 10: a ward union gives its old province]] CĐCS với [[1.860|mt a pub r=Sóc Trăng s=Công đoàn phường Phú Lợi]] đoàn viên.

Năm 2025, LĐLĐ thành phố đặt mục tiêu hỗ trợ [[120|sh t y2025]] nhà "Mái ấm Công đoàn" cho đoàn viên khó khăn về nhà ở.

Hotline: 0292.3820.545
"""

BZ13 = """Quý I/2026: Hơn [[600|wkc a q1-2026 b=o v=600 n=rule 1: rounded headline repeat of 614]] doanh nghiệp tổ chức hội nghị người lao động

 date 2026-04-08 Hotline: 0210.3846.552

Theo Liên đoàn Lao động (LĐLĐ) tỉnh Phú Thọ, trong quý I/2026, các cấp công đoàn đã phối hợp hướng dẫn [[614|wkc a q1-2026]] doanh nghiệp tổ chức hội nghị người lao động, trong đó khu vực Vĩnh Phúc (cũ) [[352|wkc a q1-2026 r=Vĩnh Phúc n=rule 10: khu vực Vĩnh Phúc (cũ) gives Vĩnh Phúc]] doanh nghiệp; [[127|wd a q1-2026]] doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc.

Toàn tỉnh ký mới [[38|ca a q1-2026]] bản thỏa ước lao động tập thể, đạt [[25,3%|ca p q1-2026 n=rule 4: part-way attainment takes the reporting quarter]] kế hoạch năm; riêng Công đoàn các KCN khu vực Vĩnh Phúc (cũ) ký mới [[21|ca a q1-2026 r=Vĩnh Phúc s=Công đoàn các KCN n=rule 10: a KCN union of the old province]] bản. Công đoàn vận động [[46|meal a q1-2026]] doanh nghiệp điều chỉnh tăng giá trị bữa ăn ca lên 30.000 - 35.000 đồng/suất.

Tại khu vực Hòa Bình (cũ), công đoàn đã chủ trì, phối hợp tổ chức [[9|sv a q1-2026 r=Hòa Bình]] cuộc giám sát việc thực hiện chế độ, chính sách cho người lao động.

Năm 2026, LĐLĐ tỉnh phấn đấu ký mới ít nhất [[150|ca t y2026 b=o]] bản thỏa ước lao động tập thể, 90% doanh nghiệp có tổ chức công đoàn tổ chức hội nghị người lao động.

Thu Hà
"""

BZ14 = """Công đoàn xã Thăng Bình ra mắt Ban nữ công tại [[5|wc a pub r=Quảng Nam s=Công đoàn xã Thăng Bình n=rule 1: headline repeat of the lead figure, same period]] công đoàn cơ sở

22/08/2025 08:40 (GMT+7)

Ngày 21/8, Công đoàn xã Thăng Bình (thành phố Đà Nẵng) tổ chức ra mắt Ban nữ công quần chúng tại [[5|wc a pub r=Quảng Nam s=Công đoàn xã Thăng Bình n=rule 10: a commune union gives its old province (Quảng Nam); no period phrase before it, so the publication date]] CĐCS doanh nghiệp trên địa bàn, với sự tham gia của hơn 200 nữ đoàn viên.

Từ tháng 7/2025 đến nay, Công đoàn xã đã thành lập [[7|wc a 2025-07-01..2025-08-22 r=Quảng Nam s=Công đoàn xã Thăng Bình]] Ban nữ công quần chúng, thành lập mới [[4|un a 2025-07-01..2025-08-22 r=Quảng Nam s=Công đoàn xã Thăng Bình]] CĐCS và kết nạp [[126|mn a 2025-07-01..2025-08-22 r=Quảng Nam s=Công đoàn xã Thăng Bình]] đoàn viên.

Các thành viên Ban nữ công quần chúng CĐCS Công ty TNHH May Thăng Bình ra mắt.

Theo Liên đoàn Lao động thành phố Đà Nẵng, từ đầu năm 2025 đến nay, các cấp công đoàn thành phố đã thành lập [[38|wc a 2025-01-01..2025-08-22 r=Đà Nẵng n=rule 10: the merged city's federation reports under its kept name]] Ban nữ công quần chúng tại các doanh nghiệp có đông lao động nữ.

Ngọc Hà

Ý kiến bạn đọc (0)
"""

BZ15 = """Sơn La: Năm 2022 kết nạp hơn [[2.600|mn a y2022 b=o v=2600 n=rule 1: rounded headline repeat of 2.641]] đoàn viên công đoàn

15/03/2023 - 10:05

(BSL) - Ngày 14/3, Liên đoàn Lao động tỉnh Sơn La tổ chức hội nghị tổng kết công tác công đoàn năm 2022, triển khai nhiệm vụ năm 2023.

Nam 2022, cac cap cong doan trong tinh da ket nap moi [[2.641|mn a y2022 n=scraped paragraph without diacritics; read as written]] doan vien, thanh lap moi [[23|un a y2022]] CDCS; phoi hop huong dan [[1.107|oc a y2022]] co quan, don vi to chuc hoi nghi can bo, cong chuc, vien chuc va [[186|wkc a y2022]] doanh nghiep to chuc hoi nghi nguoi lao dong.

LĐLĐ tỉnh đã tổ chức [[24|tr a y2022]] lớp tập huấn nghiệp vụ cho [[1.850|te a y2022]] cán bộ công đoàn cơ sở; Ủy ban Kiểm tra các cấp công đoàn kiểm tra tài chính [[97|fi a y2022]] cuộc. Các cấp công đoàn thăm hỏi, tặng quà hơn [[6.300|ben a y2022 b=o]] lượt đoàn viên, người lao động với kinh phí [[3,8 tỷ|sf a y2022]] đồng.

Năm 2023, LĐLĐ tỉnh phấn đấu kết nạp [[2.500|mn t y2023]] đoàn viên, thành lập [[15|un t y2023]] CĐCS. Dịp này, 18 tập thể và 27 cá nhân được tặng bằng khen của LĐLĐ tỉnh.

Lò Thương

Tin cùng chuyên mục
- Mộc Châu: 320 công nhân được khám sức khỏe miễn phí
"""

ARTS = [
    ('bz11', 'https://baohungyen.vn/gan-48-ty-dong-cham-lo-tet-binh-ngo-cho-doan-vien-nguoi-lao-dong-3189514.html', '2026-01-28', 'Hưng Yên', BZ11),
    ('bz12', 'https://baocantho.com.vn/trao-12-can-nha-mai-am-cong-doan-cho-doan-vien-khu-vuc-soc-trang-cu--a190823.html', '2025-09-16', 'Cần Thơ', BZ12),
    ('bz13', 'https://baophutho.vn/quy-i-2026-hon-600-doanh-nghiep-to-chuc-hoi-nghi-nguoi-lao-dong-251330.htm', '2026-04-08', 'Phú Thọ', BZ13),
    ('bz14', 'https://baodanang.vn/cong-doan-xa-thang-binh-ra-mat-ban-nu-cong-tai-5-cong-doan-co-so-3299182.html', '2025-08-22', 'Đà Nẵng', BZ14),
    ('bz15', 'https://baosonla.vn/xa-hoi/nam-2022-ket-nap-hon-2600-doan-vien-cong-doan-a215037.html', '2023-03-15', 'Sơn La', BZ15),
]
