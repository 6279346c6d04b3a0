"""ac06-ac10."""
ARTS, DAMAGE = [], {}

ARTS.append(('ac06', 'https://baokhanhhoa.vn/xa-hoi/202402/hon-3100-doan-vien-nguoi-lao-dong-duoc-ho-tro-don-tet-8d41c27/', '2024-02-02', 'Khánh Hòa', """
Hơn [[3.100|ben a y2024 b=o n=@HRR]] đoàn viên, người lao động được hỗ trợ đón Tết
Thứ Sáu, 02/02/2024 - 10:48
(BKH) - Sáng 2/2, tại Nhà Văn hóa Lao động tỉnh, Liên đoàn{NBSP}Lao động (LĐLĐ) tỉnh Khánh Hòa tổ chức chương trình “Tết Sum vầy” Xuân Giáp Thìn 2024, trao [[600|ben a y2024 s=chương trình “Tết Sum vầy” n=@TET; gift packages of the event, a part of the province total given below]] suất quà cho đoàn viên, người lao động (NLĐ) có hoàn cảnh khó khăn. Mỗi suất quà trị giá 1 triệu đồng.
Theo LĐLĐ tỉnh, dịp Tết Nguyên đán Giáp Thìn 2024, các cấp công đoàn trong tỉnh đã thăm hỏi, tặng quà cho [[3.{ZWSP}120|ben a y2024 n=@ZW; @TET; @CUE]] đoan viên, NLĐ. Tong kinh phi cham lo Tet la [[1 ty 860 trieu|sf a y2024 v=1860000000 n=@NODIA; @MONEY; @TET]] dong, tu nguon tai chinh cong doan va van dong xa hoi hoa.
Ngoài ra, LĐLĐ tỉnh phối hợp với các doanh nghiệp vận tải tặng [[150|ben a y2024 n=@TICKET; @TET]] vé xe cho công nhân quê ở các tỉnh phía Bắc, miền Trung về quê đón Tết. Tại “Chợ Tết Công đoàn”, 2.000 phiếu mua hàng 0 đồng đã được phát cho công nhân các khu công nghiệp.
Dịp này, LĐLĐ tỉnh cũng bàn giao [[2|sh a y2024 n=@TET]] nhà “Mái ấm Công đoàn” cho đoàn viên tại huyện Vạn Ninh và thị xã Ninh Hòa, mỗi nhà được hỗ trợ 60 triệu đồng, tổng cộng [[120 triệu|shf a y2024 n=@TET; the per-house 60 triệu is a per-item amount, not a record (gold README 11)]] đồng.
Phát biểu tại chương trình, bà Nguyễn Thị Hồng Nhung, Chủ tịch LĐLĐ tỉnh mong muốn các doanh nghiệp tiếp tục đồng hành cùng tổ chức công đoàn chăm lo cho NLĐ, nhất là những người ở lại làm việc trong dịp Tết.
NGUYỄN VŨ
Số lần đọc: 812
"""))
DAMAGE['ac06'] = [
    ('nbsp', 'Liên đoàn{NBSP}Lao động', 'Liên đoàn Lao động', 'lead, the reporting body'),
    ('zwsp', '3.{ZWSP}120', '3.120', 'province total sentence, inside the beneficiaries figure'),
    ('tone', 'đoan viên', 'đoàn viên', 'province total sentence, after 3.120'),
    ('nodia', 'Tong kinh phi cham lo Tet la 1 ty 860 trieu dong, tu nguon tai chinh cong doan va van dong xa hoi hoa.',
     'Tổng kinh phí chăm lo Tết là 1 tỷ 860 triệu đồng, từ nguồn tài chính công đoàn và vận động xã hội hóa.', 'money sentence (an "N tỷ M triệu" figure without diacritics)'),
]

ARTS.append(('ac07', 'https://laodong.vn/cong-doan/lam-dong-cong-doan-tong-ket-nam-2016-612870.ldo', '2016-12-22', 'Lâm Đồng', """
Lâm Đồng: Công đoàn tổng kết năm 2016
22/12/2016 | 17:05
(LĐ) - Ngày 22/12, LĐLĐ tỉnh Lâm Đồng tổ chức hội nghị tổng kết hoạt động công đoàn năm 2016 và triển khai nhiệm vụ năm 2017.
{NFD:Năm 2016, các cấp công đoàn tỉnh đã kết nạp [[5.380|mn a y2016 n=@NFDN]] đoàn viên, thành lập [[64|un a y2016 n=@NFDN]] công đoàn cơ sở, vượt chỉ tiêu Tổng Liên đoàn giao.}
Hiện nay, toàn tỉnh có [[1.213|ut a pub n=@STOCK]] CĐCS với [[71.460|mt a pub n=@STOCK]] đoàn viên.
Các cấp công đoàn đã mở [[26|tr a y2016]] lớp tập huấn cho [[1 .094|te a y2016 n=@SPACE]] lượt cán bộ công đoàn; phối hợp chỉ đạo [[412|oc a y2016]] cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức; ký mới [[37|ca a y2016]] bản thỏa ước lao động tập thể.
Tổng kinh phí thăm hỏi, tặng quà, hỗ trợ đoàn vieen khó khăn trong năm là [[2,150,000,000|sf a y2016 n=@COMMA; @CUE]] đồng, với [[6.745|ben a y2016]] lượt người được nhận.
Năm 2017, LĐLĐ tỉnh phấn đấu kết nạp [[5.000|mn t y2017 b=o n=@TGT; "N đoàn viên trở lên" -> over (gold README 5)]] đoàn viên trở lên, thành lập mới ít nhất [[40|un t y2017 b=o n=@TGT; @ITNHAT; "từ 25 lao động trở lên" is a threshold, not a record (gold README 11)]] CĐCS tại các doanh nghiệp có từ 25 lao động trở lên.
Dịp này, 12 tập thể, 20 cá nhân được nhận Bằng khen của Tổng LĐLĐ Việt Nam.
Đ.T
"""))
DAMAGE['ac07'] = [
    ('nfd', 'Năm 2016, các cấp công đoàn tỉnh đã kết nạp 5.380 đoàn viên, thành lập 64 công đoàn cơ sở, vượt chỉ tiêu Tổng Liên đoàn giao.',
     '(same text in NFC)', 'first body line, the year’s new members and unions'),
    ('space', '1 .094', '1.094', 'training sentence, trainees'),
    ('letter', 'đoàn vieen', 'đoàn viên', 'money sentence (Telex "ee" left unconverted)'),
    ('sep', '2,150,000,000', '2.150.000.000', 'money sentence, commas for thousands'),
]

ARTS.append(('ac08', 'https://laodongthudo.vn/ldld-quan-hoang-mai-ky-ket-thoa-thuan-hop-tac-voi-12-doanh-nghiep-141253.html', '2022-06-15', 'Hà Nội', """
Hà Nội: LĐLĐ quận Hoàng Mai ký kết thỏa thuận hợp tác với [[12|wp a pub n=@HR]] doanh nghiệp
15/06/2022 16:20
(LĐTĐ) Chiều 15/6, Liên đoàn Lao động quận Hoàng Mai tổ chức lễ ký kết thỏa thuận hợp tác chương trình “Phúc lợi đoàn viên công đoàn” với [[12|wp a pub n=@PUB]] doanh nghiệp cung cấp hàng hóa, dịch vụ trên địa bàn. Theo thỏa thuận, đoàn viên công đoàn được giảm giá từ 5% đến 30% khi mua sắm, khám chữa bệnh, ăn uống tại các đơn vị này.
Từ đầu năm đến nay, LĐLĐ quận đã kết nạp [[1.146|mn a 2022-01-01..2022-06-15 n=@DENNAY]] đoàn viên, thành lập [[9|un a 2022-01-01..2022-06-15 n=@DENNAY]] CĐCS, đạt lần lượt [[57%|mn p 2022-01-01..2022-06-15 n=@LAN; @PART]] và [[60%|un p 2022-01-01..2022-06-15 n=@LAN; @PART]] kế hoạch năm. [[29/34|wd a 2022-01-01..2022-06-15 n=@XY; period from the nearest earlier phrase "Từ đầu năm đến nay"]] doanh nghiệp có tổ chức công đoàn đã tổ chức đối thoại định kỳ tại nơi làm việc.
Theo LĐLĐ thành phố Hà Nội, từ đầu năm 2022 đến nay, các cấp công đoàn Thủ đô đã ký kết [[57|wp a 2022-01-01..2022-06-15 s=null n=@DENNAY; city-wide figure: no scope]] thỏa thuận hợp tác chương trình Phúc lợi đoàn viên, nâng tổng số đơn vị đối tác lên [[214|wp a pub s=null n=@STOCKF]].
Phương Anh
Tin liên quan
- Công nhân Khu công nghiệp Thăng Long được khám sức khỏe miễn phí
- Quận Long Biên: 300 suất quà cho công nhân có hoàn cảnh khó khăn
""", 'LĐLĐ quận Hoàng Mai'))
DAMAGE['ac08'] = []

ARTS.append(('ac09', 'https://baoapbac.vn/xa-hoi/202502/hon-41000-doan-vien-nguoi-lao-dong-duoc-cham-lo-tet-at-ty-2025-1041865/', '2025-02-20', 'Tiền Giang', """
Tiền Giang: Hơn [[41.000|ben a y2025 b=o n=@HRR]] đoàn viên, người lao động được chăm lo Tết Ất Tỵ 2025
Cập nhật: 20/02/2025 - 08:30
(ABO) - Liên đoàn Lao động tỉnh Tiền Giang cho biết, dịp Tết Nguyên đán Ất Tỵ 2025, các cấp công đoàn trong tỉnh đã thăm hỏi, tặng quà cho [[41.350|ben a y2025 n=@TET; @CUE; a no-break space follows the figure]]{NBSP}lượt đoàn vên, người lao động (NLĐ) với tổng kinh phí [[18 tỷ 640 triệu|sf a y2025 v=18640000000 n=@MONEY; @TET]] đồng.
Trong đó, Công đoàn các Khu công nghiệp tỉnh chăm lo cho [[l2.480|ben a y2025 s=Công đoàn các Khu công nghiệp n=@L1; @BRK]] công nhân, với kinh phí [[6,2 tỷ|sf a y2025 s=Công đoàn các Khu công nghiệp n=@BRK]] đồng.
LĐLĐ tỉnh cũng phối hợp tặng [[320|ben a y2025 n=@TICKET; @TET]] vé xe cho công nhân quê ở miền Trung, miền Bắc về quê đón Tết; bàn giao [[4|sh a y2025 n=@TET]] nhà “Mái ấm Công đoàn” trị giá gần [[240 triệu|shf a y2025 b=u n=@TET; "gần" -> under (gold README 5)]] đồng cho đoàn viên khó khăn về nhà ở.
Từ đầu năm đến nay, các cấp công đoàn đã kết nap [[615|mn a 2025-01-01..2025-02-20 n=@DENNAY; @CUE]] đoàn viên, thành lập [[3|un a 2025-01-01..2025-02-20 n=@DENNAY]] CĐCS.
Thu Hằng
Lượt xem: 1.377
"""))
DAMAGE['ac09'] = [
    ('nbsp', '41.350{NBSP}lượt', '41.350 lượt', 'lead, right after the beneficiaries figure'),
    ('letter', 'đoàn vên', 'đoàn viên', 'lead, after 41.350 (letter i lost)'),
    ('l-for-1', 'l2.480', '12.480', 'KCN breakdown sentence, beneficiaries'),
    ('tone', 'kết nap', 'kết nạp', 'members sentence, before 615'),
]

ARTS.append(('ac10', 'https://baothaibinh.com.vn/tin-tuc/19/183406/ket-nap-3215-doan-vien-trong-6-thang-dau-nam', '2023-07-20', 'Thái Bình', """
Thái Bình: Kết nạp [[3.215|mn a h1-2023 n=@HR]] đoàn viên trong 6 tháng đầu năm
20/07/2023 09:15
Ngày 20/7, Liên đoàn Lao động tỉnh Thái Bình tổ chức hội nghị sơ kết công tác công đoàn 6 tháng đầu năm 2023.
6 tháng đầu năm 2023, các cấp công đoàn tỉnh đã kêt nạp [[3.215|mn a h1-2023 n=@CUE]] đoàn viên, thành lập [[14|un a h1-2023]] công đoàn cơ sở (CĐCS).
So voi ke hoach 6 thang, so doan vien ket nap moi vuot [[12%|mn p h1-2023 v=112 n=@NODIA; @VUOT; the plan of the half-year: period H1]] ke hoach.
Công tác đại diện, bảo vệ quyền lợi NLĐ tiếp tục được chú trọng: [[286|wkc a h1-2023]] doanh nghiệp tổ chức hội nghị người lao động; [[173|ca a h1-2023 n=@CUE]] doanh nghiệp ký kết thỏa ước lao đọng tập thể; các cấp công đoàn tham gia [[11|sv a h1-2023]] cuộc giám sát việc thực hiện chính sách, pháp luật.
Các cấp công đoàn đã giới thiệu [[96|pr a h1-2023 n=@CUE]] ddoàn viên ưu tú cho Đảng xem xét kết nạp, [[61|pa a h1-2023]] đồng chí đã được kết nạp Đảng; thành lập mới [[5|wc a h1-2023]] Ban nữ công quần chúng.
Hiện toàn tỉnh có [[1.308|ut a pub n=@STOCK]] CĐCS với [[118.542|mt a pub n=@STOCK]] đoàn viên.
6 tháng cuối năm, LĐLĐ tỉnh phấn đấu kết nạp [[2.800|mn t l6-2023 n=@TGT]] đoàn viên, thành lập [[10|un t l6-2023 n=@TGT]] CĐCS mới, phấn đấu hoàn thành vượt mức các chỉ tiêu năm 2023.
Ngọc Lan
"""))
DAMAGE['ac10'] = [
    ('tone', 'kêt nạp', 'kết nạp', 'first body line, before 3.215'),
    ('nodia', 'So voi ke hoach 6 thang, so doan vien ket nap moi vuot 12% ke hoach.',
     'So với kế hoạch 6 tháng, số đoàn viên kết nạp mới vượt 12% kế hoạch.', 'attainment line, a "vượt N%" without diacritics'),
    ('tone', 'lao đọng', 'lao động', 'representation sentence, after 173'),
    ('letter', 'ddoàn viên', 'đoàn viên', 'party sentence, after 96 (Telex "dd" left unconverted)'),
]
