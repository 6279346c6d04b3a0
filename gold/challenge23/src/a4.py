"""ac16-ac20."""
ARTS, DAMAGE = [], {}

ARTS.append(('ac16', 'https://baosoctrang.org.vn/xa-hoi/201802/1850-suat-qua-tet-den-voi-doan-vien-nguoi-lao-dong-kho-khan-3927410/', '2018-02-09', 'Sóc Trăng', """
Sóc Trăng: [[1.850|ben a y2018 n=@HR]] suất quà Tết đến với đoàn viên, người lao động khó khăn
Thứ Sáu, 09/02/2018 - 16:25
(STO) - Tết Nguyên đán Mậu Tuất 2018, Liên đoàn Lao động tỉnh Sóc Trăng đã tổ chức thăm hỏi, tặng qùa cho [[1.8 50|ben a y2018 n=@SPACE; @TET; @CUE]] đoàn viên, người 1ao động có hoàn cảnh khó khăn, với tổng kinh phí gần [[925 triệu|sf a y2018 b=u n=@TET; "gần" -> under (gold README 5)]] đồng.
Trong đó, Công đoàn ngành Giáo dục tỉnh trao [[230|ben a y2018 s=Công đoàn ngành Giáo dục n=@BRK; @TET]] suất quà cho cán bộ, giáo viên, nhân viên có hoàn cảnh khó khăn; mỗi suất gồm 500.000 đồng tiền mặt và quà.
Ngoài ra, LĐLĐ tỉnh còn hỗ trợ vé xe cho [[85|ben a y2018 n=@TICKET; @TET; the provinces named are where the workers work: the reporting body gives Sóc Trăng (records.md regions)]] công nhân quê Sóc Trăng đang làm việc tại TP Hồ Chí Minh, Bình Dương, Đồng Nai về quê ăn Tết.
Dịp này, LĐLĐ tỉnh cũng bàn giao [[ba|sh a y2018 v=3 n=@WORD; @TET]] căn nhà “Mái ấm Công đoàn” cho đoàn viên ở huyện Mỹ Xuyên và huyện Trần Đề.
TRẦN HÀ
"""))
DAMAGE['ac16'] = [
    ('tone', 'tặng qùa', 'tặng quà', 'lead (tone mark on the wrong vowel, old typing habit)'),
    ('space', '1.8 50', '1.850', 'lead, beneficiaries (the headline has 1.850)'),
    ('1-for-l', 'người 1ao động', 'người lao động', 'lead, after 1.8 50'),
]

ARTS.append(('ac17', 'https://baoninhbinh.org.vn/6-doanh-nghiep-ky-ket-thoa-uoc-lao-dong-tap-the/d20210423151036452.htm', '2021-04-23', 'Ninh Bình', """
[[6|ca a pub n=@HR]] doanh nghiệp ký kết thỏa ước lao động tập thể
23/04/2021 15:10
(BNB) - Chiều 23/4, Liên đoàn Lao động tỉnh Ninh Bì{ZWSP}nh tổ chức lễ ký kết thoa ước lao động tập thể giữa công đoàn cơ sở và người sử dụng lao động tại [[6|ca a pub n=@PUB; @CUE]] doanh nghiệp trên địa bàn.
Theo các bản thỏa ước, NLĐ được hưởng nhiều quyền lợi cao hơn quy định của pháp luật như: tiền ăn ca tối thiểu 20.000 đồng/suất, thưởng Tết tối thiểu 1 tháng lương, hỗ trợ tiền nhà trọ 300.000 đồng/tháng.
Quý I/2021, toàn tỉnh có [[153|wkc a q1-2021]] doanh nghiệp tổ chức hội nghị người lao động; [[41|ca a q1-2021 n=@CUE]] doanh nghiệp ký mới thỏa ước lao động tâp thể; [[97|wd a q1-2021]] đơn vị tổ chức đối thoại định kỳ tại nơi làm việc. Các cấp công đoàn tham gia [[7|sv a q1-2021]] cuộc giám sát việc thực hiện chính sách, pháp luật lao động.
Hiện toàn tỉnh có [[612|ca a pub n=@STOCKF]] bản thỏa ước lao động tập thể còn hiệu lực.
Năm 2021, LĐLĐ tỉnh phấn đấu ký mới ít nhất [[120|ca t y2021 b=o n=@TGT; @ITNHAT; @CUE]] bản thỏa ước lao dộng tập thể, nhất là tại các doanh nghiệp dệt may, da giày.
Thanh Hải
"""))
DAMAGE['ac17'] = [
    ('zwsp', 'Ninh Bì{ZWSP}nh', 'Ninh Bình', 'lead, inside the province name of the reporting body'),
    ('tone', 'thoa ước', 'thỏa ước', 'lead, the agreements signed at the event'),
    ('tone', 'tâp thể', 'tập thể', 'Q1 sentence, after 41'),
    ('half', 'lao dộng', 'lao động', 'target sentence, after 120 (stroke of đ lost, tone kept)'),
]

ARTS.append(('ac18', 'https://nld.com.vn/cong-doan/tp-hcm-hon-115-ty-dong-cham-lo-tet-cho-doan-vien-nguoi-lao-dong-20200110113245678.htm', '2020-01-10', 'Hồ Chí Minh', """
TP.HCM: Hơn [[115 tỷ|sf a y2020 b=o n=@HRR]] đồng chăm lo Tết cho đoàn viên, người lao động
10/01/2020 - 11:32
(NLĐO) - Theo LĐLĐ TP.HCM, dịp Tết Canh Tý 2020, các cấp công đoàn thành phố chăm lo cho [[287.560|ben a y2020 n=@TET]] lượt đoàn viên, người lao động với tổng kinh phí [[115,8 tỷ|sf a y2020 n=@TET]] đồng.
Trong đó, Công đoàn các Khu chế xuất và công nghiệp thành phố chăm lo cho [[62.300|ben a y2020 s=Công đoàn các Khu chế xuất và công nghiệp n=@BRK; @TET]] lượt, kinh phí [[24 tỷ 600 triệu|sf a y2020 s=Công đoàn các Khu chế xuất và công nghiệp v=24600000000 n=@MONEY; @BRK; @TET]] đồng.
Chương trình “Tết sum vầy - Xuân Canh Tý 2020” tặng [[7.200|ben a y2020 n=@TICKET; @TET]] vé xe, vé tàu cho công nhân về quê đón Tết. Tại 24 điểm “Chợ Tết Công đoàn”, 35.000 phiếu mua hàng 0 đồng đã được trao cho công nhân.
Năm 2019, LĐLĐ TP.HCM đã kết nạp [[86.440|mn a y2019]] đoàn viên, thành lập [[512|un a y2019]] CĐCS (vượt [[15%|un p y2019 v=115 n=@VUOT; the bracket follows the new unions]] kế hoạch năm).
M.Chiến
Tin liên quan
- Công nhân Khu chế xuất Tân Thuận nhận thưởng Tết bình quân 8,6 triệu đồng
- 1.500 vé xe miễn phí cho công nhân về quê
"""))
DAMAGE['ac18'] = []

ARTS.append(('ac19', 'https://baobinhphuoc.com.vn/news/4/155236/gioi-thieu-hon-1-100-doan-vien-uu-tu-cho-dang', '2023-09-28', 'Bình Phước', """
Bình Phước: Giới thiệu hơn [[1.100|pr a t2018-2023 b=o n=@HRR]] đoàn viên ưu tú cho Đảng
28/09/2023 - 09:12
(BPO) - Ngày 28/9, LĐLĐ tỉnh Bình Phước tổ chức hội nghị tổng kết 5 năm thực hiện Đề án “Công đoàn tham gia xây dựng Đảng” giai đoạn 2018 - 2023.
Giai đoạn 2018 - 2023, các cấp công đoàn tỉnh đã giới thiệu [[l.125|pr a t2018-2023 n=@L1; @CUE]] đoàn viên ưu tu cho Đảng xem xét, bồi dưỡng; trong đó [[743|pa a t2018-2023 n="trong đó ... đã được kết nạp" of the referrals: party_admitted, period as the referrals]] đồng chí đã được kết nạp Đảng.
Rieng khu vuc ngoai nha nuoc, cong doan da gioi thieu [[412|pr a t2018-2023 s=khu vực ngoài nhà nước n=@NODIA; @BRK]] doan vien, [[236|pa a t2018-2023 s=khu vực ngoài nhà nước n=@NODIA; @BRK]] dong chi duoc ket nap.
8 tháng đầu năm 2023, các cấp công đoàn giới thiệu [[214|pr a f8-2023]] đoàn viên ưu tú cho Đảng.
Giai đoạn 2023 - 2028, LĐLĐ tỉnh phấn đấu giới thiệu ít nhất [[1.500|pr t t2023-2028 b=o n=@TGT; @ITNHAT]] đoàn viên ưu tú cho Đảng xem xét kết nạp.
Dịp này, 15 tập thể, 20 cá nhân được tặng Bằng khen của LĐLĐ tỉnh.
Minh Thành
"""))
DAMAGE['ac19'] = [
    ('l-for-1', 'l.125', '1.125', 'term sentence, party_referrals'),
    ('tone', 'ưu tu', 'ưu tú', 'term sentence, after l.125'),
    ('nodia', 'Rieng khu vuc ngoai nha nuoc, cong doan da gioi thieu 412 doan vien, 236 dong chi duoc ket nap.',
     'Riêng khu vực ngoài nhà nước, công đoàn đã giới thiệu 412 đoàn viên, 236 đồng chí được kết nạp.', 'breakdown line, both figures and the scope'),
]

ARTS.append(('ac20', 'https://baokiengiang.vn/xa-hoi/cong-doan-cham-lo-cho-hon-15000-luot-doan-vien-trong-9-thang-54190.html', '2024-10-11', 'Kiên Giang', """
Kiên Giang: Công đoàn chăm lo cho hơn [[15.000|ben a f9-2024 b=o n=@HRR]] lượt đoàn viên trong 9 tháng
11/10/2024 07:45
(BKG) - Theo Liên đoàn Lao động tỉnh Kiên Giang, 9 tháng năm 2024, các cấp công đoàn tỉnh kết nạp [[3.418|mn a f9-2024]] đoàn viên, thành lập [[22|un a f9-2024]] CĐCS; số đoàn viên kết nạp mới đạt [[74%|mn p f9-2024 n=@PART]] kế hoạch năm.
Công tác chăm lo được quan tâm, các cấp công đoàn thăm hỏi, hỗ trợ [[1 5.420|ben a f9-2024 n=@SPACE; @CUE]] lượt đoàn viên, công nhận lao động với kinh phí [[7,46 tỷ|sf a f9-2024]] đồng; hỗ trợ xây dựng [[9|sh a f9-2024 n=the house programme named after it has a zero-width space inside "Mái ấm" (damage table)]] nhà Mái{ZWSP} ấm Công đoàn, kinh phí [[540 triệu|shf a f9-2024]] đồng.
{NFD:Các cấp công đoàn tổ chức [[31|tr a f9-2024 n=@NFDN]] lớp tập huấn nghiệp vụ cho xấp xỉ [[2.650|te a f9-2024 b=a n=@NFDN; "xấp xỉ" -> about (gold README 5)]] lượt cán bộ công đoàn cơ sở.}
Hiện toàn tỉnh có [[1.016|ut a pub n=@STOCK]] CĐCS.
Quý IV/2024, LĐLĐ tỉnh phấn đấu kết nạp [[1.200|mn t q4-2024 n=@TGT]] đoàn viên, hoàn thành chỉ tiêu Công đoàn tỉnh giao năm 2024.
Hữu Tài
"""))
DAMAGE['ac20'] = [
    ('space', '1 5.420', '15.420', 'welfare sentence, beneficiaries (the headline has hơn 15.000)'),
    ('tone', 'công nhận lao động', 'công nhân lao động', 'welfare sentence, after 1 5.420'),
    ('zwsp', 'Mái{ZWSP} ấm', 'Mái ấm', 'welfare sentence, the house programme after 9'),
    ('nfd', 'Các cấp công đoàn tổ chức 31 lớp tập huấn nghiệp vụ cho xấp xỉ 2.650 lượt cán bộ công đoàn cơ sở.',
     '(same text in NFC)', 'training line, both figures'),
]
