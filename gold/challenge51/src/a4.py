"""challenge51 articles cd16-cd20."""

CD16 = """Lâm Đồng: Hơn [[68.000|ben a y2026 b=o n=rounded headline repeat of the body's 68.420 takes its period (gold README 1)]] lượt đoàn viên, người lao động được chăm lo Tết Bính Ngọ

Thứ Ba, 24/02/2026 | 10:15

Liên đoàn Lao động tỉnh Lâm Đồng vừa có báo cáo tổng kết chương trình chăm lo Tết Nguyên đán Bính Ngọ 2026 cho đoàn viên, người lao động. Đây là mùa Tết đầu tiên các cấp công đoàn triển khai chăm lo trên địa bàn tỉnh mới sau hợp nhất. Kết quả cụ thể như sau:

• Toàn tỉnh chăm lo cho [[68.420|ben a y2026 n=Tết Bính Ngọ 2026 figures take the Tết year (gold README 8, as earlier sets); the merged federation reports under its kept name (gold README 10)]] lượt đoàn viên, người lao động với tổng kinh phí [[41,6 tỷ|sf a y2026]] đồng, tăng 9% so với Tết Ất Tỵ 2025 (tính chung 3 tỉnh cũ).
• Khu vực Lâm Đồng (cũ): [[29.150|ben a y2026 n=khu vực X (cũ) gives the old province, here the kept name (gold README 10)]] lượt, [[17,2 tỷ|sf a y2026]] đồng.
• Khu vực Bình Thuận (cũ): [[27.300|ben a y2026 r=Bình Thuận n=khu vực X (cũ) gives the old province (gold README 10)]] lượt, [[16,9 tỷ|sf a y2026 r=Bình Thuận]] đồng.
• Khu vực Đắk Nông (cũ): [[11.970|ben a y2026 r=Đắk Nông]] lượt, [[7,5 tỷ|sf a y2026 r=Đắk Nông]] đồng.
• Tặng [[1.860|ben a y2026 n=tickets given to members count as beneficiaries (gold README 9)]] vé xe, vé tàu cho công nhân về quê đón Tết; tổ chức 6 "Chuyến xe Công đoàn" đưa công nhân về các huyện phía Nam của tỉnh.
• Tổ chức 12 điểm "Chợ Tết Công đoàn" với 9.500 phiếu mua hàng 0 đồng, mỗi phiếu trị giá 500.000 đồng.
• Trao [[14|sh a y2026 n=an item of the Tết list takes the list's period (gold README 8)]] nhà "Mái ấm Công đoàn" cho đoàn viên khó khăn về nhà ở, mức hỗ trợ 60 triệu đồng/căn.

Năm 2026, LĐLĐ tỉnh đặt mục tiêu kết nạp [[10.500|mn t y2026]] đoàn viên, thành lập [[55|un t y2026]] công đoàn cơ sở. Hiện toàn tỉnh có [[3.980|ut a pub]] công đoàn cơ sở với [[236.400|mt a pub]] đoàn viên, sinh hoạt tại 124 công đoàn xã, phường, đặc khu và 9 công đoàn ngành, công đoàn các khu công nghiệp.

Ngọc Minh"""

CD17 = """LĐLĐ tỉnh triển khai Tháng Công nhân năm 2019

Thứ Sáu, 19/04/2019 - 15:22

BHG - Liên đoàn Lao động tỉnh vừa ban hành Kế hoạch số 27/KH-LĐLĐ về tổ chức Tháng Công nhân năm 2019 với chủ đề "Vì việc làm bền vững, thu nhập và cuộc sống tốt hơn cho đoàn viên, người lao động". Theo kế hoạch, các cấp công đoàn phấn đấu đạt các chỉ tiêu sau:

1. Ít nhất [[380|wmu t mo2019-05 b=o n=the plan's list takes the heading's period, Tháng Công nhân 2019 (gold README 8)]] công đoàn cơ sở tổ chức các hoạt động hưởng ứng Tháng Công nhân.
2. Thăm hỏi, tặng quà cho ít nhất [[1.500|ben t mo2019-05 b=o]] đoàn viên, người lao động có hoàn cảnh khó khăn, tổng kinh phí khoảng [[600 triệu|sf t mo2019-05 b=a]] đồng.
3. Hỗ trợ xây mới [[10|sh t mo2019-05]] nhà "Mái ấm Công đoàn", mức hỗ trợ 40 triệu đồng/nhà.
4. Phối hợp tổ chức đối thoại tại nơi làm việc ở [[45|wd t mo2019-05]] doanh nghiệp; tham gia giám sát việc thực hiện chính sách, pháp luật tại [[30|sv t mo2019-05]] doanh nghiệp.
5. Kết nạp [[500|mn t mo2019-05]] đoàn viên, thành lập [[5|un t mo2019-05]] công đoàn cơ sở.

Lễ phát động Tháng Công nhân dự kiến được tổ chức ngày 4/5/2019 tại Khu công nghiệp Bình Vàng với khoảng 1.000 công nhân tham gia.

Tháng Công nhân năm 2018, các cấp công đoàn tỉnh đã thăm hỏi, tặng quà [[1.320|ben a mo2018-05]] đoàn viên với số tiền [[520 triệu|sf a mo2018-05]] đồng; kết nạp [[436|mn a mo2018-05]] đoàn viên mới.

Hà Linh"""

CD18 = """Nâng chất lượng thỏa ước lao động tập thể

(LA) - Năm 2017, Liên đoàn Lao động tỉnh Long An chỉ đạo các cấp công đoàn đẩy mạnh thương lượng, ký kết thỏa ước lao động tập thể (TƯLĐTT) theo hướng có lợi hơn cho người lao động. Kết quả, các công đoàn cơ sở đã ký mới [[64|ca a y2017]] bản TƯLĐTT, nâng tổng số TƯLĐTT còn hiệu lực lên [[512|ca a null n=agreements in force are the stock of their signings; undated page, so null (gold README 7)]] bản. Riêng Công đoàn các KCN tỉnh ký mới [[29|ca a y2017 s=Công đoàn các KCN]] bản.

Trong năm, có [[236|wkc a y2017]] doanh nghiệp tổ chức hội nghị người lao động, [[198|wd a y2017]] doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc. Thông qua thương lượng, [[72|meal a y2017 n=the count is the enterprises; the meal levels are not records (gold README 11)]] doanh nghiệp đã nâng giá trị bữa ăn giữa ca từ 15.000 đồng lên 18.000 - 22.000 đồng/suất; nhiều doanh nghiệp bổ sung trợ cấp nhà trọ, đi lại từ 200.000 đến 500.000 đồng/người/tháng. Trung tâm Tư vấn pháp luật Công đoàn tỉnh tư vấn cho [[356|lc a y2017]] lượt người lao động về hợp đồng, tiền lương, bảo hiểm.

Theo đánh giá, chất lượng TƯLĐTT đã được nâng lên, 38% bản thỏa ước có nhiều điều khoản có lợi hơn cho người lao động so với quy định của pháp luật. Tuy nhiên, vẫn còn doanh nghiệp có từ 50 lao động trở lên chưa ký TƯLĐTT.

Năm 2018, LĐLĐ tỉnh phấn đấu ký mới ít nhất [[70|ca t y2018 b=o]] bản TƯLĐTT; tổ chức [[20|tr t y2018]] lớp tập huấn kỹ năng thương lượng cho cán bộ công đoàn cơ sở.

Minh Tú"""

CD19 = """Điện Biên: Hơn [[1.000|pr a t2016-2020 b=o n=rounded headline repeat of the body's l.026 takes its period (gold README 1)]] đoàn viên công đoàn ưu tú được giới thiệu cho Đảng

Thực hiện Chỉ thị số 07-CT/TU của Tỉnh ủy về tăng cường công tác phát triển đảng viên trong công nhân lao động, giai đoạn 2016 - 2020, các cấp công đoàn tỉnh Điện Biên đã giới thiệu [[l.026|pr a t2016-2020 n=scraped l for 1, read as 1.026 (gold README 3)]] đoàn viên ưu tú cho các tổ chức đảng xem xét, bồi dưỡng, trong đó [[612|pa a t2016-2020]] đồng chí đã được kết nạp vào Đảng, đạt [[122,4%|pa p t2016-2020]] chỉ tiêu Nghị quyết Đại hội Công đoàn tỉnh đề ra.

Riêng năm 2020, các cấp công đoàn giới thiệu [[214|pr a y2020]] đoàn viên, có [[131|pa a y2020]] đồng chí được kết nạp. Công đoàn ngành Giáo dục là đơn vị có nhiều đoàn viên được kết nạp Đảng nhất với [[286|pa a t2016-2020 s=Công đoàn ngành Giáo dục n=the sentence names giai đoạn 2016 - 2020, not the nearer Riêng năm 2020 (records.md periods)]] đồng chí trong giai đoạn 2016 - 2020.

Cũng trong giai đoạn này, các cấp công đoàn tổ chức [[58|tr a t2016-2020 n=giai đoạn này points back to 2016 - 2020 named in the sentence before (gold README 8)]] lớp bồi dưỡng nhận thức vể Đảng cho [[4.730|te a t2016-2020]] lượt đoànviên; tỷ lệ đoàn viên công đoàn là đảng viên hiện chiếm khoảng 41%. Hiện nay, toàn tỉnh có [[976|ut a null n=stock in an undated page (gold README 7)]] công đoàn cơ sở với [[32.450|mt a null]] đoàn viên.

Giai đoạn 2021 - 2025, Công đoàn tỉnh phấn đấu giới thiệu ít nhất [[1.200|pr t t2021-2025 b=o]] đoàn viên ưu tú cho Đảng, trong đó có [[700|pa t t2021-2025]] đồng chí được kết nạp.

Quang Hưng"""

CD20 = """Công đoàn xã Bố Trạch: Nỗ lực phát triển đoàn viên ở khu vực ngoài nhà nước

Thứ Tư, 08/04/2026 - 09:40

QTO - Quý I/2026, Công đoàn xã Bố Trạch (tỉnh Quảng Trị) đã thành lập [[4|un a q1-2026 r=Quảng Bình s=Công đoàn xã Bố Trạch n=a commune union after the merger reports for the old province its commune lies in (gold README 10)]] công đoàn cơ sở tại các doanh nghiệp chế biến lâm sản, kết nạp [[186|mn a q1-2026 r=Quảng Bình s=Công đoàn xã Bố Trạch]] đoàn viên, đạt [[37,2%|mn p q1-2026 r=Quảng Bình s=Công đoàn xã Bố Trạch n=part-way attainment of the 2026 target takes the quarter reported (gold README 4, 8)]] chỉ tiêu năm 2026.

Xã Bố Trạch được thành lập trên cơ sở sắp xếp thị trấn Hoàn Lão và 3 xã lân cận, dân số khoảng 45.000 người. Hiện Công đoàn xã quản lý [[38|ut a pub r=Quảng Bình s=Công đoàn xã Bố Trạch]] công đoàn cơ sở với [[2.146|mt a pub r=Quảng Bình s=Công đoàn xã Bố Trạch]] đoàn viên. Dịp Tết Bính Ngọ 2026, Công đoàn xã đã thăm hỏi, tặng quà cho [[415|ben a y2026 r=Quảng Bình s=Công đoàn xã Bố Trạch n=Tết Bính Ngọ 2026 takes the Tết year (gold README 8, as earlier sets)]] đoàn viên với số tiền [[207,5 triệu|sf a y2026 r=Quảng Bình s=Công đoàn xã Bố Trạch]] đồng. Trong quý I, Công đoàn xã cũng đã cấp thẻ đoàn viên công đoàn điện tử cho [[1.520|rec a q1-2026 r=Quảng Bình s=Công đoàn xã Bố Trạch n=e-cards issued count as member_records (indicators.tsv, cấp thẻ)]] đoàn viên.

Chị Hoàng Thị Mai (38 tuổi), Chủ tịch Công đoàn xã cho biết, từ ngày 1/1/2026, mức lương tối thiểu vùng III tăng lên 4.140.000 đồng/tháng theo Nghị định số 293/2025/NĐ-CP, công đoàn xã đang phối hợp kiểm tra việc các doanh nghiệp điều chỉnh lương cho người lao động.

Theo LĐLĐ tỉnh Quảng Trị, quý I/2026, toàn tỉnh kết nạp [[3.420|mn a q1-2026 n=the new province's federation reports under its kept name (gold README 10)]] đoàn viên, thành lập [[19|un a q1-2026]] công đoàn cơ sở.

Năm 2026, Công đoàn xã Bố Trạch phấn đấu kết nạp [[500|mn t y2026 r=Quảng Bình s=Công đoàn xã Bố Trạch]] đoàn viên, thành lập [[10|un t y2026 r=Quảng Bình s=Công đoàn xã Bố Trạch]] công đoàn cơ sở, ký thỏa thuận hợp tác "Phúc lợi đoàn viên" với [[5|wp t y2026 r=Quảng Bình s=Công đoàn xã Bố Trạch]] đơn vị trên địa bàn.

Thanh Thủy"""

ARTS = [
    ('cd16', 'https://baolamdong.vn/xa-hoi/202602/lam-dong-hon-68000-luot-doan-vien-nguoi-lao-dong-duoc-cham-lo-tet-binh-ngo-1254810/',
     '2026-02-24', 'Lâm Đồng', CD16),
    ('cd17', 'https://baohagiang.vn/xa-hoi/201904/ldld-tinh-trien-khai-thang-cong-nhan-nam-2019-732145/',
     '2019-04-19', 'Hà Giang', CD17),
    ('cd18', 'https://baolongan.vn/nang-chat-luong-thoa-uoc-lao-dong-tap-the-a47612.html',
     None, 'Long An', CD18),
    ('cd19', 'https://laodong.vn/cong-doan/dien-bien-hon-1000-doan-vien-cong-doan-uu-tu-duoc-gioi-thieu-cho-dang-874512.ldo',
     None, 'Điện Biên', CD19),
    ('cd20', 'https://baoquangtri.vn/xa-hoi/cong-doan-xa-bo-trach-no-luc-phat-trien-doan-vien-o-khu-vuc-ngoai-nha-nuoc-198214.htm',
     '2026-04-08', 'Quảng Trị', CD20),
]
