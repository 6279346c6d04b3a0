from mk import *

add("e17", "https://baoangiang.com.vn/thanh-lap-moi-12-ban-nu-cong-quan-chung-a248716.html", None, """
Thành lập mới 12 Ban nữ công quần chúng

Năm 2019, công tác nữ công của các cấp công đoàn tỉnh An Giang có nhiều chuyển biến tích cực. Các cấp công đoàn đã thành lập mới 12 Ban nữ công quần chúng tại các doanh nghiệp ngoài nhà nước có đông lao động nữ.

Cũng trong năm 2019, công đoàn phối hợp với thủ trưởng 1.023 cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức, trong đó quan tâm đưa các nội dung về chế độ, chính sách đối với lao động nữ vào nghị quyết hội nghị. Ban Nữ công các cấp tổ chức 65 buổi tuyên truyền về Luật Bình đẳng giới, chính sách đối với lao động nữ cho gần 4.800 lượt nữ đoàn viên, người lao động; thăm hỏi, tặng quà cho 2.750 lượt nữ đoàn viên có hoàn cảnh khó khăn, tổng số tiền hơn 640 triệu đồng.

Nhân kỷ niệm 89 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2019), Ban Nữ công LĐLĐ tỉnh tổ chức tọa đàm với 120 cán bộ nữ công tiêu biểu.

Năm 2020, các cấp công đoàn phấn đấu thành lập mới 10 Ban nữ công quần chúng.

Mỹ Hạnh
""", [
    R("women_committees", 12, "12", note="headline repeat of the body's 12: year 2019"),
    R("women_committees", 12, "12", scope="doanh nghiệp ngoài nhà nước"),
    R("official_conferences", 1023, "1.023"),
    R("trainings", 65, "65", note="'buổi tuyên truyền' counted as trainings (sessions held), the women reached as trainees"),
    R("trainees", 4800, "4.800", bound="under"),
    R("beneficiaries", 2750, "2.750"),
    R("support_funds", 640000000, "640 triệu", bound="over"),
    R("women_committees", 10, "10", status="target", per=Y(2020), note="'89 năm' (anniversary) and '120 cán bộ' (participants of a meeting) are not records"),
], region="An Giang", per=Y(2019))

add("e18", "https://baocamau.vn/tran-van-thoi-trao-hon-400-phan-qua-tet-cho-doan-vien-kho-khan-a61274.html", "2020-01-15", """
Trần Văn Thời: Trao hơn 400 phần quà Tết cho đoàn viên khó khăn

Cập nhật lúc: 15/01/2020 16:20

(CMO) Từ ngày 6/1 đến ngày 14/1/2020, Liên đoàn Lao động (LĐLĐ) huyện Trần Văn Thời tổ chức trao 412 phần quà Tết cho đoàn viên, người lao động có hoàn cảnh khó khăn trên địa bàn huyện. Mỗi phần quà trị giá 500.000 đồng, gồm tiền mặt và nhu yếu phẩm.

Dịp Tết Nguyên đán Canh Tý 2020, LĐLĐ huyện phối hợp với các nhà hảo tâm dự kiến trao tổng cộng 1.050 phần quà, với tổng kinh phí khoảng 520 triệu đồng. Trước đó, LĐLĐ huyện cũng đã phối hợp tổ chức chuyến xe "Tết sum vầy" đưa hai mươi lăm công nhân làm việc tại TP Hồ Chí Minh, tỉnh Bình Dương về quê đón Tết.

Năm 2019, LĐLĐ huyện kết nạp 318 đoàn viên, thành lập 2 CĐCS.

Lãnh đạo LĐLĐ huyện Trần Văn Thời trao quà Tết cho đoàn viên. Ảnh: Minh Khoa

Tin liên quan
LĐLĐ tỉnh trao 1.200 suất quà Tết cho công nhân KCN Khánh An
Công đoàn Viên chức tỉnh hỗ trợ 60 triệu đồng xây Mái ấm Công đoàn
""", [
    R("beneficiaries", 400, "400", bound="over", note="headline repeat of 412: takes its period"),
    R("beneficiaries", 412, "412", note="'Từ ngày 6/1 đến ngày 14/1/2020'; '500.000 đồng' per phần quà is per-item"),
    R("beneficiaries", 1050, "1.050", status="target", per=Y(2020), note="'dự kiến' = planned -> target; Tết Nguyên đán Canh Tý 2020 -> 2020"),
    R("support_funds", 520000000, "520 triệu", status="target", bound="about", per=Y(2020)),
    R("beneficiaries", 25, "hai mươi lăm", per=Y(2020), chk=False, scope="chuyến xe Tết sum vầy", note="word number; a bus ride home counts like tickets (guideline 9); the workers' workplaces (TP HCM, Bình Dương) do not change the region of the reporting union (Cà Mau)"),
    R("members_new", 318, "318", per=Y(2019)),
    R("unions_new", 2, "2", per=Y(2019), note="the 'Tin liên quan' figures (1.200, 60 triệu) are side stories"),
], region="Cà Mau", scope="LĐLĐ huyện Trần Văn Thời", per=("2020-01-06", "2020-01-14"))

add("e19", "https://laodong.vn/cong-doan/nam-2024-cong-doan-viet-nam-ket-nap-hon-11-trieu-doan-vien-1446215.ldo", "2025-01-10", """
Năm 2024: Công đoàn Việt Nam kết nạp hơn 1,1 triệu đoàn viên

10/01/2025 11:45

(LĐO) Sáng 10.1, Tổng Liên đoàn Lao động Việt Nam tổ chức hội nghị tổng kết công tác công đoàn năm 2024, triển khai nhiệm vụ năm 2025.

Báo cáo tại hội nghị cho biết, năm 2024, các cấp công đoàn đã kết nạp 1.126.734 đoàn viên, đạt 112,7% kế hoạch; thành lập 4.168 CĐCS. Hiện nay, cả nước có hơn 138.000 CĐCS với hơn 11,4 triệu đoàn viên.

Chương trình "Tết Sum vầy" năm 2024 đã chăm lo cho 7,2 triệu lượt đoàn viên, người lao động với tổng kinh phí 5.316 tỷ đồng. Các cấp công đoàn đã hỗ trợ xây mới, sửa chữa 1.863 "Mái ấm Công đoàn"; tham gia thương lượng, ký kết 12.460 bản thỏa ước lao động tập thể; tổ chức và tham gia 18.900 cuộc kiểm tra, giám sát việc thực hiện chính sách, pháp luật.

Năm 2025, Tổng LĐLĐ Việt Nam đặt mục tiêu kết nạp 1 triệu đoàn viên, thành lập 3.000 CĐCS.

Chủ tịch Tổng LĐLĐ Việt Nam phát biểu tại hội nghị. Ảnh: Hải Nguyễn

Hà Anh
""", [
    R("members_new", 1100000, "1,1 triệu", bound="over", note="headline repeat of 1.126.734 (rounded)"),
    R("members_new", 1126734, "1.126.734"),
    R("members_new", 112.7, "112,7%", status="attainment"),
    R("unions_new", 4168, "4.168"),
    R("unions_total", 138000, "138.000", bound="over", per=D("2025-01-10")),
    R("members_total", 11400000, "11,4 triệu", bound="over", per=D("2025-01-10")),
    R("beneficiaries", 7200000, "7,2 triệu"),
    R("support_funds", 5316000000000, "5.316 tỷ"),
    R("shelter_houses", 1863, "1.863", note="no period phrase in the sentence: nearest earlier 'năm 2024'"),
    R("collective_agreements", 12460, "12.460"),
    R("supervisions", 18900, "18.900"),
    R("members_new", 1000000, "1 triệu", status="target", per=Y(2025)),
    R("unions_new", 3000, "3.000", status="target", per=Y(2025)),
], region="Việt Nam", per=Y(2024))

add("e20", "https://congdoan.vn/tin-tuc/hoat-dong-cong-doan-3569/cong-doan-cong-thuong-viet-nam-cham-lo-cho-gan-15000-luot-doan-vien-602187.tld", None, """
Công đoàn Công Thương Việt Nam chăm lo cho gần 15.000 lượt đoàn viên

Sáng 26/8, Công đoàn Công Thương Việt Nam tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2021 theo hình thức trực tuyến.

Theo báo cáo, 6 tháng đầu năm 2021, các cấp công đoàn trong ngành đã thăm hỏi, hỗ trợ 14.820 lượt đoàn viên, người lao động bị ảnh hưởng bởi dịch Covid-19 với tổng số tiền trên 4,6 tỷ đồng. Trong đó, Công đoàn Công Thương Việt Nam trực tiếp hỗ trợ 1.350 trường hợp, mỗi trường hợp 1 triệu đồng.

Toàn ngành kết nạp mới 2.604 đoàn viên, thành lập 9 CĐCS; tổ chức 46 lớp tập huấn, bồi dưỡng nghiệp vụ cho hơn 3 nghìn lượt cán bộ công đoàn. Có 318 doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc; 74 doanh nghiệp ký mới thỏa ước lao động tập thể.

Hiện Công đoàn Công Thương Việt Nam có 1.012 CĐCS với 183.500 đoàn viên.

Thu Hằng
""", [
    R("beneficiaries", 15000, "15.000", bound="under", note="headline repeat of 14.820"),
    R("beneficiaries", 14820, "14.820"),
    R("support_funds", 4600000000, "4,6 tỷ", bound="over"),
    R("beneficiaries", 1350, "1.350", scope="Công đoàn Công Thương Việt Nam trực tiếp hỗ trợ", note="breakdown; '1 triệu đồng' per case is per-item"),
    R("members_new", 2604, "2.604"),
    R("unions_new", 9, "9"),
    R("trainings", 46, "46"),
    R("trainees", 3000, "3 nghìn", bound="over"),
    R("workplace_dialogues", 318, "318"),
    R("collective_agreements", 74, "74"),
    R("unions_total", 1012, "1.012", per=(None, None), note="'Hiện' stock, no publication date -> null"),
    R("members_total", 183500, "183.500", per=(None, None)),
], region="Việt Nam", scope="Công đoàn Công Thương Việt Nam", per=H1(2021))

add("e21", "https://baohanam.com.vn/xa-hoi/lao-dong-viec-lam/9-thang-ldld-tinh-ket-nap-3412-doan-vien-31254.html", "2014-10-08", """
9 tháng, LĐLĐ tỉnh kết nạp 3.412 đoàn viên

08/10/2014

(BHN) - Chín tháng đầu năm 2014, các cấp công đoàn tỉnh Hà Nam đã kết nạp 3.412 đoàn viên công đoàn, đạt 85,3% kế hoạch năm; thành lập mới mười một CĐCS, vượt 10% chỉ tiêu cả năm (chỉ tiêu 10 CĐCS).

Cũng trong 9 tháng, Văn phòng Tư vấn pháp luật LĐLĐ tỉnh đã tư vấn cho 356 lượt người lao động; các cấp công đoàn thăm hỏi, hỗ trợ 2.117 đoàn viên, người lao động có hoàn cảnh khó khăn, bị tai nạn lao động với số tiền 1,05 tỷ đồng. Nhiều CĐCS tại KCN Đồng Văn I, Đồng Văn II đã tham gia cùng doanh nghiệp xây dựng thang, bảng lương theo Nghị định 182/2013/NĐ-CP.

Quý IV/2014, LĐLĐ tỉnh phấn đấu kết nạp thêm 600 đoàn viên, hoàn thành chỉ tiêu 4.000 đoàn viên của năm 2014.

Thanh Hương
""", [
    R("members_new", 3412, "3.412", note="headline repeat: takes the body's 'Chín tháng đầu năm 2014'"),
    R("members_new", 3412, "3.412"),
    R("members_new", 85.3, "85,3%", status="attainment"),
    R("unions_new", 11, "mười một", chk=False, note="word number"),
    R("unions_new", 110, "10%", status="attainment", note="'vượt 10% chỉ tiêu' -> 110, bound exact"),
    R("unions_new", 10, "10", status="target", per=Y(2014), occ=1, note="'chỉ tiêu cả năm' -> full year 2014 (guideline 8)"),
    R("legal_consultations", 356, "356", note="'Cũng trong 9 tháng' -> nearest earlier 'Chín tháng đầu năm 2014'"),
    R("beneficiaries", 2117, "2.117"),
    R("support_funds", 1050000000, "1,05 tỷ", note="'182/2013/NĐ-CP' is a document number"),
    R("members_new", 600, "600", status="target", per=Q(4, 2014)),
    R("members_new", 4000, "4.000", status="target", per=Y(2014)),
], region="Hà Nam", per=("2014-01-01", "2014-09-30"))

add("e22", "https://baodienbienphu.info.vn/tin-tuc/xa-hoi/147823/ldld-huyen-muong-cha-co-64-cong-doan-co-so", "2016-08-03", """
LĐLĐ huyện Mường Chà có 64 công đoàn cơ sở

Thứ Tư, 03/08/2016 | 10:15

ĐBP - Hiện LĐLĐ huyện Mường Chà đang quản lý 64 CĐCS với 1.783 đoàn viên, trong đó có 42 CĐCS khối giáo dục. Thời gian qua, LĐLĐ huyện đã phối hợp với các CĐCS thăm hỏi 86 đoàn viên ốm đau, có hoàn cảnh khó khăn; hỗ trợ xây dựng 1 nhà "Mái ấm Công đoàn" cho đoàn viên ở xã Sa Lông trị giá 40 triệu đồng; giới thiệu 12 đoàn viên ưu tú cho Đảng xem xét, kết nạp. Các CĐCS doanh nghiệp đã ký kết thỏa ước lao động tập thể tại 5/5 doanh nghiệp có tổ chức công đoàn.

Tuy nhiên, hoạt động của một số CĐCS còn mang tính hình thức; đội ngũ cán bộ công đoàn cơ sở chủ yếu kiêm nhiệm, thường xuyên thay đổi nên ảnh hưởng đến chất lượng hoạt động. Thời gian tới, LĐLĐ huyện tiếp tục đổi mới nội dung, phương thức hoạt động, hướng mạnh về cơ sở.

Ngọc Hải
""", [
    R("unions_total", 64, "64", note="headline repeat of the body stock"),
    R("unions_total", 64, "64"),
    R("members_total", 1783, "1.783"),
    R("unions_total", 42, "42", scope="khối giáo dục"),
    R("beneficiaries", 86, "86", note="no period phrase in the article ('Thời gian qua' is not one) -> publication date"),
    R("shelter_houses", 1, "1"),
    R("shelter_funds", 40000000, "40 triệu", note="the whole support for the one house (not 'mỗi nhà'): shelter_funds"),
    R("party_referrals", 12, "12"),
    R("collective_agreements", 5, "5/5", chk=False, note="'5/5 doanh nghiệp' -> 5 (records.md '03/03' -> 3)"),
], region="Điện Biên", scope="LĐLĐ huyện Mường Chà")

add("e23", "http://baodongnai.com.vn/xa-hoi/202204/thang-cong-nhan-nam-2022-phan-dau-cham-lo-cho-20-ngan-doan-vien-nguoi-lao-dong-3112457/", "2022-04-12", """
Tháng Công nhân năm 2022: Phấn đấu chăm lo cho 20 ngàn đoàn viên, người lao động

Cập nhật lúc 18:30, Thứ Ba, 12/04/2022 (GMT+7)

(ĐN) - LĐLĐ tỉnh vừa ban hành Kế hoạch số 112/KH-LĐLĐ về tổ chức Tháng Công nhân năm 2022 với chủ đề "Công nhân vượt khó, phục hồi kinh tế".

Theo kế hoạch, các cấp công đoàn trong tỉnh phấn đấu thực hiện các chỉ tiêu sau:
- Thăm hỏi, tặng quà cho 20.000 đoàn viên, người lao động có hoàn cảnh khó khăn, với tổng kinh phí khoảng 10 tỷ đồng;
- Kết nạp mới ít nhất 5.000 đoàn viên, thành lập mới 30 CĐCS;
- Trao 15 "Mái ấm Công đoàn" cho đoàn viên khó khăn về nhà ở;
- 100% CĐCS tổ chức các hoạt động hưởng ứng Tháng Công nhân;
- Tổ chức đối thoại tại nơi làm việc ở 300 doanh nghiệp.

Tháng Công nhân năm 2021, dù dịch Covid-19 diễn biến phức tạp, các hoạt động vẫn được tổ chức tại 1.420 CĐCS; các cấp công đoàn đã chăm lo cho 68.000 lượt đoàn viên, người lao động với số tiền 25,4 tỷ đồng.

Hạnh Dung
""", [
    R("beneficiaries", 20000, "20 ngàn", status="target", note="headline repeat of the planned 20.000"),
    R("beneficiaries", 20000, "20.000", status="target", note="list under 'phấn đấu thực hiện các chỉ tiêu sau' takes the heading's period (Tháng Công nhân năm 2022)"),
    R("support_funds", 10000000000, "10 tỷ", status="target", bound="about"),
    R("members_new", 5000, "5.000", status="target", bound="over"),
    R("unions_new", 30, "30", status="target"),
    R("shelter_houses", 15, "15", status="target"),
    R("workplace_dialogues", 300, "300", status="target", note="'100% CĐCS' and 'Kế hoạch số 112/KH-LĐLĐ' are not records"),
    R("workers_month_units", 1420, "1.420", per=M(5, 2021)),
    R("beneficiaries", 68000, "68.000", per=M(5, 2021)),
    R("support_funds", 25400000000, "25,4 tỷ", per=M(5, 2021)),
], region="Đồng Nai", per=M(5, 2022))

add("e24", "https://baomoi.com/cong-doan-cac-kcn-thai-nguyen-ket-nap-gan-2-000-doan-vien-trong-quy-iii/c/27841536.epi", None, """
Công đoàn các KCN Thái Nguyên: Kết nạp gần 2.000 đoàn viên trong quý III

Trong quý III/2018, Công đoàn các Khu công nghiệp Thái Nguyên đã thành lập mới 6 CĐCS, kết nạp 1.948 đoàn viên, nâng tổng số đoàn viên lên xấp xỉ 61.000 người. Riêng CĐCS Công ty TNHH Samsung Electronics Việt Nam Thái Nguyên kết nạp thêm 1.120 đoàn viên.

Cũng trong quý, Công đoàn các KCN đã tư vấn pháp luật cho chừng 450 lượt công nhân, chủ yếu về chế độ thai sản, bảo hiểm xã hội; phối hợp tổ chức 3 lớp tập huấn về an toàn, vệ sinh lao động cho cán bộ công đoàn, an toàn vệ sinh viên. 9 tháng năm 2018, đã có 37 doanh nghiệp trong các KCN tổ chức hội nghị người lao động.

Quý IV/2018, Công đoàn các KCN phấn đấu kết nạp thêm 1.500 đoàn viên, thành lập 3 CĐCS.

Công nhân Công ty TNHH Samsung Electronics Việt Nam Thái Nguyên trong giờ làm việc. Ảnh: Đ.T

Đào Thu
""", [
    R("members_new", 2000, "2.000", bound="under", note="headline repeat of 1.948 (rounded): takes 'quý III/2018'"),
    R("unions_new", 6, "6"),
    R("members_new", 1948, "1.948"),
    R("members_total", 61000, "61.000", bound="about", per=(None, None), note="'nâng tổng số ... lên' stock with no publication date -> null, whatever the sentence's quarter"),
    R("members_new", 1120, "1.120", scope="CĐCS Công ty TNHH Samsung Electronics Việt Nam Thái Nguyên"),
    R("legal_consultations", 450, "450", bound="about", note="'chừng' -> about; 'Cũng trong quý' -> quý III/2018"),
    R("trainings", 3, "3"),
    R("worker_conferences", 37, "37", per=("2018-01-01", "2018-09-30")),
    R("members_new", 1500, "1.500", status="target", per=Q(4, 2018)),
    R("unions_new", 3, "3", status="target", per=Q(4, 2018)),
], region="Thái Nguyên", scope="Công đoàn các KCN Thái Nguyên", per=Q(3, 2018))

add("e25", "https://baosonla.vn/cong-doan/cong-doan-phuong-to-hieu-ket-nap-245-doan-vien-2Yk9mXpNR.html", "2026-01-08", """
Công đoàn phường Tô Hiệu kết nạp 245 đoàn viên

08/01/2026 15:02

(SLO) - Năm qua, Công đoàn phường Tô Hiệu đã kết nạp 245 đoàn viên, đạt 122,5% chỉ tiêu Liên đoàn Lao động tỉnh giao; thành lập 3 CĐCS với 96 đoàn viên.

Chiều 7/1, Công đoàn phường Tô Hiệu tổ chức hội nghị tổng kết hoạt động công đoàn năm 2025, triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên Công đoàn phường đi vào hoạt động sau khi sắp xếp tổ chức bộ máy theo mô hình chính quyền địa phương hai cấp.

Năm 2025, Công đoàn phường đã thăm hỏi, hỗ trợ 318 lượt đoàn viên ốm đau, có hoàn cảnh khó khăn với số tiền hơn 150 triệu đồng; phối hợp tổ chức đối thoại tại nơi làm việc ở 14 doanh nghiệp. Hiện Công đoàn phường quản lý 58 CĐCS với 2.910 đoàn viên.

Dịp Tết Nguyên đán Bính Ngọ 2026, Công đoàn phường dự kiến trao 400 suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn, mỗi suất trị giá 500.000 đồng. Năm 2026, Công đoàn phường phấn đấu kết nạp 250 đoàn viên trở lên.

Bình luận (0)

Quàng Hương
""", [
    R("members_new", 245, "245", note="headline repeat: takes the sapo's 'Năm qua' (published in January 2026 -> 2025)"),
    R("members_new", 245, "245"),
    R("members_new", 122.5, "122,5%", status="attainment"),
    R("unions_new", 3, "3"),
    R("members_new", 96, "96", scope="CĐCS mới thành lập", note="members of newly founded unions count as members_new (guideline 9)"),
    R("beneficiaries", 318, "318"),
    R("support_funds", 150000000, "150 triệu", bound="over"),
    R("workplace_dialogues", 14, "14"),
    R("unions_total", 58, "58", per=D("2026-01-08")),
    R("members_total", 2910, "2.910", per=D("2026-01-08")),
    R("beneficiaries", 400, "400", status="target", per=Y(2026), note="'dự kiến' -> target; '500.000 đồng' per suất is per-item"),
    R("members_new", 250, "250", status="target", bound="over", per=Y(2026), note="'250 đoàn viên trở lên' -> over; 'Bình luận (0)' is page furniture"),
], region="Sơn La", scope="Công đoàn phường Tô Hiệu", per=Y(2025))
