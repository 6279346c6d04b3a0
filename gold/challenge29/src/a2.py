"""ai11-ai20."""
ARTS = []

# ai11 - wordpress aggregator, undated, light damage (missing marks, stray ¬); Bạc Liêu (-> Cà Mau)
ARTS.append(('ai11',
 'https://postvn.com/latest/bac-lieu-ket-nap-hon-1000-doan-vien-trong-6-thang-dau-nam/',
 None, 'Bạc Liêu', '''Ngày 12-7, Liên đoàn Lao động (LĐLĐ) tỉnh Bạc Liêu tổ chức hội nghị sơ kết hoạt động công đoàn 6 tháng đầu năm 2017, triển khai nhiệm vụ 6 tháng cuối năm.

Theo báo cáo, 6 tháng qua, các cấp công đoàn trong tỉnh đã ket nạp mới [[1.094|mn a h1-2017 n=scraped "ket nạp" (missing marks) read as kết nạp; "6 tháng qua" -> 6 tháng đầu năm 2017 named before]] đoàn viên, đạt [[54,7%|mn p h1-2017]] kế hoạch năm; thành lập mới [[9|un a h1-2017 n=stray ¬ inside "công đoàn¬ cơ sở" ignored]] công đoàn¬ cơ sở. Các cấp công đoàn phối hợp với người sử dụng lao động tổ chức hội nghị người lao động tại [[46|wkc a h1-2017]] doanh nghiệp, đối thoại định kỳ tại [[38|wd a h1-2017]] doanh nghiệp; tư vấn pháp luật cho [[517|lc a h1-2017]] lượt đoàn viên, người lao động.

Công tác chăm lo đời sống đoàn viên được quan tâm, các cấp công đoàn đã thăm hỏi, hỗ trợ [[826|ben a h1-2017]] trường hợp đoàn viên ốm đau, khó khăn với số tiền trên [[740 triệu|sf a h1-2017 b=o]] đồng.

6 tháng cuối năm, LĐLĐ tỉnh phấn đấu kết nạp thêm [[906|mn t h2-2017]] đoàn viên, thành lập mới [[8|un t h2-2017]] công đoàn cơ sở, hoàn thành chỉ tiêu năm 2017 mà Tổng Liên đoàn Lao động Việt Nam giao.

Hoàng Lam

Trả lời

Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *

Bình luận *

Tên *
'''))

# ai12 - national news, vov dateline; Việt Nam (plus one named province)
ARTS.append(('ai12',
 'https://vov.vn/xa-hoi/6-thang-dau-nam-cong-doan-ket-nap-gan-400000-doan-vien-post1033456.vov',
 '2023-07-14', 'Việt Nam', '''6 tháng đầu năm, Công đoàn kết nạp gần [[400.000|mn a h1-2023 b=u n=headline repeat of 396.712 (rounded up, "gần" -> under): body region and period (gold README 1, 5)]] đoàn viên

Thứ Sáu, 06:30, 14/07/2023

VOV.VN - Số đoàn viên công đoàn giảm mạnh do nhiều doanh nghiệp thiếu đơn hàng, cắt giảm lao động.

Theo Tổng Liên đoàn Lao động Việt Nam, 6 tháng đầu năm 2023, các cấp công đoàn cả nước kết nạp mới [[396.712|mn a h1-2023 n=national total -> Việt Nam (records.md)]] đoàn viên, thành lập mới [[1.846|un a h1-2023]] công đoàn cơ sở. Hà Nội, TP HCM, Bình Dương, Đồng Nai là những địa phương kết nạp nhiều đoàn viên nhất; riêng TP HCM kết nạp [[98.600|mn a h1-2023 r=Hồ Chí Minh n=the sentence names the city (records.md regions)]] đoàn viên.

Chủ tịch Tổng LD9LD9 Việt Nam Nguyễn Đình Khang thăm hỏi công nhân bị giảm giờ làm tại Bình Dương. Ảnh: VOV

Tuy nhiên, cùng kỳ, cả nước giảm [[508.420|ml a h1-2023]] đoàn viên và [[2.915|ud a h1-2023 n="giải thể" -> unions_dissolved]] công đoàn cơ sở phải giải thể, chủ yếu ở các doanh nghiệp dệt may, da giày, điện tử. Hiện cả nước có hơn [[11,1 triệu|mt a pub b=o n=stock (hiện) dated at publication (gold README 7)]] đoàn viên, sinh hoạt tại gần [[134.000|ut a pub b=u]] công đoàn cơ sở.

Các cấp công đoàn đã phối hợp kiểm tra, giám sát việc thực hiện chính sách, pháp luật lao động tại [[8.470|sv a h1-2023 n=no period phrase in the sentence: nearest earlier one (6 tháng đầu năm 2023; "cùng kỳ" refers to it)]] doanh nghiệp. Năm 2023, Tổng Liên đoàn đặt mục tiêu kết nạp [[1 triệu|mn t y2023]] đoàn viên, thành lập mới [[4.000|un t y2023]] công đoàn cơ sở.

Phan Anh/VOV.VN
'''))

# ai13 - baobinhdinh, Workers' Month plan; Bình Định (-> Gia Lai)
ARTS.append(('ai13',
 'https://baobinhdinh.vn/viewnews.aspx?newsid=214763',
 '2019-04-26', 'Bình Định', '''Tháng Công nhân 2019: Dự kiến trao hơn [[3.000|ben t mo2019-05 b=o n=headline repeat of the planned figure: target, Tháng Công nhân 2019 (gold README 1, 4)]] suất quà cho công nhân lao động

Ngày 26/04/2019 lúc 10:20

(BĐ) - Chiều 25.4, LĐLĐ tỉnh tổ chức họp báo thông tin về các hoạt động hưởng ứng Tháng Công nhân năm 2019 với chủ đề “Nâng cao kỹ năng nghề nghiệp, vì việc làm bền vững”.

Theo kế hoạch, trong Tháng Công nhân, các cấp công đoàn sẽ thăm, tặng hơn [[3.000|ben t mo2019-05 b=o n=planned programme -> target; Tháng Công nhân -> May of its year (records.md, gold README 8)]] suất quà cho công nhân lao động có hoàn cảnh khó khăn, tổng kinh phí khoảng [[1,8 tỷ|sf t mo2019-05 b=a]] đồng; tổ chức đối thoại tại ít nhất [[60|wd t mo2019-05 b=o]] doanh nghiệp; hỗ trợ xây dựng [[10|sh t mo2019-05]] nhà “Mái ấm Công đoàn”. LĐLĐ tỉnh phấn đấu 100% CĐCS tổ chức các hoạt động hưởng ứng Tháng Công nhân.

Tháng Công nhân năm 2018, toàn tỉnh có [[1.152|wmu a mo2018-05]] CĐCS tổ chức các hoạt động; các cấp công đoàn đã trao [[2.874|ben a mo2018-05]] suất quà với tổng trị giá [[1,5 tỷ|sf a mo2018-05]] đồng cho CNLĐ.

NGỌC TÚ

Tin liên quan
- Phù Cát: Trao 25 suất quà cho công nhân khó khăn
- Công đoàn Khu kinh tế tỉnh ký kết 12 thỏa ước lao động tập thể
'''))

# ai14 - provincial paper, undated; sector union, school year; Ninh Thuận (-> Khánh Hòa)
ARTS.append(('ai14',
 'https://baoninhthuan.com.vn/news/76542p24c152/cong-doan-nganh-giao-duc-tong-ket-nam-hoc-20152016.htm',
 None, 'Ninh Thuận', '''Công đoàn ngành Giáo dục tổng kết năm học 2015-2016

(NTO) Ngày 28-7, Công đoàn ngành Giáo dục tỉnh tổ chức hội nghị tổng kết hoạt động công đoàn năm học 2015-2016, triển khai nhiệm vụ năm học 2016-2017.

Năm học qua, [[209/212|oc a sy2015 s=Công đoàn ngành Giáo dục n=x/y -> x (records.md); "Năm học qua" -> năm học 2015-2016 named before; sector union -> province from the site, with a scope (gold README 10)]] đơn vị trường học trực thuộc đã tổ chức hội nghị cán bộ, công chức, viên chức đúng quy định. Công đoàn ngành kết nạp [[376|mn a sy2015 s=Công đoàn ngành Giáo dục]] đoàn viên mới, thành lập [[3|wc a sy2015 s=Công đoàn ngành Giáo dục]] Ban nữ công ở các trường mới thành lập; thăm hỏi, hỗ trợ [[412|ben a sy2015 s=Công đoàn ngành Giáo dục]] lượt đoàn viên ốm đau, gặp khó khăn với số tiền [[286 triệu|sf a sy2015 s=Công đoàn ngành Giáo dục]] đồng. Các công đoàn cơ sở đã giới thiệu [[57|pr a sy2015 s=Công đoàn ngành Giáo dục]] đoàn viên ưu tú cho Đảng xem xét, trong đó [[34|pa a sy2015 s=Công đoàn ngành Giáo dục]] đồng chí đã được kết nạp. Hiện Công đoàn ngành có [[215|ut a null s=Công đoàn ngành Giáo dục n=stock (hiện) with no publication date -> null..null (records.md)]] công đoàn cơ sở với [[7.860|mt a null s=Công đoàn ngành Giáo dục]] đoàn viên.

Năm học 2016-2017, Công đoàn ngành phấn đấu 100% đơn vị tổ chức hội nghị cán bộ, công chức, viên chức; kết nạp [[300|mn t sy2016 s=Công đoàn ngành Giáo dục]] đoàn viên mới.

Dịp này, Công đoàn ngành Giáo dục tặng giấy khen cho 18 tập thể và 42 cá nhân có thành tích xuất sắc.

Thanh Hương
'''))

# ai15 - baocamau, January report on the past year, related-story list; Cà Mau
ARTS.append(('ai15',
 'https://baocamau.vn/hon-1-300-luot-nguoi-lao-dong-duoc-tu-van-phap-luat-mien-phi-a35812.html',
 '2025-01-08', 'Cà Mau', '''Hơn [[1.300|lc a y2024 b=o n=headline repeat of 1.326: body region and period (gold README 1)]] lượt người lao động được tư vấn pháp luật miễn phí

08/01/2025 14:35

(CMO) Năm qua, Trung tâm Tư vấn pháp luật Công đoàn tỉnh đã tư vấn cho [[1.326|lc a y2024 n="Năm qua" published in January -> previous year (records.md)]] lượt đoàn viên, người lao động về tiền lương, bảo hiểm xã hội, hợp đồng lao động; trực tiếp tham gia tố tụng, bảo vệ quyền lợi cho 14 người lao động tại tòa án, giúp người lao động nhận lại hơn 1,2 tỷ đồng tiền lương, trợ cấp bị nợ.

Bên cạnh đó, các cấp công đoàn trong tỉnh tổ chức [[48|tr a y2024]] hội nghị tập huấn, tuyên truyền pháp luật lao động cho [[5.630|te a y2024]] lượt đoàn viên, người lao động; phối hợp tổ chức [[27|sv a y2024]] cuộc giám sát việc thực hiện chế độ, chính sách cho người lao động tại doanh nghiệp.

Năm 2025, Trung tâm phấn đấu tư vấn cho ít nhất [[1.500|lc t y2025 b=o]] lượt người lao động. Người lao động cần tư vấn có thể liên hệ đường dây nóng 0290.3833.215 trong giờ hành chính.

Hồng Nhung

Tin liên quan
Năm Căn: Trao 40 suất quà cho đoàn viên khó khăn
Công đoàn Viên chức tỉnh kết nạp 215 đoàn viên mới
'''))

# ai16 - print page of a national paper, undated, mojibake stray Â; Hà Nam (-> Ninh Bình)
ARTS.append(('ai16',
 'https://tacnghiep.laodongthudo.vn/apicenter@/print_article&i=98214',
 None, 'Hà Nam', '''Những ngày qua, Liên đoàn Lao động tỉnh Hà Nam tiếp tục trao tiền hỗ trợ cho đoàn viên, người lao động Â bị mất việc, ngừng việc do ảnh hưởng của dịch Covid-19.
Tính chung 6 tháng đầu năm 2020, Liên đoàn Lao động tỉnh và các cấp công đoàn đã hỗ trợ [[2.874|ben a h1-2020]] đoàn viên, người lao động với tổng số tiền gần [[1,9 tỷ|sf a h1-2020 b=u]] đồng, mức hỗ trợ từ 500.000 đồng đến 1 triệu đồng/người. Trong đó, Công đoàn các Khu công nghiệp tỉnh hỗ trợ [[1.630|ben a h1-2020 s=Công đoàn các Khu công nghiệp tỉnh n=breakdown (gold README 6)]] người.
![]() |
Lãnh đạo Liên đoàn Lao động tỉnh Hà Nam trao tiền hỗ trợ cho công nhân Khu công nghiệp Đồng Văn II bị ngừng việc. |
Liên đoàn Lao động tỉnh cũng đã đề nghị Tổng Liên đoàn cho 36 doanh nghiệp gặp khó khăn được tạm dừng đóng kinh phí công đoàn với số tiền hơn 2,3 tỷ đồng. Các cấp công đoàn đã phối hợp giám sát việc thực hiện chi trả lương ngừng việc tại [[45|sv a h1-2020]] doanh nghiệp.
Minh Châu
Đường dẫn bài viết: https://laodongthudo.vn/ha-nam-ho-tro-gan-19-ty-dong-cho-nguoi-lao-dong-bi-anh-huong-dich-covid-19-98214.html
In bài viết© 2020 Ghi rõ nguồn "laodongthudo.vn" khi phát hành lại thông tin từ website này
'''))

# ai17 - provincial paper, undated; Đắk Nông (-> Lâm Đồng)
ARTS.append(('ai17',
 'https://baodaknong.vn/ldld-tinh-ky-ket-thoa-thuan-phuc-loi-doan-vien-voi-9-doanh-nghiep-162847.html',
 None, 'Đắk Nông', '''LĐLĐ tỉnh ký kết thỏa thuận phúc lợi đoàn viên với [[9|wp a null n=headline repeat: body period, null..null (gold README 1)]] doanh nghiệp

Ngày 16/8, Liên đoàn Lao động tỉnh Đắk Nông tổ chức lễ ký kết thỏa thuận hợp tác thực hiện Chương trình “Phúc lợi đoàn viên công đoàn” với [[9|wp a null n=a date (Ngày 16/8) is not a period; no publication date -> null..null (records.md)]] doanh nghiệp trên địa bàn tỉnh.

Lãnh đạo LĐLĐ tỉnh và đại diện các doanh nghiệp ký kết thỏa thuận hợp tác.

Theo thỏa thuận, đoàn viên công đoàn khi mua hàng, sử dụng dịch vụ tại các doanh nghiệp này được giảm giá từ 5% đến 15%, được mua trả chậm không lãi suất một số mặt hàng thiết yếu.

Như vậy, đến nay LĐLĐ tỉnh đã ký kết thỏa thuận hợp tác với [[34|wp a null n=cumulative stock of partners (đến nay): welfare_partners record, dated at publication, none -> null..null]] đơn vị, doanh nghiệp. Dịp này, LĐLĐ tỉnh trao [[50|ben a null]] suất quà cho đoàn viên có hoàn cảnh khó khăn, mỗi suất 1 triệu đồng.

Lê Phúc
'''))

# ai18 - baoquangninh dateline; Quảng Ninh
ARTS.append(('ai18',
 'https://baoquangninh.vn/cong-doan-gioi-thieu-hon-1-200-doan-vien-uu-tu-cho-dang-3389517.html',
 '2017-12-28', 'Quảng Ninh', '''Công đoàn giới thiệu hơn [[1.200|pr a y2017 b=o n=headline repeat of 1.246: body region and period (gold README 1)]] đoàn viên ưu tú cho Đảng

Thứ Năm, 28/12/2017, 10:22 [GMT+7]

Năm 2017, các cấp công đoàn tỉnh đã giới thiệu [[1.246|pr a y2017]] đoàn viên ưu tú cho tổ chức Đảng xem xét, bồi dưỡng (đạt [[124,6%|pr p y2017 n=đạt N% kế hoạch after the referrals -> attainment of party_referrals (gold README 4)]] kế hoạch), trong đó [[815|pa a y2017]] đồng chí đã được kết nạp vào Đảng. Riêng khối doanh nghiệp ngoài nhà nước giới thiệu [[186|pr a y2017 s=khối doanh nghiệp ngoài nhà nước n=breakdown (gold README 6)]] đoàn viên, cao nhất từ trước đến nay.

Để có kết quả trên, LĐLĐ tỉnh đã phối hợp với Ban Tổ chức Tỉnh ủy hướng dẫn các công đoàn cơ sở lựa chọn, bồi dưỡng đoàn viên ưu tú; phối hợp mở [[14|tr a y2017 n=no period phrase in the sentence: nearest earlier one (năm 2017)]] lớp bồi dưỡng nhận thức về Đảng cho [[1.030|te a y2017]] đoàn viên công đoàn.

Năm 2018, LĐLĐ tỉnh phấn đấu giới thiệu ít nhất [[1.100|pr t y2018 b=o]] đoàn viên ưu tú cho Đảng.

Thu Nguyệt
'''))

# ai19 - provincial paper, undated, missing marks after a number; Hòa Bình (-> Phú Thọ)
ARTS.append(('ai19',
 'https://baohoabinh.com.vn/12/158246/Hon-52000-doan-vien-duoc-cap-nhat-du-lieu-len-phan-mem-quan-ly.htm',
 None, 'Hòa Bình', '''Hơn [[52.000|rec a null b=o n=headline repeat of 52.318: body region and period, null..null (gold README 1)]] đoàn viên được cập nhật dữ liệu lên phần mềm quản lý

(HBĐT) - LĐLĐ tỉnh cho biết, đến nay các cấp công đoàn trong tỉnh đã nhập thông tin của [[52.318|rec a null n=members entered into the software; "doan vien" scraped without marks; no period and no publication date -> null..null]] doan vien lên phần mềm quản lý đoàn viên của Tổng LĐLĐ Việt Nam, đạt 91,6% tổng số đoàn viên; cấp [[4.150|rec a null]] thẻ đoàn viên công đoàn điện tử. Việc số hóa dữ liệu giúp công tác quản lý đoàn viên, chuyển sinh hoạt công đoàn được thuận lợi.

Năm 2021, LĐLĐ tỉnh tổ chức [[12|tr a y2021]] lớp tập huấn sử dụng phần mềm cho [[480|te a y2021]] cán bộ công đoàn cơ sở; thành lập [[6|wc a y2021]] Ban nữ công quần chúng tại các doanh nghiệp ngoài nhà nước.

Cán bộ công đoàn cơ sở thực hành nhập dữ liệu đoàn viên tại lớp tập huấn.

Hoàng Yến
'''))

# ai20 - provincial paper, undated; district congress 2012; Trà Vinh (-> Vĩnh Long)
ARTS.append(('ai20',
 'http://baotravinh.vn/chinh-tri/dai-hoi-cong-doan-huyen-cau-ngang-lan-thu-vii-nhiem-ky-2012-2017-18523.html',
 None, 'Trà Vinh', '''Đại hội Công đoàn huyện Cầu Ngang lần thứ VII, nhiệm kỳ 2012 - 2017

Ngày 15/6, Liên đoàn Lao động huyện Cầu Ngang tổ chức Đại hội Công đoàn huyện lần thứ VII, nhiệm kỳ 2012 - 2017. Về dự có 132 đại biểu đại diện cho các công đoàn cơ sở trong huyện.

Nhiệm kỳ 2007 - 2012, LĐLĐ huyện đã kết nạp mới [[1.126|mn a t2007-2012 s=LĐLĐ huyện Cầu Ngang n=district union -> its province with a scope (records.md regions)]] đoàn viên, thành lập [[14|un a t2007-2012 s=LĐLĐ huyện Cầu Ngang]] công đoàn cơ sở; vận động xây dựng [[23|sh a t2007-2012 s=LĐLĐ huyện Cầu Ngang]] căn nhà “Mái ấm Công đoàn” tổng trị giá hơn [[690 triệu|shf a t2007-2012 b=o s=LĐLĐ huyện Cầu Ngang]] đồng; giới thiệu [[96|pr a t2007-2012 s=LĐLĐ huyện Cầu Ngang]] đoàn viên ưu tú cho Đảng xem xét kết nạp. Hiện LĐLĐ huyện có [[58|ut a null s=LĐLĐ huyện Cầu Ngang n=stock (hiện) with no publication date -> null..null (records.md)]] công đoàn cơ sở với [[2.940|mt a null s=LĐLĐ huyện Cầu Ngang]] đoàn viên.

Đại hội đề ra mục tiêu nhiệm kỳ 2012 - 2017: kết nạp mới [[1.200|mn t t2012-2017 s=LĐLĐ huyện Cầu Ngang]] đoàn viên, thành lập mới [[10|un t t2012-2017 s=LĐLĐ huyện Cầu Ngang]] công đoàn cơ sở; hằng năm có 80% công đoàn cơ sở đạt vững mạnh.

Đại hội đã bầu 19 đồng chí vào Ban Chấp hành khóa VII; ông Thạch Sô Phanh tái đắc cử Chủ tịch LĐLĐ huyện.

Kim Loan
'''))
