"""al11-al15."""
ARTS = []

ARTS.append(('al11', 'https://baomoi.com/tong-ldld-viet-nam-ho-tro-doan-vien-ha-tinh-bi-thiet-hai-do-mua-lu/c/36912745.epi',
             None, 'Hà Tĩnh', '''Tổng LĐLĐ Việt Nam hỗ trợ đoàn viên Hà Tĩnh bị thiệt hại do mưa lũ

Trong đợt mưa lũ lịch sử giữa tháng 10/2020, hàng nghìn đoàn viên, người lao động trên địa bàn tỉnh Hà Tĩnh bị ngập nhà, hư hỏng tài sản.

Đoàn công tác của Tổng LĐLĐ Việt Nam trao tiền hỗ trợ cho đoàn viên bị thiệt hại do mưa lũ tại huyện Hương Khê.

Ngày 24/10, đoàn công tác của Tổng Liên đoàn Lao động Việt Nam do Phó Chủ tịch Phan Văn Anh dẫn đầu đã đến thăm, trao [[1,2 tỷ|sf a mo2020-10 n=records.md region: a national body acting in one province gives that province; period from the nearest earlier phrase tháng 10/2020 (the date 24/10 is no period)]] đồng hỗ trợ [[600|ben a mo2020-10]] đoàn viên, người lao động bị thiệt hại nặng tại các huyện Hương Khê, Vũ Quang, Hương Sơn, mỗi trường hợp 2 triệu đồng.

Cùng dịp, Công đoàn Giáo dục Việt Nam trao [[300 triệu|sf a mo2020-10 n=rule 10: national sector union acting in Hà Tĩnh -> Hà Tĩnh]] đồng hỗ trợ [[150|ben a mo2020-10]] nhà giáo có nhà bị ngập sâu, mất trắng tài sản.

Theo Liên đoàn Lao động tỉnh Hà Tĩnh, trong tháng 10/2020, các cấp công đoàn trong tỉnh đã thăm hỏi, hỗ trợ [[3.145|ben a mo2020-10]] đoàn viên, người lao động bị ảnh hưởng bởi mưa lũ với tổng số tiền hơn [[5,6 tỷ|sf a mo2020-10 b=o]] đồng, trong đó nguồn từ Tổng LĐLĐ Việt Nam và các công đoàn ngành Trung ương là [[2,4 tỷ|sf a mo2020-10 s=nguồn từ Tổng LĐLĐ Việt Nam và các công đoàn ngành Trung ương n=rule 6: breakdown with a scope]] đồng.

Tổng LĐLĐ Việt Nam cũng cam kết hỗ trợ [[1 tỷ|shf t y2020 n=rule 4: a pledge of a programme -> target; year from the sentence]] đồng để xây mới [[20|sh t y2020]] nhà “Mái ấm Công đoàn” cho đoàn viên bị sập nhà trong năm 2020.

Theo Báo Hà Tĩnh
'''))

ARTS.append(('al12', 'https://baomoi.com/vinh-phuc-356-cong-doan-co-so-huong-ung-thang-cong-nhan/c/11284630.epi',
             None, 'Vĩnh Phúc', '''Vĩnh Phúc: [[356|wmu a mo2013-05 n=rule 1: headline repeat takes the Tháng Công nhân 2013 period]] công đoàn cơ sở hưởng ứng Tháng Công nhân

Tháng Công nhân năm 2013, Liên đoàn Lao động tỉnh Vĩnh Phúc có [[356|wmu a mo2013-05]] công đoàn cơ sở (CĐCS) tổ chức các hoạt động hưởng ứng, tăng 41 CĐCS so với năm trước.

Trong tháng, các cấp công đoàn đã thăm hỏi, tặng [[2.150|ben a mo2013-05 n=rule 8: trong tháng -> the Workers' Month named before]] suất quà cho công nhân lao động có hoàn cảnh khó khăn, trị giá gần [[645 triệu|sf a mo2013-05 b=u n=rule 5: gần -> under]] đồng. Công đoàn phối hợp với ngành chức năng kiểm tra việc thực hiện chế độ, chính sách tại [[42|sv a mo2013-05]] doanh nghiệp; tổ chức đối thoại tại [[31|wd a mo2013-05]] doanh nghiệp trong các KCN Khai Quang, Bình Xuyên.

Đáng chú ý, [[18|meal a mo2013-05]] doanh nghiệp đã đồng ý nâng mức bữa ăn ca lên 12.000 đồng/suất trở lên, trong đó Công ty TNHH Honda Việt Nam nâng lên 20.000 đồng/suất.

Dịp này, LĐLĐ tỉnh đã biểu dương 60 công nhân lao động giỏi tiêu biểu năm 2013.

Theo Báo Vĩnh Phúc
'''))

ARTS.append(('al13', 'https://baonamdinh.vn/channel/5086/202101/ldld-tinh-tong-ket-cong-tac-cong-doan-nam-2020-2545871/',
             '2021-01-15', 'Nam Định', '''LĐLĐ tỉnh tổng kết công tác công đoàn năm 2020

Thứ Sáu, 15/01/2021 - 09:12

Ngày 14/1, Liên đoàn Lao động (LĐLĐ) tỉnh tổ chức hội nghị tổng kết công tác công đoàn năm 2020, triển khai nhiệm vụ năm 2021.

Năm 2020, dù chịu tác động của dịch Covid-19, các cấp công đoàn trong tỉnh vẫn kết nạp [[6.105|mn a y2020]] đoàn viên, thành lập [[43|un a y2020]] công đoàn cơ sở. Có [[1.012|oc a y2020]] cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức; [[486|wkc a y2020]] doanh nghiệp tổ chức hội nghị người lao động, đạt [[81%|wkc p y2020 n=rule 4: đạt N% kế hoạch -> attainment of what was attained]] kế hoạch; ký mới [[97|ca a y2020]] bản thỏa ước lao động tập thể. Các cấp công đoàn thành lập [[24|wc a y2020]] Ban nữ công quần chúng tại doanh nghiệp ngoài nhà nước.

LĐLĐ tỉnh phối hợp tổ chức [[62|tr a y2020]] hội nghị tập huấn, tuyên truyền pháp luật cho [[5.830|te a y2020]] lượt đoàn viên, người lao động.

Đồng chí Lê Quốc Chỉnh, Bí thư Tỉnh ủy phát biểu chỉ đạo hội nghị.

Năm 2021, LĐLĐ tỉnh phấn đấu kết nạp [[6.000|mn t y2021]] đoàn viên, thành lập [[15|wc t y2021]] Ban nữ công quần chúng; 100% doanh nghiệp có tổ chức công đoàn tổ chức hội nghị người lao động.

Dịp này, 32 tập thể, 41 cá nhân được khen thưởng.

V.T

Tin cùng chuyên mục
Trao 300 suất quà Tết cho công nhân KCN Hòa Xá (12/01/2021)
'''))

ARTS.append(('al14', 'https://m.baohaiduong.vn/lao-dong---viec-lam/6-thang-tang-thuc-738-doan-vien-cong-doan-201587',
             '2022-07-20', 'Hải Dương', '''6 tháng, tăng thực [[738|mnet a h1-2022 n=rule 1: headline repeat of the body figure]] đoàn viên công đoàn

THỨ TƯ, 20/07/2022 09:15:30

Do doanh nghiệp giải thể, thu hẹp sản xuất, số đoàn viên giảm khá nhiều nên 6 tháng đầu năm, toàn tỉnh chỉ tăng thực [[738|mnet a h1-2022 n=rule 1: sapo mention; 6 tháng đầu năm without year -> publication year (rule 8)]] đoàn viên

Theo Liên đoàn Lao động (LĐLĐ) tỉnh, 6 tháng đầu năm 2022, các cấp công đoàn trong tỉnh kết nạp [[3.612|mn a h1-2022]] đoàn viên, đạt [[45,2%|mn p h1-2022]] kế hoạch năm; thành lập [[19|un a h1-2022]] công đoàn cơ sở (CĐCS). Tuy nhiên, số đoàn viên giảm [[2.874|ml a h1-2022]] người và giải thể [[11|ud a h1-2022]] CĐCS, chủ yếu ở các doanh nghiệp dệt may, da giày. Như vậy, toàn tỉnh tăng thực [[738|mnet a h1-2022]] đoàn viên và [[8|unet a h1-2022]] CĐCS.

Hiện toàn tỉnh có [[1.951|ut a pub n=rule 7: Hiện stock dated at publication]] CĐCS với [[171.340|mt a pub]] đoàn viên.

LĐLĐ tỉnh đề nghị các công đoàn cấp trên cơ sở bám sát doanh nghiệp có từ 25 lao động trở lên chưa có tổ chức công đoàn để vận động thành lập; phấn đấu 6 tháng cuối năm kết nạp ít nhất [[4.400|mn t l6-2022 b=o n=rule 5: ít nhất -> over]] đoàn viên.

KIM NGÂN
'''))

ARTS.append(('al15', 'https://baohungyen.vn/xa-hoi/202510/9-thang-ket-nap-hon-11000-doan-vien-cong-doan-3c91e7a/',
             '2025-10-17', 'Hưng Yên', '''9 tháng, kết nạp hơn [[11.000|mn a f9-2025 b=o n=rule 1: rounded headline repeat of 11.284]] đoàn viên công đoàn

Cập nhật: 17/10/2025 | 14:20

BHY - Theo Liên đoàn Lao động (LĐLĐ) tỉnh, 9 tháng năm 2025, các cấp công đoàn trong tỉnh đã kết nạp [[11.284|mn a f9-2025]] đoàn viên, đạt [[86,8%|mn p f9-2025]] kế hoạch năm; thành lập [[74|un a f9-2025]] công đoàn cơ sở (CĐCS).

Trong đó, khu vực Thái Bình (cũ) kết nạp [[5.020|mn a f9-2025 r=Thái Bình n=post-merger: khu vực Thái Bình (cũ) -> region Thái Bình, region_2025 Hưng Yên; the whole old province so no scope (rule 10)]] đoàn viên, thành lập [[31|un a f9-2025 r=Thái Bình]] CĐCS.

Sau khi hợp nhất và sắp xếp lại tổ chức công đoàn theo mô hình chính quyền địa phương 2 cấp, hiện LĐLĐ tỉnh quản lý [[4.126|ut a pub n=rule 7: hiện stock dated at publication]] CĐCS với [[412.560|mt a pub]] đoàn viên; 104 công đoàn xã, phường và 4 công đoàn ngành, Công đoàn các KCN tỉnh.

Các cấp công đoàn đã tổ chức đối thoại tại [[265|wd a f9-2025]] doanh nghiệp; ký mới [[118|ca a f9-2025]] bản thỏa ước lao động tập thể.

Công nhân Công ty TNHH Công nghiệp Brother Việt Nam (KCN Phố Nối A) làm việc trong ca sản xuất.

Năm 2025, LĐLĐ tỉnh phấn đấu kết nạp [[13.000|mn t y2025]] đoàn viên. Từ nay đến cuối năm, các cấp công đoàn tiếp tục rà soát doanh nghiệp có từ 10 lao động trở lên chưa có tổ chức công đoàn.

Minh Ngọc

Lượt xem: 876
'''))
