"""challenge51 articles cd11-cd15."""

CD11 = """Hậu Giang: Phát triển hơn [[1.200|mn a f10-2018 b=o n=rounded headline repeat of the body's l.250 (1.250) takes its period (gold README 1)]] đoàn viên công đoàn

Thứ Năm, 22/11/2018, 08:05

Theo Liên đoàn Lao động tỉnh, 10 tháng năm 2018, các cấp công đoàn trong tỉnh đã kết nạp mới [[l.250|mn a f10-2018 n=scraped l for 1, read as 1.250 (gold README 3)]] đoàn viên, đạt [[83,3%|mn p f10-2018]] kế hoạch năm; thành lập [[14|un a f10-2018]] công đoàn cơ sở, chủ yếu tại các doanh nghiệp trong Khu công nghiệp Tân Phú Thạnh và Khu công nghiệp Sông Hậu.

Cong tac cham lo doi song doan vien, nguoi lao dong duoc cac cap cong doan quan tam. Trong 10 thang, cac cap cong doan da tham hoi, tang qua [[3.418|ben a f10-2018]] luot doan vien, nguoi lao dong voi so tien [[1,2 ty|sf a f10-2018 v=1200000000 n=stripped diacritics, ty read as tỷ (gold README 3)]] dong; ho tro xay moi [[9|sh a f10-2018]] nha Mai am Cong doan, moi can 40 trieu dong.

Các công đoàn cơ sở phối hợp với người sử dụng lao động tổ chức [[46|wkc a f10-2018]] hội nghị người lao động, ký kết [[21|ca a f10-2018]] bản thỏa ước lao động tập thể. Các cấp công đoàn tổ chức [[38|tr a f10-2018]] lớp tuyên truyền pháp luật cho [[3.1 50|te a f10-2018 v=3150 n=scraped space inside 3.150 (gold README 3)]] lượt đoàn viên, người lao động, trong đó có nội dung về mức lương tối thiểu vùng III là 3.090.000 đồng/tháng.

Từ nay đến cuối năm, LĐLĐ tỉnh tiếp tục chỉ đạo các cấp công đoàn rà soát doanh nghiệp có từ 10 lao động trở lên chưa có tổ chức công đoàn, phấn đấu hoàn thành chỉ tiêu kết nạp [[1.500|mn t y2018]] đoàn viên trong năm 2018.

HỒNG PHƯỢNG"""

CD12 = """Chủ tịch Công đoàn các KCN Bắc Ninh: Chăm lo cho công nhân từ những việc nhỏ nhất

14/08/2024 06:45

Với hơn 300.000 công nhân làm việc tại 16 khu công nghiệp đang hoạt động, Công đoàn các KCN Bắc Ninh là một trong những đơn vị có số đoàn viên đông nhất cả nước. Phóng viên Báo Lao Động đã trao đổi với bà Nguyễn Thị Lan, Chủ tịch Công đoàn các KCN Bắc Ninh.

Thưa bà, công tác phát triển đoàn viên 6 tháng đầu năm 2024 đạt kết quả ra sao?

- 6 tháng đầu năm, chúng tôi đã kết nạp [[14.630|mn a h1-2024 s=Công đoàn các KCN]] đoàn viên, thành lập [[22|un a h1-2024 s=Công đoàn các KCN]] công đoàn cơ sở tại các doanh nghiệp mới đi vào hoạt động; thành lập [[9|wc a h1-2024 s=Công đoàn các KCN]] Ban nữ công quần chúng ở những nơi có đông lao động nữ. Hiện Công đoàn các KCN có [[648|ut a pub s=Công đoàn các KCN]] công đoàn cơ sở với hơn [[236.000|mt a pub b=o s=Công đoàn các KCN]] đoàn viên. Tuy vậy, do một số doanh nghiệp cắt giảm đơn hàng, số đoàn viên cũng giảm [[9.870|ml a h1-2024 s=Công đoàn các KCN]] người.

Đời sống công nhân trong các KCN hiện nay thế nào, thưa bà?

- Thu nhập bình quân của công nhân khoảng 8,9 triệu đồng/người/tháng, khoảng 72% công nhân dưới 35 tuổi và phần lớn đang ở trọ. Vì vậy, 6 tháng qua, chúng tôi đã thăm hỏi, hỗ trợ [[5.210|ben a h1-2024 s=Công đoàn các KCN]] đoàn viên khó khăn với số tiền [[3,6 tỷ|sf a h1-2024 s=Công đoàn các KCN]] đồng; vận động [[87|meal a h1-2024 s=Công đoàn các KCN n=the count is the enterprises; the 20.000 đồng meal level is a threshold (gold README 11)]] doanh nghiệp nâng giá trị bữa ăn ca lên từ 20.000 đồng/suất trở lên. Chương trình "Phúc lợi đoàn viên" đã ký thỏa thuận với [[12|wp a h1-2024 s=Công đoàn các KCN]] đối tác, nâng tổng số thỏa thuận còn hiệu lực lên [[41|wp a pub s=Công đoàn các KCN n=partners' agreements in force are the stock of their signings, dated at publication (gold README 7)]].

Thời gian tới, Công đoàn các KCN đặt mục tiêu gì?

- Trong 6 tháng cuối năm, chúng tôi phấn đấu kết nạp thêm [[12.000|mn t l6-2024 s=Công đoàn các KCN]] đoàn viên; đối thoại định kỳ tại ít nhất [[300|wd t l6-2024 b=o s=Công đoàn các KCN]] doanh nghiệp; ký mới [[45|ca t l6-2024 s=Công đoàn các KCN]] bản thỏa ước lao động tập thể. Đoàn viên cần tư vấn pháp luật có thể gọi tổng đài 1900.6183 của Tổng Liên đoàn.

- Xin cảm ơn bà!

BẢO HÂN (thực hiện)"""

CD13 = """Khánh Hòa: Công đoàn hoàn thành nhiều chỉ tiêu sau 9 tháng

Thứ Ba, 17/10/2023 - 16:20

Ngày 16/10, Liên đoàn Lao động tỉnh Khánh Hòa tổ chức hội nghị Ban Chấp hành lần thứ 4, khóa XIII, đánh giá kết quả hoạt động 9 tháng đầu năm, triển khai nhiệm vụ quý IV/2023.

Theo báo cáo, 9 tháng đầu năm 2023, các cấp công đoàn trong tỉnh kết nạp [[4.615|mn a f9-2023]] đoàn viên, đạt [[76,9%|mn p f9-2023]] chỉ tiêu năm; thành lập [[24|un a f9-2023]] công đoàn cơ sở, đạt [[80%|un p f9-2023]]. Do tác động của tình hình kinh tế khó khăn, nhất là ngành thủy sản, dệt may, có [[11|ud a f9-2023]] công đoàn cơ sở giải thể, số đoàn viên giảm [[3.260|ml a f9-2023]] người. Như vậy, so với đầu năm, số đoàn viên tăng tuyệt đối [[1.355|mnet a f9-2023]] người, số công đoàn cơ sở tăng tuyệt đối [[13|unet a f9-2023]] đơn vị. Hiện toàn tỉnh có [[1.524|ut a pub]] công đoàn cơ sở với [[96.380|mt a pub]] đoàn viên.

Các cấp công đoàn đã phối hợp tổ chức [[284|oc a f9-2023]] hội nghị cán bộ, công chức, viên chức tại các cơ quan, đơn vị; [[356|wkc a f9-2023]] doanh nghiệp tổ chức hội nghị người lao động. LĐLĐ tỉnh tổ chức [[18|tr a f9-2023]] hội nghị tập huấn cho [[1.940|te a f9-2023]] lượt cán bộ công đoàn cơ sở.

Trong 9 tháng, các cấp công đoàn đã thăm hỏi, hỗ trợ [[19.760|ben a f9-2023]] lượt đoàn viên, người lao động với tổng số tiền [[13,85 tỷ|sf a f9-2023]] đồng; riêng trong Tháng Công nhân năm 2023 đã hỗ trợ [[4.120|ben a mo2023-05 n=the part naming Tháng Công nhân takes May (gold README 8); no scope, the breakdown being by time]] lượt đoàn viên. Theo thống kê, từ đầu năm, trên địa bàn tỉnh có khoảng 5.200 lao động bị giảm giờ làm và 1.800 lao động bị chấm dứt hợp đồng do doanh nghiệp thiếu đơn hàng.

Trong quý IV/2023, LĐLĐ tỉnh phấn đấu kết nạp [[1.400|mn t q4-2023]] đoàn viên, thành lập [[6|un t q4-2023]] công đoàn cơ sở; chuẩn bị chăm lo Tết Giáp Thìn 2024 cho khoảng [[20.000|ben t y2024 b=a n=Tết Giáp Thìn 2024 target takes the Tết year (gold README 4, 8)]] đoàn viên, người lao động. Đường dây nóng của LĐLĐ tỉnh: 0258.3822.145.

Phong Ngọc"""

CD14 = """Đại hội Công đoàn huyện Đức Trọng lần thứ XII, nhiệm kỳ 2023 - 2028

Ngày 20/6, Liên đoàn Lao động huyện Đức Trọng (Lâm Đồng) tổ chức Đại hội Công đoàn huyện lần thứ XII, nhiệm kỳ 2023 - 2028. Dự đại hội có 150 đại biểu, thay mặt cho hơn [[6.800|mt a null b=o s=LĐLĐ huyện Đức Trọng n=the members the delegates represent are the district's stock, undated page (gold README 7); the 150 delegates are not a record (gold README 11)]] đoàn viên công đoàn trong toàn huyện.

Nhiệm kỳ 2018 - 2023, các cấp công đoàn huyện đã phát triển mới [[3.215|mn a t2018-2023 s=LĐLĐ huyện Đức Trọng]] đoàn viên, đạt [[128,6%|mn p t2018-2023 s=LĐLĐ huyện Đức Trọng]] chỉ tiêu Nghị quyết Đại hội; thành lập [[31|un a t2018-2023 s=LĐLĐ huyện Đức Trọng]] công đoàn cơ sở; giới thiệu [[146|pr a t2018-2023 s=LĐLĐ huyện Đức Trọng]] đoàn viên ưu tú cho Đảng, trong đó [[98|pa a t2018-2023 s=LĐLĐ huyện Đức Trọng]] đồng chí đã được kết nạp. Hiện nay, LĐLĐ huyện có [[87|ut a null s=LĐLĐ huyện Đức Trọng]] công đoàn cơ sở trực thuộc với [[6.842|mt a null s=LĐLĐ huyện Đức Trọng]] đoàn viên.

Các cấp công đoàn đã vận động ký kết [[42|ca a t2018-2023 s=LĐLĐ huyện Đức Trọng]] bản thỏa ước lao động tập thể; tổ chức [[96|tr a t2018-2023 s=LĐLĐ huyện Đức Trọng]] hội nghị tuyên truyền, phổ biến pháp luật cho hơn [[12.500|te a t2018-2023 b=o s=LĐLĐ huyện Đức Trọng]] lượt đoàn viên, người lao động. Trong hai năm 2020 - 2021, dịch Covid-19 ảnh hưởng nặng nề đến sản xuất nông nghiệp công nghệ cao và du lịch; các cấp công đoàn đã hỗ trợ [[2.680|ben a 2020-01-01..2021-12-31 s=LĐLĐ huyện Đức Trọng n=hai năm 2020 - 2021 spans both years (records.md periods)]] đoàn viên, người lao động với số tiền [[1,34 tỷ|sf a 2020-01-01..2021-12-31 s=LĐLĐ huyện Đức Trọng]] đồng. Trong nhiệm kỳ, công đoàn huyện cũng hỗ trợ xây mới, sửa chữa [[27|sh a t2018-2023 s=LĐLĐ huyện Đức Trọng]] nhà "Mái ấm Công đoàn" với tổng kinh phí hơn [[1,1 tỷ|shf a t2018-2023 b=o s=LĐLĐ huyện Đức Trọng]] đồng; 100% cơ quan, đơn vị hành chính sự nghiệp tổ chức hội nghị cán bộ, công chức, viên chức hằng năm.

Đại hội thống nhất các chỉ tiêu chủ yếu nhiệm kỳ 2023 - 2028: phát triển mới ít nhất [[3.000|mn t t2023-2028 b=o s=LĐLĐ huyện Đức Trọng]] đoàn viên, thành lập [[25|un t t2023-2028 s=LĐLĐ huyện Đức Trọng]] công đoàn cơ sở; giới thiệu [[150|pr t t2023-2028 s=LĐLĐ huyện Đức Trọng]] đoàn viên ưu tú cho Đảng; hỗ trợ xây mới, sửa chữa [[30|sh t t2023-2028 s=LĐLĐ huyện Đức Trọng]] nhà "Mái ấm Công đoàn"; phấn đấu hằng năm có từ 80% công đoàn cơ sở trở lên được đánh giá hoàn thành tốt nhiệm vụ.

Đại hội đã bầu 23 đồng chí vào Ban Chấp hành Công đoàn huyện khóa XII và bầu 8 đại biểu chính thức đi dự Đại hội Công đoàn tỉnh Lâm Đồng lần thứ XI.

Thu Hà"""

CD15 = """Ủy ban Kiểm tra Công đoàn tỉnh kiểm tra tài chính [[436|fi a y2020 n=headline repeat of the body's 436 takes its period (gold README 1)]] đơn vị trong năm 2020

(BQN) - Năm 2020, Ủy ban Kiểm tra (UBKT) các cấp công đoàn tỉnh Quảng Ninh đã kiểm tra tài chính [[436|fi a y2020]] công đoàn cơ sở và công đoàn cấp trên trực tiếp cơ sở, đạt [[104%|fi p y2020]] kế hoạch. Qua kiểm tra, UBKT phát hiện 37 đơn vị thu kinh phí, đoàn phí công đoàn chưa đầy đủ, kiến nghị thu hồi, nộp cấp trên hơn 1,86 tỷ đồng.

Bên cạnh đó, UBKT các cấp đã kiểm tra việc chấp hành Điều lệ Công đoàn Việt Nam tại [[126|sv a y2020 n=inspections of compliance with the union Charter count as supervisions (indicators.tsv, kiểm tra); financial ones are financial_inspections]] công đoàn cơ sở và tham gia [[72|sv a y2020 n=a second supervisions figure of the same year, not a breakdown (gold README 6)]] cuộc giám sát cùng các cơ quan chức năng; giải quyết 14 đơn thư khiếu nại, tố cáo đúng thẩm quyền theo Quyết định số 1716/QĐ-TLĐ.

Hiện toàn tỉnh có [[1.612|ut a null n=stock in an undated page (gold README 7)]] công đoàn cơ sở; 100% công đoàn cơ sở đủ điều kiện đã thành lập UBKT.

Năm 2021, UBKT Công đoàn tỉnh phấn đấu kiểm tra tài chính ít nhất [[450|fi t y2021 b=o]] đơn vị; tổ chức [[4|tr t y2021]] lớp tập huấn nghiệp vụ cho ủy viên UBKT cơ sở.

Thu Nguyệt"""

ARTS = [
    ('cd11', 'https://www.baohaugiang.com.vn/cong-doan/hau-giang-phat-trien-hon-1200-doan-vien-cong-doan-81274.html',
     '2018-11-22', 'Hậu Giang', CD11),
    ('cd12', 'https://laodong.vn/cong-doan/chu-tich-cong-doan-cac-kcn-bac-ninh-cham-lo-cho-cong-nhan-tu-nhung-viec-nho-nhat-1379512.ldo',
     '2024-08-14', 'Bắc Ninh', CD12),
    ('cd13', 'https://baokhanhhoa.vn/xa-hoi/202310/khanh-hoa-cong-doan-hoan-thanh-nhieu-chi-tieu-sau-9-thang-e2c7a4f/',
     '2023-10-17', 'Khánh Hòa', CD13),
    ('cd14', 'http://congdoanlamdong.org.vn/tin-tuc/dai-hoi-cong-doan-huyen-duc-trong-lan-thu-xii-nhiem-ky-2023-2028-2147.html',
     None, 'Lâm Đồng', CD14),
    ('cd15', 'https://baoquangninh.vn/uy-ban-kiem-tra-cong-doan-tinh-kiem-tra-tai-chinh-436-don-vi-trong-nam-2020-3108227.html',
     None, 'Quảng Ninh', CD15),
]
