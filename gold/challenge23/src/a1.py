"""ac01-ac05."""
ARTS, DAMAGE = [], {}

ARTS.append(('ac01', 'https://baohaiduong.vn/chinh-tri/ldld-tinh-tong-ket-cong-tac-cong-doan-nam-2016-63418', '2017-01-10', 'Hải Dương', """
Trang chủ » Chính trị » Công đoàn
Thứ Ba, 10/01/2017 - 16:20
LĐLĐ tỉnh tổng kết công tác công đoàn năm 2016
(Baohaiduong.vn) - Sáng 10/1, Liên đoàn Lao động (LĐLĐ) tỉnh Hải Dương tổ chức hội nghị tổng kết công tác công đoàn và phong trào công nhân, viên chức, lao động năm 2016, triển khai nhiệm vụ năm 2017. Dự hội nghị có hơn 200 đại biểu là cán bộ công đoàn chủ chốt các cấp.
Năm qua, trong bối cảnh nhiều doanh nghiệp gặp khó khăn, các cấp công đoàn trong tỉnh đã chủ động bám sát cơ sở, đẩy mạnh tuyên truyền, vận động thành lập công đoàn cơ sở (CĐCS) tại các doanh nghiệp ngoài nhà nước.
Nam 2016, LDLD tinh ket nap [[6.215|mn a y2016 n=@NODIA]] doan vien moi (dat [[124%|mn p y2016 n=@NODIA; "đạt N% kế hoạch" in brackets after the members -> attainment of members_new (gold README 4)]] ke hoach), thanh lap [[38|un a y2016 n=@NODIA]] CDCS.
Đến nay, toàn tỉnh có [[l.482|ut a pub n=@STOCK; @L1]] CĐCS với [[158.960|mt a pub n=@STOCK]] đoàn viên, trong đó khu vực ngoài nhà nước chiếm gần 70%.
Công tác chăm lo đời sống đoàn viên được quan tâm. Dịp Tết Bính Thân 2016, công đoàn các cấp đã thăm hỏi, tặng quà cho [[12.430|ben a y2016 n=@TET; @CUE]] đoàn viiên, người lao động có hoàn cảnh khó khăn với tổng số tiền [[5 tỷ 270 triệu|sf a y2016 v=5270000000 n=@MONEY; @TET]] đồng. Mỗi suất quà trị giá từ 300.000 đến 500.000 đồng.
Các cấp công đoàn đã giới thiệu [[1.126|pr a y2016 n=no period phrase in the sentence: the nearest earlier one (Tết Bính Thân 2016 / Năm 2016) gives 2016 (records.md periods)]] đoàn viên ưu tú cho Đảng xem xét, bồi dưỡng; trong đó [[742|pa a y2016 n=@CUE; "trong đó ... đã được kết nạp" of the referrals: party_admitted, period as the referrals]] đồng chí đã được kêt nạp vào Đảng.
Năm 2017, LĐLĐ tỉnh đặt mục tiêu kết nạp [[6.000|mn t y2017 n=@TGT]] đoàn viên, thành lập ít nhất [[30|un t y2017 b=o n=@TGT; @ITNHAT]] CĐCS, tiếp tục nâng cao chất lượng hoạt động của CĐCS tại các doanh nghiệp ngoài nhà nước.
Tại hội nghị, LĐLĐ tỉnh đã khen thưởng 25 tập thể và 40 cá nhân có thành tích xuất sắc năm 2016.
THANH HÀ
"""))
DAMAGE['ac01'] = [
    ('nodia', 'Nam 2016, LDLD tinh ket nap 6.215 doan vien moi (dat 124% ke hoach), thanh lap 38 CDCS.',
     'Năm 2016, LĐLĐ tỉnh kết nạp 6.215 đoàn viên mới (đạt 124% kế hoạch), thành lập 38 CĐCS.', 'body, whole line with three figures'),
    ('l-for-1', 'l.482', '1.482', 'stock sentence, unions_total'),
    ('letter', 'đoàn viiên', 'đoàn viên', 'Tết gifts sentence, after 12.430'),
    ('tone', 'kêt nạp', 'kết nạp', 'party sentence, after 742'),
]

ARTS.append(('ac02', 'https://baothanhhoa.vn/lao-dong-viec-lam/soi-noi-cac-hoat-dong-thang-cong-nhan-nam-2019-91452.htm', '2019-05-29', 'Thanh Hóa', """
Thanh Hóa: Sôi nổi các hoạt động Tháng Công nhân năm 2019
Cập nhật lúc: 29/05/2019 09:40
(Baothanhhoa.vn) - Sáng 29/5, LĐLĐ tỉnh Thanh Hóa tổ chức hội nghị sơ kết thang cong nhan năm 2019 và Tháng hành động về an toàn, vệ sinh lao động.
Theo báo cáo, hưởng ứng Tháng Công nhân với chủ đề “Đoàn kết công nhân - Tuân thủ pháp luật - Xây dựng quan hệ lao động hài hòa”, đã có [[1.5 60|wmu a mo2019-05 n=@SPACE; @TCN]] CĐCS trong tỉnh tổ chức các hoạt động thiết thực chăm lo cho đoàn viên, người lao động (NLĐ).
Trong tháng, các cấp công đoàn đã thăm hỏi, tặng quà cho [[8.247|ben a mo2019-05 n=@TCN]] đoàn viên, NLĐ có hoàn cảnh khó khăn, bị tai nạn lao động, bệnh nghề nghiệp với tổng số tiền [[2,36{NBSP}tỷ|sf a mo2019-05 n=@NB; @TCN]] đồng.
{NFD:Công đoàn các cấp đã phối hợp với người sử dụng lao động tổ chức đối thoại tại [[214|wd a mo2019-05 n=@NFDN; @TCN]] doanh nghiệp; vận động [[57|meal a mo2019-05 n=@NFDN; @TCN]] doanh nghiệp nâng mức bữa ăn ca cho công nhân, với mức tăng từ 2.000 đến 5.000 đồng/suất.}
Đặc biệt, LĐLĐ tỉnh đã bàn giao [[6|sh a mo2019-05 n=@TCN]] nhà “Mái ấm Công đoàn” cho đoàn viên khó khăn về nhà ở tại các huyện Mường Lát, Quan Sơn, Như Xuân, tổng trị giá [[300 triệu|shf a mo2019-05 n=@TCN]] đồng.
Công tác phát triển đoàn viên cũng đạt nhiều kết quả: trong tháng, các cấp công đoàn kết nạp [[1.037|mn a mo2019-05 n=@TCN]] đoàn viên, thành lập [[11|un a mo2019-05 n=@TCN]] CĐCS.
Tại hội nghị, LĐLĐ tỉnh tặng Bằng khen cho 18 tập thể, 25 cá nhân có thành tích xuất sắc trong tổ chức Tháng Công nhân năm 2019.
Minh Hiếu
"""))
DAMAGE['ac02'] = [
    ('tcn', 'thang cong nhan năm 2019', 'Tháng Công nhân năm 2019', 'lead, the only place that names the month with its year'),
    ('space', '1.5 60', '1.560', 'body, workers_month_units'),
    ('nbsp', '2,36{NBSP}tỷ', '2,36 tỷ', 'gifts sentence, inside the money span'),
    ('nfd', 'Công đoàn các cấp đã phối hợp với người sử dụng lao động tổ chức đối thoại tại 214 doanh nghiệp; vận động 57 doanh nghiệp nâng mức bữa ăn ca cho công nhân, với mức tăng từ 2.000 đến 5.000 đồng/suất.',
     '(same text in NFC)', 'dialogue / meal paragraph, whole line'),
]

ARTS.append(('ac03', 'https://baonghean.vn/ban-giao-3-nha-mai-am-cong-doan-cho-doan-vien-kho-khan-post228114.html', '2020-08-14', 'Nghệ An', """
Nghệ An: Bàn giao [[3|sh a pub n=@HR]] nhà “Mái ấm Công đoàn” cho đoàn viên khó khăn
14/08/2020 15:32 GMT+7
(Baonghean.vn) - Sáng 14/8, Liên đoàn Lao động huyện Quỳnh Lưu phối hợp với chính quyền các địa phương tổ chức bàn giao [[3|sh a pub n=@PUB]] nhà “Mái ấm Công đoàn” cho đoàn viên có hoàn cảnh khó khăn về nhà ở tại các xã Quỳnh Thạch, Quỳnh Hưng và An Hòa.
Các ngôi nhà được xây dựng kiên cố, diện tích từ 60 đến 70 m2, tổng trị giá mỗi nhà khoảng 250 triệu đồng. Mỗi đoàn viên được hỗ trợ 50 triệu đồng từ nguồn quỹ “Mái ấm Công đoàn”, tổng số tiền hỗ trợ là [[150 triệu|shf a pub n=@PUB; the per-house 250 triệu / 50 triệu are per-item amounts, not records (gold README 11)]] đồng; phần còn lại do gia đình, người thân và chính quyền địa phương hỗ trợ.
Cũng tại buổi lễ, LĐLĐ huyện trao [[năm|ben a pub v=5 n=@WORD; gift packages -> beneficiaries (gold README 9)]] suất quà cho đoàn viên có hoàn cảnh đặc biệt khó khăn, mỗi suất 1 triệu đồng.
Theo LĐLĐ tỉnh Nghệ An, từ đầu năm 2020 đến nay, các cấp công đoàn trong tỉnh đã hỗ trợ xây mới và sửa chữa [[41|sh a 2020-01-01..2020-08-14 s=null n=@DENNAY; province-wide figure of LĐLĐ tỉnh: no scope]] nhà “Mái ấm Công đoàn” với tổng kinh phí hỗ trợ hơn [[1,9 tỷ|shf a 2020-01-01..2020-08-14 b=o s=null n=@DENNAY]] đồng. Kế hoạch năm 2020, toàn tỉnh phấn đấu hỗ trợ [[60|sh t y2020 s=null n=@TGT]] nhà.
KIM OANH
Tin cùng chuyên mục
- Hơn 1.000 công nhân được khám sức khỏe miễn phí (12/08/2020)
- Công đoàn Giáo dục tặng 200 suất quà cho giáo viên vùng lũ (10/08/2020)
""", 'LĐLĐ huyện Quỳnh Lưu'))
DAMAGE['ac03'] = []

ARTS.append(('ac04', 'http://baobinhduong.vn/cong-doan-chi-hon-12-5-ty-dong-ho-tro-nguoi-lao-dong-kho-khan-do-covid-19-a251876.html', '2021-10-05', 'Bình Dương', """
Bình Dương: Công đoàn chi hơn [[12,5 tỷ|sf a f9-2021 b=o n=@HR; the headline writes the decimal comma correctly]] đồng hỗ trợ người lao động khó khăn do Covid-19
05/10/2021 | 08:15
(BDO) Theo LĐLĐ tỉnh Bình Dương, 9 tháng đầu năm 2021, các cấp công đoàn tỉnh đã hỗ trợ cho [[84.650|ben a f9-2021 n=@CUE]] lượt đoàn viên, người 1ao động bị ảnh hưởng bởi dịch Covid-19 với tổng số tiền hơn [[12.5 tỷ|sf a f9-2021 b=o n=@DOTDEC]] đồng.
Riêng Công đoàn các Khu công nghiệp tỉnh đã hỗ trợ [[31.270|ben a f9-2021 s=Công đoàn các Khu công nghiệp n=@BRK; @CUE]] lượt công nhận lao động đang làm việc tại các doanh nghiệp thực hiện phương án “3 tại chỗ”.
Trong thời gian thực hiện giãn cách xã hội (từ ngày 19/7 đến ngày 30/9/2021), các cấp công đoàn đã trao [[2 .340|ben a 2021-07-19..2021-09-30 n=@SPACE; gift packages -> beneficiaries (gold README 9); the sentence names its own dates (records.md periods)]] túi an sinh cho công nhân là F0 đang điều trị hoặc phải cách ly tại nhà trọ; mỗi túi trị giá 500.000 đồng.
Dù gặp nhiều khó khăn, 9 tháng qua các cấp công đoàn vẫn kết nạp [[9.812|mn a f9-2021]] đoàn viên, thành lập mới [[47|un a f9-2021]] CĐCS (đạt [[39,2%|un p f9-2021 n=@PART; the bracket follows the new unions]] kế hoạch năm).
Tuy nhiên, do nhiều doanh nghiệp giải thể, tạm ngừng hoạt động, số đoàn viên giảm [[21.460|ml a f9-2021]] người; [[36|ud a f9-2021]] CĐCS bị giải thể.
Ông Nguyễn Văn Lộc, Chủ tịch LĐLĐ tỉnh cho biết, thời gian tới các cấp công đoàn tiếp tục đồng hành cùng doanh nghiệp khôi phục sản xuất, vận động NLĐ quay trở lại làm việc. Đường dây nóng của LĐLĐ tỉnh: 0274.3822 105.
Thanh Tâm
"""))
DAMAGE['ac04'] = [
    ('1-for-l', 'người 1ao động', 'người lao động', 'lead, after 84.650'),
    ('sep', '12.5 tỷ', '12,5 tỷ', 'lead, support_funds (the headline has 12,5)'),
    ('tone', 'công nhận lao động', 'công nhân lao động', 'KCN breakdown sentence, after 31.270'),
    ('space', '2 .340', '2.340', 'lockdown gift sentence, beneficiaries'),
]

ARTS.append(('ac05', 'https://baoquangnam.vn/xa-hoi/cong-doan-so-ket-cong-tac-6-thang-dau-nam-2018-83521.html', '2018-07-19', 'Quảng Nam', """
Quảng Nam: Công đoàn sơ kết công tác 6 tháng đầu năm 2018
Thứ năm, 19/07/2018, 14:05 (GMT+7)
(QNO) - Ngày 19/7, Liên đoàn Lao động tỉnh Quảng Nam tổ chức hội nghị sơ kết công tác Công đòan 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2018.
Theo báo cáo, 6 tháng đầu năm 2018, các cấp công đoàn tỉnh đã kết nạp [[l.026|mn a h1-2018 n=@L1; @CUE]] doàn viên, thanh lập [[23|un a h1-2018 n=@CUE]] CĐCS; số đoàn viên kết nạp mới đạt [[51,3%|mn p h1-2018 n=@PART]] kế hoạch năm.
Công tác tuyên truyền, giáo dục được đổi mới; các cấp công đoàn tổ chức [[58|tr a h1-2018]] lớp tập huấn nghiệp vụ cho [[4.120|te a h1-2018]] lượt cán bộ công đoàn cơ sở.
Hoạt động đại diện, bảo vệ quyền lợi của người lao động được chú trọng: [[342/415|wkc a h1-2018 n=@XY]] doanh nghiệp có tổ chức công đoàn đã tổ chức hội nghị người lao động; các cấp công đoàn chủ trì và phối hợp tổ chức [[19|sv a h1-2018]] cuộc kiểm tra, giám sát việc thực hiện chính sách pháp luật lao động tại doanh nghiệp.
Ủy ban Kiểm tra các cấp đã kiểm tra tài chính [[12|fi a h1-2018]] đơn vị, kiến nghị thu hồi hơn 40 triệu đồng chi sai quy định.
6 tháng cuối năm, LĐLĐ tỉnh đề ra chỉ tiêu kết nạp thêm [[1.000|mn t l6-2018 n=@TGT]] đoàn viên, thành lập [[17|un t l6-2018 n=@TGT]] CĐCS, phấn đấu hoàn thành các chỉ tiêu Đại hội Công đoàn tỉnh lần thứ XVI đề ra.
P.V
"""))
DAMAGE['ac05'] = [
    ('tone', 'Công đòan', 'Công đoàn', 'lead (tone mark on the wrong vowel, old typing habit)'),
    ('l-for-1', 'l.026', '1.026', 'members sentence, members_new'),
    ('half', 'doàn viên', 'đoàn viên', 'members sentence, after l.026 (stroke of đ lost, tone kept)'),
    ('tone', 'thanh lập', 'thành lập', 'members sentence, before 23'),
]
