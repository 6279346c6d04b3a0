"""am11-am15."""
from a1 import HR, CAP, STOCK
ARTS = []

# am11 -- baohaiduong-like; "9 tháng đầu năm 2024", same period 2023, "Từ nay đến cuối năm" targets
NOW = ('n=từ nay đến cuối năm in an article published 2024-10-15 -> 2024-10-15..2024-12-31 (from the '
       'publication date to the year end); target (phấn đấu)')
ARTS.append(('am11', 'https://baohaiduong.vn/lao-dong-viec-lam/9-thang-ky-moi-73-thoa-uoc-lao-dong-tap-the-398214.html', '2024-10-15', 'Hải Dương', """9 tháng, ký mới [[73|ca a f9-2024 """ + HR + """]] thỏa ước lao động tập thể

THỨ BA, 15/10/2024 10:12:40

9 tháng đầu năm 2024, các CĐCS trong tỉnh đã ký mới [[73|ca a f9-2024]] bản thỏa ước lao động tập thể (TƯLĐTT), tăng 12 bản so với cùng kỳ năm 2023 ([[61|ca a f9-2023 n=cùng kỳ năm 2023 in a 9-month report -> the first 9 months of 2023]] bản).

Theo LĐLĐ tỉnh, trong 9 tháng, [[214|wkc a f9-2024 n=trong 9 tháng -> the 9 months of 2024 named before]] doanh nghiệp đã tổ chức hội nghị người lao động; [[188|wd a f9-2024]] doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc. Công đoàn đã thương lượng thành công việc điều chỉnh tăng giá trị bữa ăn ca tại [[52|meal a f9-2024]] doanh nghiệp, mức phổ biến từ 18.000 đến 25.000 đồng/suất.

Từ nay đến cuối năm, LĐLĐ tỉnh phấn đấu ký mới thêm ít nhất [[30|ca t 2024-10-15..2024-12-31 b=o """ + NOW + """; ít nhất -> over]] bản TƯLĐTT, thương lượng nâng giá trị bữa ăn ca tại [[20|meal t 2024-10-15..2024-12-31 """ + NOW + """]] doanh nghiệp tại các khu công nghiệp Đại An, Phúc Điền, Lai Vu.

Ký kết thỏa ước lao động tập thể tại Công ty TNHH Ford Việt Nam. Ảnh: THÀNH CHUNG

THÀNH CHUNG
"""))

# am12 -- baobacninh-like page scraped without a dateline; Tết Giáp Thìn 2024 vs Tết Quý Mão 2023
TET = 'n=Tết Nguyên đán Giáp Thìn 2024 -> the Tết year, 2024-01-01..2024-12-31 (records.md năm 2024)'
T23 = 'n=Tết Quý Mão 2023 -> 2023 (the year the Tết names)'
ARTS.append(('am12', 'https://baobacninh.vn/xa-hoi/hon-46000-suat-qua-tet-den-voi-cong-nhan-152733.html', '2024-02-05', 'Bắc Ninh', """Hơn [[46.000|ben a y2024 b=o v=46000 """ + HR + """]] suất quà Tết đến với công nhân

Dịp Tết Nguyên đán Giáp Thìn 2024, các cấp công đoàn tỉnh đã thăm, tặng [[46.380|ben a y2024 """ + TET + """; gift packages count as beneficiaries (gold README 9)]] suất quà cho đoàn viên, NLĐ với tổng kinh phí [[31,2 tỷ|sf a y2024 """ + TET + """]] đồng. Mỗi suất quà trị giá từ 500.000 đồng đến 1 triệu đồng.

Trong đó, Công đoàn các KCN tỉnh trao [[28.600|ben a y2024 s=Công đoàn các KCN n=breakdown with a scope (gold README 6); Tết 2024]] suất quà cho công nhân tại các KCN Yên Phong, Quế Võ, VSIP. LĐLĐ tỉnh còn tặng [[1.250|ben a y2024 n=tickets given to members count as beneficiaries (gold README 9); Tết 2024]] vé xe, vé tàu cho công nhân về quê đón Tết.

Chương trình "Tết Sum vầy" và "Chợ Tết Công đoàn" năm nay phát hành 5.000 phiếu mua hàng 0 đồng, mỗi phiếu 500.000 đồng.

So với Tết Quý Mão 2023 ([[38.920|ben a y2023 """ + T23 + """]] suất quà, [[24,5 tỷ|sf a y2023 """ + T23 + """]] đồng), số suất quà tăng gần 20%.

Lãnh đạo tỉnh tặng quà công nhân Công ty TNHH Samsung Electronics Việt Nam. Ảnh: Đức Minh

Đức Minh

Tin cùng chuyên mục
- Thuận Thành: 300 công nhân được tặng quà Tết
- Yên Phong tổ chức Chợ Tết Công đoàn cho 2.000 công nhân
"""))

# am13 -- baotravinh-like, published in December: "Năm qua" -> 2017; Tết Mậu Tuất 2018 plans; Tết Đinh Dậu 2017
NQD17 = 'n=năm qua in an article published in December 2017 -> 2017 (records.md period table)'
T18 = ('n=Tết Nguyên đán Mậu Tuất 2018 plan -> target (dự kiến) of the Tết year 2018 (2018-01-01..2018-12-31), '
       'a target may lie after publication')
ARTS.append(('am13', 'http://www.baotravinh.vn/xa-hoi/du-kien-cham-lo-tet-cho-12000-doan-vien-nguoi-lao-dong-25117.html', '2017-12-28', 'Trà Vinh', """Dự kiến chăm lo Tết cho [[12.000|ben t y2018 b=a """ + HR + """]] đoàn viên, người lao động

Cập nhật lúc: 28/12/2017 - 15:12

Năm qua, LĐLĐ tỉnh đã kết nạp [[3.210|mn a y2017 """ + NQD17 + """]] đoàn viên, thành lập [[21|un a y2017 """ + NQD17 + """]] CĐCS; hỗ trợ xây mới, sửa chữa [[34|sh a y2017 """ + NQD17 + """]] căn nhà "Mái ấm Công đoàn" với số tiền [[1,26 tỷ|shf a y2017]] đồng.

Theo kế hoạch, dịp Tết Nguyên đán Mậu Tuất 2018, LĐLĐ tỉnh dự kiến thăm, tặng quà cho khoảng [[12.000|ben t y2018 b=a """ + T18 + """]] đoàn viên, NLĐ có hoàn cảnh khó khăn với kinh phí khoảng [[4,8 tỷ|sf t y2018 b=a """ + T18 + """]] đồng, mỗi phần quà 400.000 đồng.

Tết Đinh Dậu 2017, các cấp công đoàn trong tỉnh đã chăm lo cho [[10.450|ben a y2017 n=Tết Đinh Dậu 2017 -> 2017 (the year the Tết names)]] lượt đoàn viên, NLĐ với tổng kinh phí hơn [[4,1 tỷ|sf a y2017 b=o]] đồng.

Chủ tịch LĐLĐ tỉnh Trà Vinh Kim Ngọc Thái cho biết, các cấp công đoàn sẽ ưu tiên công nhân không có điều kiện về quê đón Tết, đoàn viên bị tai nạn lao động, bệnh hiểm nghèo.

H.N

Bình luận (0)
"""))

# am14 -- baolamdong-like; a list under the heading "năm 2022 ... các chỉ tiêu"; Tháng Công nhân item; YTD
LIST = 'n=item of a list under the heading năm 2022 ... các chỉ tiêu -> target of 2022 (gold README 8)'
YTD = 'n=từ đầu năm đến nay, published 2022-03-15 -> 2022-01-01..2022-03-15 (records.md)'
ARTS.append(('am14', 'http://baolamdong.vn/xahoi/202203/ldld-tinh-lam-dong-ban-hanh-chuong-trinh-cong-tac-nam-2022-3111587/', '2022-03-15', 'Lâm Đồng', """LĐLĐ tỉnh Lâm Đồng ban hành chương trình công tác năm 2022

Thứ Ba, 15/03/2022 | 09:41

(LĐ) - LĐLĐ tỉnh vừa ban hành Chương trình công tác công đoàn năm 2022. Theo đó, năm 2022, các cấp công đoàn trong tỉnh phấn đấu thực hiện các chỉ tiêu chủ yếu sau:

- Phát triển mới [[5.500|mn t y2022 """ + LIST + """]] đoàn viên; thành lập mới [[30|un t y2022 """ + LIST + """]] CĐCS.
- Giới thiệu [[350|pr t y2022 """ + LIST + """]] đoàn viên ưu tú cho Đảng xem xét, kết nạp.
- 100% cơ quan, đơn vị khu vực nhà nước tổ chức hội nghị cán bộ, công chức, viên chức.
- Xây mới, sửa chữa [[40|sh t y2022 """ + LIST + """]] nhà "Mái ấm Công đoàn".
- Tổ chức Tháng Công nhân tại ít nhất [[250|wmu t mo2022-05 b=o n=list item that names its own period: Tháng Công nhân -> May 2022 (gold README 8); ít nhất -> over]] CĐCS.
- Ký kết thêm [[8|wp t y2022 """ + LIST + """]] thỏa thuận hợp tác thực hiện Chương trình "Phúc lợi đoàn viên công đoàn".

Từ đầu năm đến nay, LĐLĐ tỉnh đã kết nạp [[1.120|mn a 2022-01-01..2022-03-15 """ + YTD + """]] đoàn viên, thành lập [[6|un a 2022-01-01..2022-03-15 """ + YTD + """]] CĐCS. Dịp Tết Nhâm Dần vừa qua, các cấp công đoàn đã thăm, tặng quà [[15.400|ben a y2022 n=Tết Nhâm Dần vừa qua (Tết of 2022) -> 2022 (the Tết year)]] đoàn viên, NLĐ với tổng kinh phí [[7,3 tỷ|sf a y2022]] đồng.

Vy Đan

Tin khác
- Đà Lạt: 120 công nhân được khám sức khỏe miễn phí
"""))

# am15 -- undated page (published null) whose text prints a dateline: Vĩnh Phúc, "Tháng Công nhân năm nay"
DL = ('n=published is null but the page prints the dateline Thứ Tư, 14/06/2017; the dateline is the '
      'article\'s publication date (records.md: else from the article\'s publication date)')
ARTS.append(('am15', 'http://www.baovinhphuc.com.vn/xa-hoi/51902/hon-350-cong-doan-co-so-to-chuc-thang-cong-nhan.html', None, 'Vĩnh Phúc', """Hơn [[350|wmu a mo2017-05 b=o """ + HR + """]] công đoàn cơ sở tổ chức Tháng Công nhân

Thứ Tư, 14/06/2017 - 10:22

Tổng kết Tháng Công nhân năm nay, LĐLĐ tỉnh cho biết đã có [[356|wmu a mo2017-05 """ + DL + """; Tháng Công nhân năm nay -> May 2017]] CĐCS tổ chức các hoạt động thiết thực, tăng 38 đơn vị so với Tháng Công nhân năm 2016 ([[318|wmu a mo2016-05 n=Tháng Công nhân năm 2016 -> May 2016 (records.md)]] CĐCS).

Trong tháng, các cấp công đoàn đã thăm, tặng quà [[4.870|ben a mo2017-05 n=trong tháng -> the Workers' Month named before, May 2017 (year from the dateline)]] đoàn viên, công nhân lao động có hoàn cảnh khó khăn với tổng kinh phí [[1,95 tỷ|sf a mo2017-05]] đồng; phối hợp tổ chức đối thoại tại [[112|wd a mo2017-05]] doanh nghiệp.

Hiện toàn tỉnh có [[1.046|ut a pub """ + DL[:-1] + """; a stock stated as current is dated at it, gold README 7)]] CĐCS với trên [[142.000|mt a pub b=o v=142000 n=stock stated as current -> the dateline date of the undated page (gold README 7)]] đoàn viên.

Đ.T

Số lần đọc: 1.087
""", '2017-06-14'))
