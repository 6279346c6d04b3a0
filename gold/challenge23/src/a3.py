"""ac11-ac15."""
ARTS, DAMAGE = [], {}

ARTS.append(('ac11', 'https://baoquangbinh.vn/xa-hoi/201911/tu-van-phap-luat-mien-phi-cho-126-doan-vien-nguoi-lao-dong-2171934/', '2019-11-08', 'Quảng Bình', """
Tư vấn pháp luật miễn phí cho [[126|lc a pub n=@HR]] đoàn viên, người lao động
Cập nhật: 08/11/2019 16:05
(QBĐT) - Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (9/11), ngày 8/11, LĐLĐ tỉnh Quảng Bình phối hợp với Sở Tư pháp tổ chức chương trình tư vân pháp luật miễn phí cho đoàn viên, nguời lao động tại Khu công nghiệp Tây Bắc Đồng Hới.
Tại chương trình, các luật sư, tư vấn viên của Trung tâm Tư vấn pháp luật Công đoàn tỉnh đã tư vấn trực tiếp cho [[126|lc a pub n=@PUB]] đoàn viên, NLĐ về các vấn đề tiền lương, bảo hiểm xã hội, hợp đồng lao động, chế độ thai sản.
{NFD:Từ đầu năm 2019 đến nay, Trung tâm đã tư vấn pháp luật cho [[1.038|lc a 2019-01-01..2019-11-08 n=@NFDN; @DENNAY]] lượt người, tham gia bảo vệ quyền lợi hợp pháp cho NLĐ tại tòa án trong 9 vụ việc.}
Các cấp công đoàn trong tỉnh đã tổ chức [[47|tr a 2019-01-01..2019-11-08 n=period from the nearest earlier phrase "Từ đầu năm 2019 đến nay" (records.md periods); dissemination conferences of a training kind -> trainings]] hội nghị tập huấn, tuyên truyền pháp luật cho khoảng [[6.200|te a 2019-01-01..2019-11-08 n=persons reached by training / dissemination -> trainees; period as the conferences; "khoảng" -> about (gold README 5) b=a]] lượt đoàn viên, NLĐ.
Năm 2019, Trung tâm phấn đấu tư vấn cho ít nhất [[1.200|lc t y2019 b=o n=@TGT; @ITNHAT]] lượt đoàn viên, NLĐ.
Phan Phương
"""))
DAMAGE['ac11'] = [
    ('tone', 'tư vân pháp luật', 'tư vấn pháp luật', 'lead, the programme named'),
    ('half', 'nguời lao động', 'người lao động', 'lead (horn of ư lost, the other kept)'),
    ('nfd', 'Từ đầu năm 2019 đến nay, Trung tâm đã tư vấn pháp luật cho 1.038 lượt người, tham gia bảo vệ quyền lợi hợp pháp cho NLĐ tại tòa án trong 9 vụ việc.',
     '(same text in NFC)', 'year-to-date line, legal_consultations and its period phrase'),
]

ARTS.append(('ac12', 'https://baohaugiang.com.vn/lao-dong-viec-lam/cong-doan-ket-nap-hon-2000-doan-vien-trong-nam-2022-120584.html', '2022-12-23', 'Hậu Giang', """
Hậu Giang: Công đoàn kết nạp hơn [[2.000|mn a y2022 b=o n=@HRR]] đoàn viên trong năm 2022
23/12/2022 - 14:10
(BHG) - Chiều 23/12, Liên đoàn Lao đông tỉnh Hậu Giang tổ chức hội nghị tổng kết công tác công đoàn năm 2022, triển khai nhiệm vụ năm 2023.
Năm 2022, các cấp công đoàn tỉnh đã kết nạp [[2.0 45|mn a y2022 n=@SPACE; @CUE]] đoàn viện, thành lập [[21|un a y2022]] CĐCS, đạt [[105%|un p y2022 n="đạt N% kế hoạch" right after the new unions -> attainment of unions_new (gold README 4)]] kế hoạch.
Công tác chăm lo được quan tâm: các cấp công đoàn thăm hỏi, hỗ trợ [[9.860|ben a y2022]] lượt đoàn viên, NLĐ với số tiền [[4.75 tỷ|sf a y2022 n=@DOTDEC]] đồng; xây dựng, sửa chữa [[12|sh a y2022]] nhà “Mái ấm Công đoàn” với tổng kinh phí [[720 triệu|shf a y2022]] đồng. Công đoàn đã vận động [[18|meal a y2022]] doanh nghiệp điều chỉnh nâng mức bữa ăn ca, mức bình quân đạt 20.000 đồng/suất.
Hiện nay, toàn tỉnh có [[642|ut a pub n=@STOCK]] CĐCS với [[37.915|mt a pub n=@STOCK]] đoàn viên.
Năm 2023, LĐLĐ tỉnh phấn đấu kết nạp khoảng [[2.000|mn t y2023 b=a n=@TGT; "khoảng" -> about (gold README 5)]] đoàn viên, thành lập [[15|un t y2023 n=@TGT]] CĐCS.
Hội nghị đã khen thưởng 16 tập thể, 22 cá nhân có thành tích xuất sắc.
Ngọc Trâm
"""))
DAMAGE['ac12'] = [
    ('tone', 'Lao đông', 'Lao động', 'lead, the reporting body'),
    ('space', '2.0 45', '2.045', 'first body line, members_new'),
    ('tone', 'đoàn viện', 'đoàn viên', 'first body line, after 2.0 45 (a real word, "viện")'),
    ('sep', '4.75 tỷ', '4,75 tỷ', 'welfare sentence, support_funds'),
]

ARTS.append(('ac13', 'https://baobacninh.vn/tong-ket-thang-cong-nhan-nam-2024-214378.html', '2024-05-31', 'Bắc Ninh', """
Bắc Ninh: Tổng kết Tháng Công nhân năm 2024
Thứ Sáu, 31/05/2024 - 15:45
(BNO) - Chiều 31/5, LĐLĐ tỉnh Bắc Ninh tổ chức hội nghị tổng kết Tháng Công nhân và Tháng hành động về an toàn, vệ sinh lao động năm 2024. Toàn tỉnh hiện có hơn 350.000 công nhân lao động làm việc tại 16 khu công nghiệp.
Trong Tháng Công nhân năm 2024, [[1.126|wmu a mo2024-05 n=@TCN]] CĐCS trong tỉnh đã tổ chức các hoạt động chăm lo cho đoàn viên, người lao động (NLĐ). Các cấp công đoàn thăm hỏi, tặng quà cho [[15.400|ben a mo2024-05 n=@TCN]] đoàn viên, NLĐ có hoàn cảnh khó khăn với tổng trị giá [[6 tỷ 85 triệu|sf a mo2024-05 v=6085000000 n=@MONEY; @TCN]] đồng.
Công đoàn các cấp phối hợp tổ chức đối thoại tại [[388|wd a mo2024-05 n=@TCN]] doanh nghiệp; vận động [[64|meal a mo2024-05 n=@TCN; the 25.000 đồng/suất meal level is a threshold, not a record (gold README 11)]] doanh nghiệp nâng giá trị bữa ăn ca lên từ 25.000 đồng/suất trở lên.
Trong tháng, Công đoàn các Khu công nghiệp tỉnh kết nạp [[2.310|mn a mo2024-05 s=Công đoàn các Khu công nghiệp n=@TCN; body below the province: scope]] đoàn viên; LĐLĐ tỉnh bàn giao [[hai|sh a mo2024-05 v=2 n=@WORD; @TCN]] nhà “Mái ấm Công đoàn” cho đoàn viên tại thị xã Quế Võ và huyện Lương Tài.
Dịp này, LĐLĐ tỉnh khen thưởng 30 tập thể, 45 cá nhân có thành tích xuất sắc trong Tháng Công nhân.
Hà Phương
"""))
DAMAGE['ac13'] = []

ARTS.append(('ac14', 'https://baodaklak.vn/chinh-tri/202601/nam-2025-ket-nap-7240-doan-vien-cong-doan-c8d2f51/', '2026-01-16', 'Đắk Lắk', """
Đắk Lắk: Năm 2025 kết nạp [[7.240|mn a y2025 n=@HR; @NEWP]] đoàn viên công đoàn
16/01/2026 10:20
(ĐLO) - Sáng 16/1, Liên đoàn Lao động tỉnh Đắk Lắk tổ chức hội nghị tổng kết công tác công đoàn năm 2025, triển khai nhiệm vụ năm 2026. Đây là lần đầu tiên LĐLĐ tỉnh tổng kết sau khi hợp nhất với LĐLĐ tỉnh Phú Yên.
Năm 2025, các cấp công đoàn tỉnh đã kết nạp [[7.240|mn a y2025 n=@NEWP]] đoàn viên, thành lập [[52|un a y2025 n=@NEWP]] CĐCS. Trong đó, khu vực Phú Yên (cũ) kết nạp [[l.730|mn a y2025 r=Phú Yên n=@L1; @OLD]] đoàn viên, thành lập [[12|un a y2025 r=Phú Yên n=@OLD]] CĐCS.
Do một số doanh nghiệp giải thể, thu hẹp sản xuất, số đoàn viên giảm [[3.115|ml a y2025]] người, giải thể [[24|ud a y2025]] CĐCS; tăng tuyệt đối [[4.125|mnet a y2025]] đoàn viên và [[28|unet a y2025]] CĐCS.
Cac cap cong doan da tham hoi, tang qua cho gan [[28.600|ben a y2025 b=u n=@NODIA; "gan" = "gần" -> under (gold README 5)]] luot doan vien, nguoi lao dong, tong kinh phi [[11,3 ty|sf a y2025 n=@NODIA]] dong.
Ủy ban Kiểm tra công đoàn các cấp đã kiểm tra tài chính [[64|fi a y2025]] CĐCS, tham gia kiểm tra việc chấp hành pháp luật lao động tại [[35|sv a y2025 n=inspections joined with the departments -> supervisions ("held or joined", indicators.tsv)]] doanh nghiệp cùng các sở, ngành.
Hiện toàn tỉnh có [[2.184|ut a pub n=@STOCK]] CĐCS với [[156.900|mt a pub n=@STOCK; @NB]]{NBSP}đoàn viên, trong đó hơn 70% là công nhận lao động tại các doanh nghiệp ngoài nhà nước.
Năm 2026, LĐLĐ tỉnh phấn đấu kết nạp [[7.500|mn t y2026 n=@TGT]] đoàn viên, thành lập [[40|un t y2026 n=@TGT]] CĐCS.
H’Linh
"""))
DAMAGE['ac14'] = [
    ('l-for-1', 'l.730', '1.730', 'pre-merger breakdown sentence, members_new of Phú Yên (cũ)'),
    ('nodia', 'Cac cap cong doan da tham hoi, tang qua cho gan 28.600 luot doan vien, nguoi lao dong, tong kinh phi 11,3 ty dong.',
     'Các cấp công đoàn đã thăm hỏi, tặng quà cho gần 28.600 lượt đoàn viên, người lao động, tổng kinh phí 11,3 tỷ đồng.', 'welfare line, beneficiaries and money'),
    ('nbsp', '156.900{NBSP}đoàn viên', '156.900 đoàn viên', 'stock sentence, after members_total'),
    ('tone', 'công nhận lao động', 'công nhân lao động', 'stock sentence, share clause (not a record)'),
]

ARTS.append(('ac15', 'https://baophutho.vn/10-thang-ket-nap-9460-doan-vien-238842.htm', '2025-11-21', 'Phú Thọ', """
Phú Thọ: 10 tháng kết nạp [[9.460|mn a f10-2025 n=@HR; @NEWP]] đoàn viên
21/11/2025 08:50
(PTO) - Theo Liên đoàn Lao động tỉnh Phú Thọ, 10 tháng năm 2025, các cấp công đoàn trong tỉnh đã kết nạp [[9.460|mn a f10-2025 n=@NEWP; @CUE]] đoàn viê, thành lạp [[71|un a f10-2025 n=@NEWP; @CUE]] CĐCS; số đoàn viên kết nạp mới đạt [[82,6%|mn p f10-2025 n=@PART]] kế hoạch năm.
Riêng khu vực Vĩnh Phúc (cũ) kết nạp [[5.120|mn a f10-2025 r=Vĩnh Phúc n=@OLD]] đoàn viên, chiếm hơn một nửa số đoàn viên kết nạp mới của toàn tỉnh.
{NFD:Thực hiện chuyển đổi số, các cấp công đoàn đã cập nhật thông tin của [[342.500|rec a f10-2025 n=@NFDN; members entered into the software -> member_records]] đoàn viên lên phần mềm quản lý đoàn viên và cấp [[12.300|rec a f10-2025 n=@NFDN; cards issued -> member_records]] thẻ đoàn viên công đoàn điện tử.}
Công đoàn các cấp phối hợp với người sử dụng lao động ký kết [[26|ca a f10-2025]] bản thỏa ước lao động tập thể mới. Trong Tháng Công nhân năm 2025, [[1.720|wmu a mo2025-05 n=@TCN; reported by the merged province: region Phú Thọ]] CĐCS đã tổ chức các hoạt động chăm lo cho đoàn viên, người lao động.
Từ nay đến cuối năm, LĐLĐ tỉnh phấn đấu kết nạp thêm [[2.000|mn t 2025-11-21..2025-12-31 n=@TGT; "từ nay đến cuối năm" -> publication date .. 31 December]] đoàn viên, hoàn thành chỉ tiêu năm 2025.
Minh Thu
"""))
DAMAGE['ac15'] = [
    ('letter', 'đoàn viê,', 'đoàn viên,', 'first body line, after 9.460 (final n lost)'),
    ('tone', 'thành lạp', 'thành lập', 'first body line, before 71'),
    ('nfd', 'Thực hiện chuyển đổi số, các cấp công đoàn đã cập nhật thông tin của 342.500 đoàn viên lên phần mềm quản lý đoàn viên và cấp 12.300 thẻ đoàn viên công đoàn điện tử.',
     '(same text in NFC)', 'member-records line, both figures'),
]
