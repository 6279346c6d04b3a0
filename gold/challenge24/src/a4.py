"""ad16-ad20: year 2026 report, KCN 9 months 2026, inspections H1 2026, trainings after the merger, Q1 2026 excerpt."""

AD16 = '''Vĩnh Long: Năm 2026 kết nạp hơn [[12.400|mn a y2026 b=o n=rounded headline repeat of 12.480: the body's period, bound 'hơn']] đoàn viên công đoàn

Thứ Ba, 22/12/2026 | 16:05

(VLO) - Ngày 21/12, LĐLĐ tỉnh Vĩnh Long tổ chức hội nghị tổng kết công tác công đoàn năm 2026, triển khai nhiệm vụ năm 2027.

Năm 2026, các cấp công đoàn trong tỉnh kết nạp [[12.480|mn a y2026 n=the year reviewed, not the year whose tasks are launched (gold README 8)]] đoàn viên, đạt [[104%|mn p y2026]] kế hoạch; thành lập [[58|un a y2026]] CĐCS. Số đoàn viên kết nạp mới phân theo khu vực: Bến Tre (cũ) [[4.310|mn a y2026 r=Bến Tre n=label list 'phân theo khu vực: Bến Tre (cũ) ...' -> region Bến Tre, region_2025 Vĩnh Long]], Trà Vinh (cũ) [[3.920|mn a y2026 r=Trà Vinh]], Vĩnh Long (cũ) [[4.250|mn a y2026 n=Vĩnh Long (cũ): the former province of the same name]].

Các cấp công đoàn hướng dẫn ký mới [[74|ca a y2026]] bản thỏa ước lao động tập thể; vận động [[412|meal a y2026 n=25.000 đồng/suất is the meal level, a threshold, not a record (gold README 11)]] doanh nghiệp nâng giá trị bữa ăn ca lên từ 25.000 đồng/suất trở lên; thành lập [[23|wc a y2026]] Ban nữ công quần chúng tại doanh nghiệp ngoài nhà nước.

Lãnh đạo LĐLĐ tỉnh trao Bằng khen cho các tập thể có thành tích xuất sắc năm 2026.

Năm 2027, LĐLĐ tỉnh phấn đấu kết nạp [[12.000|mn t y2027]] đoàn viên, thành lập [[50|un t y2027]] CĐCS, góp phần hoàn thành các chỉ tiêu Nghị quyết Đại hội nhiệm kỳ 2023-2028, hướng tới Đại hội Công đoàn tỉnh Vĩnh Long lần thứ I, nhiệm kỳ 2028-2033.

Dịp này, 42 tập thể, 68 cá nhân được LĐLĐ tỉnh tặng Bằng khen.

Thanh Trúc
Chia sẻ | In bài
'''

KCN = 'Công đoàn các KCN'

AD17 = '''Công đoàn các KCN Bắc Ninh ký mới [[96|ca a f9-2026 s=''' + KCN + ''' n=headline repeat of the body figure: its period (9 tháng năm 2026)]] thỏa ước lao động tập thể

05/10/2026 | 10:12

BBN - Theo Công đoàn các KCN tỉnh Bắc Ninh, 9 tháng năm 2026, các CĐCS trong các KCN đã ký mới [[96|ca a f9-2026 s=''' + KCN + ''' n='9 tháng năm 2026' -> Jan-Sep 2026 (records.md); the KCN union gives its province with a scope]] bản thỏa ước lao động tập thể, nâng tổng số thỏa ước còn hiệu lực lên [[1.142|ca a pub s=''' + KCN + ''' n='nâng tổng số ... lên' stock of agreements -> collective_agreements at publication (challenge21 README)]] bản. Công đoàn các KCN phối hợp tổ chức đối thoại tại [[318|wd a f9-2026 s=''' + KCN + ''']] doanh nghiệp, vận động [[205|meal a f9-2026 s=''' + KCN + ''']] doanh nghiệp nâng giá trị bữa ăn ca.

Công tác phát triển đoàn viên đạt kết quả tích cực với [[18.640|mn a f9-2026 s=''' + KCN + ''']] đoàn viên được kết nạp, [[84|un a f9-2026 s=''' + KCN + ''']] CĐCS được thành lập mới; trong đó các KCN thuộc khu vực Bắc Giang (cũ) kết nạp [[7.920|mn a f9-2026 r=Bắc Giang s=''' + KCN + ''' n=khu vực Bắc Giang (cũ) -> region Bắc Giang, region_2025 Bắc Ninh]] đoàn viên, thành lập [[31|un a f9-2026 r=Bắc Giang s=''' + KCN + ''']] CĐCS. Văn phòng tư vấn pháp luật tư vấn cho [[3.400|lc a f9-2026 s=''' + KCN + ''']] lượt công nhân; phối hợp giải quyết 6 cuộc ngừng việc tập thể.

3 tháng cuối năm, Công đoàn các KCN phấn đấu kết nạp thêm [[6.000|mn t l3-2026 s=''' + KCN + ''' n='3 tháng cuối năm' of the publication year -> Oct-Dec 2026]] đoàn viên.

Hiện các KCN trên địa bàn tỉnh thu hút khoảng 620.000 lao động.

Hoàng Lâm
'''

AD18 = '''Hải Phòng: Kiểm tra tài chính [[142|fi a h1-2026 n=headline repeat: the body's period]] CĐCS trong 6 tháng

Thứ Hai, 20/07/2026 | 15:30

(HP) - Ngày 18/7, Ủy ban Kiểm tra LĐLĐ thành phố Hải Phòng tổ chức hội nghị sơ kết công tác kiểm tra 6 tháng đầu năm 2026. Trong 6 tháng, Ủy ban Kiểm tra các cấp công đoàn thành phố tiến hành [[186|sv a h1-2026 n=inspections held -> supervisions; the financial ones are also reported as financial_inspections]] cuộc kiểm tra, trong đó kiểm tra tài chính [[142|fi a h1-2026]] CĐCS, đạt [[61%|fi p h1-2026 n=part-way attainment of the year plan 232 takes the reporting period]] kế hoạch năm. Riêng khu vực Hải Dương (cũ) tiến hành [[58|sv a h1-2026 r=Hải Dương n=khu vực Hải Dương (cũ) -> region Hải Dương, region_2025 Hải Phòng]] cuộc.

Qua kiểm tra, phát hiện 23 đơn vị có sai sót trong quản lý tài chính, kiến nghị thu hồi 412 triệu đồng. Các cấp công đoàn còn tham gia giám sát việc thực hiện chính sách, pháp luật lao động tại [[95|sv a h1-2026]] doanh nghiệp cùng Sở Nội vụ.

Theo kế hoạch năm 2026, Ủy ban Kiểm tra các cấp kiểm tra tài chính [[232|fi t y2026]] CĐCS; 6 tháng cuối năm phấn đấu kiểm tra tài chính [[90|fi t h2-2026]] CĐCS.

Mai Anh
Hotline: 0225 3842 246
'''

AD19 = '''Lâm Đồng: Tập huấn nghiệp vụ cho [[420|te a 2025-08-18..2025-08-23 n=headline repeat: the body's period (the course dates)]] cán bộ công đoàn xã, phường

Thứ Hai, 25/08/2025 - 07:55

(LĐ) - Từ ngày 18 đến 23/8, LĐLĐ tỉnh Lâm Đồng tổ chức [[3|tr a 2025-08-18..2025-08-23 n='Từ ngày 18 đến 23/8' -> the span given (records.md)]] lớp tập huấn nghiệp vụ cho [[420|te a 2025-08-18..2025-08-23]] cán bộ công đoàn xã, phường, đặc khu thuộc ba khu vực Lâm Đồng, Đắk Nông, Bình Thuận (cũ). Lâm Đồng (mới) hiện có 124 xã, phường, đặc khu.

Trước đó, trong tháng 7/2025, khu vực Bình Thuận (cũ) đã tổ chức [[2|tr a mo2025-07 r=Bình Thuận n=khu vực Bình Thuận (cũ) -> region Bình Thuận, region_2025 Lâm Đồng]] lớp cho [[180|te a mo2025-07 r=Bình Thuận]] cán bộ.

Học viên được trang bị kiến thức về công tác tổ chức, tài chính công đoàn và cập nhật dữ liệu đoàn viên trên phần mềm. Từ đầu năm đến nay, toàn tỉnh đã nhập dữ liệu [[35.000|rec a 2025-01-01..2025-08-25 n='Từ đầu năm đến nay' -> to publication]] đoàn viên lên phần mềm quản lý và tư vấn pháp luật cho [[2.650|lc a 2025-01-01..2025-08-25]] lượt đoàn viên, người lao động.

Quý IV/2025, LĐLĐ tỉnh sẽ tổ chức thêm [[10|tr t q4-2025]] lớp tập huấn.

Hữu Phước
Lượt xem: 876
'''

AD20 = '''...trong quý, các cấp công đoàn đã chủ động phối hợp với chính quyền các xã, phường, đặc khu triển khai tổ chức hội nghị cán bộ, công chức, viên chức đầu năm theo mô hình chính quyền địa phương hai cấp.

Quý I/2026, toàn tỉnh Quảng Ngãi có [[1.452/1.486|oc a q1-2026 v=1452 n=x/y -> the units that held it (gold README 3); 'đạt 97,7%' is a coverage rate with no target, not a record]] cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức, đạt 97,7%; trong đó khu vực Kon Tum (cũ) [[412|oc a q1-2026 r=Kon Tum n=khu vực Kon Tum (cũ) -> region Kon Tum, region_2025 Quảng Ngãi]] cơ quan, đơn vị. Có [[1.105|wkc a q1-2026]] doanh nghiệp tổ chức hội nghị người lao động.

Trong quý, các cấp công đoàn kết nạp [[1.240|mn a q1-2026]] đoàn viên, thành lập [[12|wc a q1-2026]] Ban nữ công quần chúng tại doanh nghiệp ngoài nhà nước. Hiện toàn tỉnh có [[3.210|ut a null n=stock in an article without publication date -> null..null (records.md)]] CĐCS.

Năm 2026, LĐLĐ tỉnh phấn đấu thành lập [[30|wc t y2026]] Ban nữ công quần chúng.

Nguồn: congdoanquangngai.org.vn
'''

ARTS = [
    ('ad16', 'https://baovinhlong.com.vn/thoi-su/202612/nam-2026-ket-nap-hon-12400-doan-vien-cong-doan-3198824/', '2026-12-22', 'Vĩnh Long', AD16),
    ('ad17', 'https://baobacninh.vn/cong-doan-cac-kcn-bac-ninh-ky-moi-96-thoa-uoc-lao-dong-tap-the-203815.html', '2026-10-05', 'Bắc Ninh', AD17),
    ('ad18', 'https://baohaiphong.vn/hai-phong-kiem-tra-tai-chinh-142-cdcs-trong-6-thang-412771.html', '2026-07-20', 'Hải Phòng', AD18),
    ('ad19', 'https://baolamdong.vn/tap-huan-nghiep-vu-cho-420-can-bo-cong-doan-xa-phuong-392014.html', '2025-08-25', 'Lâm Đồng', AD19),
    ('ad20', 'https://baomoi.com/quy-i-2026-1452-co-quan-don-vi-to-chuc-hoi-nghi-can-bo-cong-chuc-c50213374.epi', None, 'Quảng Ngãi', AD20),
]
