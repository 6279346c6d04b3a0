from lib import *
drop("d22")

add("d21", "https://baolongan.vn/ho-tro-gan-31-nghin-luot-doan-vien-nguoi-lao-dong-bi-anh-huong-dich-covid-19-a118734.html", "2021-09-15", """
Long An: Hỗ trợ gần 31 nghìn lượt đoàn viên, người lao động bị ảnh hưởng dịch COVID-19

15/09/2021 - 17:02

Từ ngày 1/7 đến ngày 31/8/2021, các cấp công đoàn tỉnh Long An đã hỗ trợ 30.864 lượt đoàn viên, người lao động gặp khó khăn do dịch COVID-19 với tổng số tiền hơn 9,3 tỷ đồng.

Trong đó, Công đoàn các KCN tỉnh hỗ trợ 12.450 lượt; LĐLĐ huyện Đức Hòa hỗ trợ 5.230 lượt với số tiền 1,6 tỷ đồng. Chương trình “Túi an sinh Công đoàn” đã trao 8.600 túi an sinh cho công nhân lưu trú tại các khu nhà trọ, mỗi túi trị giá 300.000 đồng gồm gạo, thực phẩm thiết yếu.

Các cấp công đoàn cũng phối hợp với ngành chức năng rà soát, lập danh sách người lao động được hưởng chính sách theo Nghị quyết số 68/NQ-CP ngày 1/7/2021 của Chính phủ. Trung tâm Tư vấn pháp luật Công đoàn tỉnh đã tư vấn qua điện thoại cho 756 lượt NLĐ về chế độ ngừng việc, tạm hoãn hợp đồng lao động.

Hiện toàn tỉnh có trên 1.000 doanh nghiệp thực hiện phương án “3 tại chỗ” với khoảng 90.000 lao động. Ông Võ Văn Thắng, Phó Chủ tịch LĐLĐ tỉnh cho biết, công đoàn sẽ tiếp tục đề nghị người sử dụng lao động bảo đảm bữa ăn, chỗ nghỉ cho công nhân, kịp thời phát hiện những trường hợp khó khăn để hỗ trợ.

Ảnh: Cán bộ công đoàn trao túi an sinh cho công nhân KCN Tân Đức.

Thanh Mỹ

Tin liên quan
Long An: Hơn 2.000 công nhân được tiêm vắc-xin mũi 2
""", [
    R("beneficiaries", 31000, "31 nghìn", bound="under", note="headline repeat of 30.864"),
    R("beneficiaries", 30864, "30.864"),
    R("support_funds", 9300000000, "9,3 tỷ", bound="over"),
    R("beneficiaries", 12450, "12.450", scope="Công đoàn các KCN tỉnh"),
    R("beneficiaries", 5230, "5.230", scope="LĐLĐ huyện Đức Hòa"),
    R("support_funds", 1600000000, "1,6 tỷ", scope="LĐLĐ huyện Đức Hòa"),
    R("beneficiaries", 8600, "8.600", note="gift packages given to workers (guideline 9); 300.000 per bag is per-item"),
    R("legal_consultations", 756, "756"),
], region="Long An", per=("2021-07-01", "2021-08-31"))

add("d22", "https://baoninhbinh.org.vn/ubkt-cong-doan-cac-cap-kiem-tra-tai-chinh-tai-126-don-vi/d20220712083012345.htm", "2022-07-12", """
Ninh Bình: UBKT Công đoàn các cấp kiểm tra tài chính tại 126 đơn vị

12/07/2022 08:30

Sáu tháng đầu năm 2022, Ủy ban Kiểm tra (UBKT) Công đoàn các cấp tỉnh Ninh Bình đã tiến hành kiểm tra tài chính, quản lý tài sản công đoàn tại 126 đơn vị, trong đó UBKT LĐLĐ tỉnh trực tiếp kiểm tra 8 đơn vị. Qua kiểm tra, UBKT kiến nghị thu hồi hơn 215 triệu đồng chi sai nguyên tắc.

Cùng với đó, UBKT các cấp đã kiểm tra việc chấp hành Điều lệ Công đoàn Việt Nam tại 57 CĐCS; giám sát 31 tổ chức công đoàn trong việc thực hiện nghị quyết đại hội. LĐLĐ tỉnh tham gia cùng các sở, ngành 14 cuộc thanh tra, kiểm tra việc thực hiện pháp luật lao động tại doanh nghiệp. UBKT cũng đã giải quyết 3 đơn thư khiếu nại, tố cáo đúng thời hạn.

Về tài chính, thu kinh phí công đoàn 2% đạt 54,3 tỷ đồng, bằng 52% kế hoạch năm. Toàn tỉnh hiện có 1.008 CĐCS; trong 6 tháng, giảm 6 CĐCS do doanh nghiệp giải thể, phá sản.

6 tháng cuối năm, UBKT LĐLĐ tỉnh có kế hoạch kiểm tra tài chính thêm 90 đơn vị, tập trung vào các CĐCS khu vực doanh nghiệp ngoài nhà nước tại KCN Gián Khẩu, Khánh Phú.

Bà Đinh Thị Hà, Chủ nhiệm UBKT LĐLĐ tỉnh cho biết, qua kiểm tra cho thấy một số CĐCS chưa mở sổ sách kế toán đúng quy định, chi hoạt động phong trào chưa bảo đảm tỷ lệ 60% theo hướng dẫn.

Mai Lan
""", [
    R("financial_inspections", 126, "126", note="headline repeat"),
    R("financial_inspections", 126, "126"),
    R("financial_inspections", 8, "8", scope="UBKT LĐLĐ tỉnh"),
    R("supervisions", 57, "57", note="Charter compliance inspections -> supervisions; '3 đơn thư' fits no code"),
    R("supervisions", 31, "31"),
    R("supervisions", 14, "14"),
    R("unions_total", 1008, "1.008", per=D("2022-07-12"), note="54,3 tỷ fee collection and its 52% of plan fit no code (left out)"),
    R("unions_dissolved", 6, "6", occ=1, note="the first 6 is the period 'trong 6 tháng'"),
    R("financial_inspections", 90, "90", status="target", per=H2(2022)),
], region="Ninh Bình", per=H1(2022))

add("d23", "https://baosoctrang.org.vn/lao-dong-viec-lam/143-can-nha-mai-am-cong-doan-trao-tang-doan-vien-kho-khan-38521.html", "2021-04-08", """
Sóc Trăng: 143 căn nhà Mái ấm Công đoàn trao tặng đoàn viên khó khăn

08/04/2021 | 15:20

(STO) - Ngày 7/4, LĐLĐ tỉnh Sóc Trăng tổ chức hội nghị sơ kết 2 năm thực hiện Chương trình Mái ấm Công đoàn giai đoạn 2019-2023.

Theo báo cáo, từ đầu năm 2019 đến nay, Quỹ Mái ấm Công đoàn tỉnh đã hỗ trợ xây mới, sửa chữa 143 căn nhà (118 căn xây mới, 25 căn sửa chữa) cho đoàn viên có hoàn cảnh khó khăn về nhà ở, với tổng kinh phí trên 5,7 tỷ đồng; mỗi căn xây mới được hỗ trợ 40 triệu đồng, căn sửa chữa 20 triệu đồng. Như vậy, chương trình đã đạt 57,2% kế hoạch.

Mục tiêu của giai đoạn 2019-2023 là xây mới, sửa chữa 250 căn nhà. Toàn tỉnh hiện có 58.900 đoàn viên, trong đó khoảng 3.100 đoàn viên còn khó khăn về nhà ở; đoàn viên là người dân tộc Khmer chiếm 28%.

Phát biểu tại hội nghị, ông Lâm Hoàng Nghiệp, Phó Chủ tịch UBND tỉnh đánh giá cao cách làm của tổ chức công đoàn, đề nghị các sở, ngành, doanh nghiệp tiếp tục đồng hành, đóng góp vào Quỹ. Ông Nguyễn Văn Phương, Chủ tịch LĐLĐ tỉnh cho biết, thời gian tới, chương trình sẽ ưu tiên đoàn viên là công nhân các KCN An Nghiệp, Trần Đề và giáo viên vùng sâu.

Ảnh: Lãnh đạo LĐLĐ tỉnh trao quyết định hỗ trợ xây nhà Mái ấm Công đoàn cho đoàn viên huyện Trần Đề.

Kim Hoàng

Tin cùng chuyên mục
Sóc Trăng: Lễ hội Oóc Om Bóc thu hút hơn 300.000 lượt khách
""", [
    R("shelter_houses", 143, "143", note="headline repeat, period of the body statement"),
    R("shelter_houses", 143, "143"),
    R("shelter_houses", 118, "118"),
    R("shelter_houses", 25, "25"),
    R("shelter_funds", 5700000000, "5,7 tỷ", bound="over"),
    R("shelter_houses", 57.2, "57,2%", status="attainment"),
    R("shelter_houses", 250, "250", status="target", per=SPAN(2019, 2023)),
    R("members_total", 58900, "58.900", per=D("2021-04-08"), note="'3.100 đoàn viên còn khó khăn về nhà ở' fits no code"),
], region="Sóc Trăng", per=("2019-01-01", "2021-04-08"))

add("d24", "https://baobinhduong.vn/binh-duong-ket-nap-21540-doan-vien-trong-nam-2024-a336521.html", "2024-12-26", """
Bình Dương: Kết nạp 21.540 đoàn viên trong năm 2024

Cập nhật: 26-12-2024 | 16:02:11

Trong năm, các cấp công đoàn tỉnh Bình Dương đã kết nạp 21.540 đoàn viên, đạt 107,7% chỉ tiêu; thành lập 46 công đoàn cơ sở. Trong số đoàn viên mới, khu vực doanh nghiệp FDI chiếm 14.320 người, doanh nghiệp dân doanh 6.870 người. LĐLĐ TP Thuận An là đơn vị dẫn đầu, kết nạp 5.102 đoàn viên, thành lập 11 CĐCS.

Về thương lượng tập thể, đã có 118 bản thỏa ước lao động tập thể được ký mới, trong đó có 2 thỏa ước lao động tập thể nhóm doanh nghiệp. Các CĐCS đã thương lượng thành công để 205 doanh nghiệp nâng giá trị bữa ăn giữa ca lên bình quân 25.000 - 30.000 đồng/suất. Công đoàn các KCN tỉnh thành lập mới 37 Ban nữ công quần chúng.

Hiện nay, tỉnh có 1.562 CĐCS với 438.000 đoàn viên, chiếm khoảng 37% tổng số lao động toàn tỉnh (1,2 triệu lao động). Năm 2025, Tổng LĐLĐ Việt Nam giao chỉ tiêu cho Bình Dương phát triển 20.000 đoàn viên.

Theo ông Nguyễn Văn Lộc, Chủ tịch LĐLĐ tỉnh, kết quả trên có được nhờ các cấp công đoàn đổi mới cách tiếp cận, tuyên truyền trực tiếp tại khu nhà trọ, qua mạng xã hội, đồng thời chăm lo thiết thực cho đoàn viên như “Chợ Tết Công đoàn”, “Chuyến xe Công đoàn”.

Q.TÁM

Chia sẻ bài viết
""", [
    R("members_new", 21540, "21.540", note="headline repeat"),
    R("members_new", 21540, "21.540", note="'Trong năm' published in December -> 2024"),
    R("members_new", 107.7, "107,7%", status="attainment"),
    R("unions_new", 46, "46"),
    R("members_new", 14320, "14.320", scope="khu vực doanh nghiệp FDI"),
    R("members_new", 6870, "6.870", scope="doanh nghiệp dân doanh"),
    R("members_new", 5102, "5.102", scope="LĐLĐ TP Thuận An"),
    R("unions_new", 11, "11", scope="LĐLĐ TP Thuận An"),
    R("collective_agreements", 118, "118"),
    R("collective_agreements", 2, "2", scope="thỏa ước lao động tập thể nhóm doanh nghiệp"),
    R("meal_upgrades", 205, "205", note="25.000 - 30.000 đồng/suất is a per-item level"),
    R("women_committees", 37, "37", scope="Công đoàn các KCN tỉnh"),
    R("unions_total", 1562, "1.562", per=D("2024-12-26")),
    R("members_total", 438000, "438.000", per=D("2024-12-26"), note="37% share and 1,2 triệu workers are not records"),
    R("members_new", 20000, "20.000", status="target", per=Y(2025), note="target given by Tổng LĐLĐ to the province -> Bình Dương"),
], region="Bình Dương", per=Y(2024))

add("d25", "https://baohoabinh.com.vn/12/125874/dai-hoi-cong-doan-huyen-mai-chau-lan-thu-xx-nhiem-ky-2018-2023.htm", "2018-10-10", """
Đại hội Công đoàn huyện Mai Châu lần thứ XX, nhiệm kỳ 2018 - 2023

Cập nhật: 10/10/2018 | 9:02:00 AM

(Baohoabinh.com.vn) - Ngày 9/10, LĐLĐ huyện Mai Châu tổ chức Đại hội Công đoàn huyện lần thứ XX, nhiệm kỳ 2018 - 2023. Dự đại hội có 120 đại biểu đại diện cho các CĐCS trực thuộc.

Nhiệm kỳ 2013 - 2018, các cấp công đoàn trong huyện đã kết nạp 612 đoàn viên; thành lập mới 5 CĐCS, đồng thời sáp nhập, giải thể 9 CĐCS do sắp xếp lại các trường học và đơn vị sự nghiệp. Giới thiệu 58 đoàn viên ưu tú cho Đảng xem xét, 41 đồng chí đã được kết nạp vào Đảng. Quỹ Mái ấm Công đoàn hỗ trợ xây mới 7 căn nhà cho đoàn viên là người dân tộc Thái, dân tộc Mường có hoàn cảnh khó khăn. Đến nay, LĐLĐ huyện quản lý 96 CĐCS với 2.940 đoàn viên.

Nhiệm kỳ 2018 - 2023, Đại hội đề ra mục tiêu phát triển mới 500 đoàn viên; giới thiệu 50 đoàn viên ưu tú cho Đảng; phấn đấu hằng năm có trên 85% CĐCS đạt tiêu chuẩn vững mạnh.

Phát biểu chỉ đạo Đại hội, đồng chí Bùi Văn Cửu, Chủ tịch LĐLĐ tỉnh Hòa Bình, đề nghị Công đoàn huyện quan tâm phát triển đoàn viên tại các doanh nghiệp du lịch, homestay ở bản Lác, bản Pom Coọng, nơi mỗi năm đón hàng trăm nghìn lượt khách.

Đại hội đã bầu 19 đồng chí vào BCH Công đoàn huyện khóa XX và bầu 12 đại biểu đi dự Đại hội Công đoàn tỉnh lần thứ XVII.

Minh Thư
""", [
    R("members_new", 612, "612"),
    R("unions_new", 5, "5"),
    R("unions_dissolved", 9, "9", note="sáp nhập, giải thể -> a decrease"),
    R("party_referrals", 58, "58"),
    R("party_admitted", 41, "41"),
    R("shelter_houses", 7, "7"),
    R("unions_total", 96, "96", per=D("2018-10-10"), scope="LĐLĐ huyện Mai Châu", note="'Đến nay ... quản lý' is a current stock"),
    R("members_total", 2940, "2.940", per=D("2018-10-10"), scope="LĐLĐ huyện Mai Châu"),
    R("members_new", 500, "500", status="target", per=SPAN(2018, 2023)),
    R("party_referrals", 50, "50", status="target", per=SPAN(2018, 2023), note="'trên 85% CĐCS đạt vững mạnh' is a share, not a code"),
], region="Hòa Bình", per=SPAN(2013, 2018))
