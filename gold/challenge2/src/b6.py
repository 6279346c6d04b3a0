from lib import *
drop("d29")

add("d26", "https://baoquangtri.vn/day-manh-so-hoa-du-lieu-doan-vien-172514.htm", "2023-03-20", """
Quảng Trị: Đẩy mạnh số hóa dữ liệu đoàn viên

20/03/2023 - 08:05

QTO - Hai tháng đầu năm 2023, LĐLĐ tỉnh Quảng Trị đã hướng dẫn các CĐCS nhập thông tin của 4.862 đoàn viên lên phần mềm quản lý đoàn viên, nâng tổng số đoàn viên có dữ liệu trên phần mềm lên 39.410 người, bằng 91% tổng số đoàn viên toàn tỉnh. Cùng thời gian, Công đoàn Khu kinh tế tỉnh phối hợp cấp 1.250 thẻ đoàn viên công đoàn cho công nhân các doanh nghiệp tại KCN Nam Đông Hà, Quán Ngang.

Theo báo cáo, trong 2 tháng, số đoan viên giảm do doanh nghiệp cắt giảm lao động, công nhân nghỉ việc là 640 người, trong khi chỉ kết nạp mới được 415 đoàn viên. Số CĐCS thành lập mới: 4; số CĐCS giải thể: 1; tăng tuyệt đối 3 CĐCS.

Ông Lê Văn Hà, Phó Chủ tịch LĐLĐ tỉnh cho biết, việc số hóa dữ liệu giúp công đoàn các cấp nắm chắc biến động đoàn viên, làm căn cứ để chăm lo, hỗ trợ kịp thời. Tuy nhiên, một số CĐCS khu vực doanh nghiệp còn lúng túng do cán bộ công đoàn kiêm nhiệm, thường xuyên thay đổi.

Trong thời gian tới, LĐLĐ tỉnh sẽ tổ chức tập huấn sử dụng phần mềm cho cán bộ công đoàn cơ sở, đồng thời triển khai thẻ đoàn viên điện tử trên ứng dụng Công đoàn Việt Nam. Đoàn viên có thắc mắc có thể liên hệ Ban Tổ chức LĐLĐ tỉnh qua số điện thoại 0233.3852.614.

Ảnh: Cán bộ Công đoàn Khu kinh tế tỉnh hướng dẫn công nhân cài đặt ứng dụng Công đoàn Việt Nam.

Hoàng Táo
""", [
    R("member_records", 4862, "4.862"),
    R("member_records", 39410, "39.410", per=D("2023-03-20"), note="'nâng tổng số ... lên' -> stock at publication (judgement: a stock of records); 91% is a share"),
    R("member_records", 1250, "1.250", scope="Công đoàn Khu kinh tế tỉnh", note="membership cards issued"),
    R("members_lost", 640, "640", note="scraping damage 'đoan viên'"),
    R("members_new", 415, "415"),
    R("unions_new", 4, "4"),
    R("unions_dissolved", 1, "1"),
    R("unions_net", 3, "3"),
], region="Quảng Trị", per=("2023-01-01", "2023-02-28"))

add("d27", "https://baodongkhoi.vn/ben-tre-tren-6-ngan-luot-doan-vien-duoc-cham-lo-trong-thang-cong-nhan-31052019-a61234.html", "2019-05-31", """
Bến Tre: Trên 6 ngàn lượt đoàn viên được chăm lo trong Tháng Công nhân

31/05/2019 - 14:37

(ĐK) - Tháng Công nhân năm 2019 với chủ đề “Vì việc làm bền vững, nâng cao đời sống công nhân” đã được tổ chức ở 512 CĐCS của tỉnh Bến Tre, nhiều hơn 46 đơn vị so với năm trước.

Theo LĐLĐ tỉnh, các cấp công đoàn đã thăm hỏi, tặng quà 6.215 lượt đoàn viên, công nhân lao động có hoàn cảnh khó khăn, bệnh hiểm nghèo, với tổng số tiền 1 tỷ 860 triệu đồng. LĐLĐ tỉnh ký kết thỏa thuận hợp tác với 9 đơn vị, doanh nghiệp tham gia Chương trình “Phúc lợi cho đoàn viên công đoàn”, trong đó có siêu thị Co.opmart Bến Tre, các nhà thuốc và phòng khám tư nhân. Đoàn viên được giảm giá 10 - 30% khi mua hàng tại các điểm này.

LĐLĐ huyện Giồng Trôm, Ba Tri thành lập 3 Ban nữ công quần chúng tại các doanh nghiệp may mặc có đông lao động nữ. Dịp này, “Phiên chợ Công đoàn” tại KCN Giao Long thu hút hàng nghìn công nhân đến tham quan, mua sắm.

Bà Lê Thị Thu Vân, Chủ tịch LĐLĐ tỉnh cho biết, năm nay, nhiều doanh nghiệp chế biến dừa xuất khẩu thiếu đơn hàng, khoảng 1.500 công nhân bị giảm giờ làm. Công đoàn sẽ tiếp tục phối hợp với doanh nghiệp để bảo đảm việc làm, thu nhập cho người lao động.

Ảnh: Lãnh đạo LĐLĐ tỉnh tặng quà công nhân Công ty TNHH May Tiến Thuận.

Phan Hân
""", [
    R("beneficiaries", 6000, "6 ngàn", bound="over", note="headline repeat of 6.215"),
    R("workers_month_units", 512, "512", note="'nhiều hơn 46 đơn vị so với năm trước' is a year-on-year difference, fits no code"),
    R("beneficiaries", 6215, "6.215"),
    R("support_funds", 1860000000, "1 tỷ 860 triệu", chk=False),
    R("welfare_partners", 9, "9"),
    R("women_committees", 3, "3", scope="LĐLĐ huyện Giồng Trôm, Ba Tri"),
], region="Bến Tre", per=M(5, 2019))

add("d28", "https://baotuyenquang.com.vn/xa-hoi/giao-duc/cong-doan-giao-duc-tuyen-quang-tong-ket-nam-hoc-2024-2025-212478.html", "2025-06-18", """
Công đoàn Giáo dục Tuyên Quang tổng kết năm học 2024 - 2025

Thứ Tư, 18/06/2025 - 10:40

(BTQ) - Ngày 17/6, Công đoàn ngành Giáo dục tỉnh Tuyên Quang tổ chức hội nghị tổng kết hoạt động công đoàn năm học 2024 - 2025.

Năm học vừa qua, 456 trường học trong ngành đã tổ chức hội nghị viên chức, người lao động đúng quy định; các CĐCS đã thăm hỏi đoàn viên ốm đau, gia đình có việc hiếu với tổng số 2.035 lượt, tổng chi 1,12 tỷ đồng. Số đoàn viên được kết nạp mới là 96, chủ yếu là giáo viên hợp đồng được tuyển dụng chính thức.

Do thực hiện sắp xếp, sáp nhập các trường học, ngành giảm 14 CĐCS. Hiện Công đoàn ngành quản lý 487 CĐCS với trên 12.600 đoàn viên. Các CĐCS đã giới thiệu 37 đoàn viên ưu tú cho chi bộ, trong đó 29 đồng chí đã được kết nạp vào Đảng Cộng sản Việt Nam.

Tại hội nghị, nhiều ý kiến phản ánh khó khăn của giáo viên vùng cao các huyện Lâm Bình, Na Hang khi phải dạy ở các điểm trường lẻ cách trung tâm xã trên 20 km. Đồng chí Phạm Thị Lan, Chủ tịch Công đoàn ngành đề nghị các CĐCS tiếp tục quan tâm, hỗ trợ giáo viên ở điểm trường khó khăn.

Dịp này, Công đoàn ngành tặng Giấy khen cho 32 tập thể, 65 cá nhân có thành tích xuất sắc trong năm học.

Thanh Phúc

Lượt xem: 315
""", [
    R("official_conferences", 456, "456", note="'Năm học vừa qua' refers back to năm học 2024 - 2025"),
    R("beneficiaries", 2035, "2.035"),
    R("support_funds", 1120000000, "1,12 tỷ"),
    R("members_new", 96, "96"),
    R("unions_dissolved", 14, "14", note="merger of schools -> decrease"),
    R("unions_total", 487, "487", per=D("2025-06-18"), scope="Công đoàn ngành Giáo dục"),
    R("members_total", 12600, "12.600", bound="over", per=D("2025-06-18"), scope="Công đoàn ngành Giáo dục"),
    R("party_referrals", 37, "37"),
    R("party_admitted", 29, "29"),
], region="Tuyên Quang", per=SY(2024, 2025))

add("d29", "https://baokontum.com.vn/xa-hoi/tu-van-phap-luat-cho-nguoi-lao-dong-quy-iii-18734.html", "2022-10-20", """
Kon Tum: Tăng cường tư vấn pháp luật, đối thoại tại nơi làm việc

Cập nhật lúc 07:45, Thứ Năm, 20/10/2022 (GMT+7)

Quý III, LĐLĐ tỉnh Kon Tum đã phối hợp với các sở, ngành tổ chức tư vấn pháp luật lưu động tại cơ sở, trực tiếp giải đáp cho một trăm hai mươi lượt đoàn viên, người lao động. Trung tâm Tư vấn pháp luật Công đoàn tỉnh đã tư vấn cho 684 lượt người lao động về hợp đồng lao động, tiền lương, chế độ thai sản.

Các CĐCS chủ động phối hợp với người sử dụng lao động tổ chức đối thoại định kỳ tại 23 doanh nghiệp; 19 doanh nghiệp tổ chức hội nghị người lao động. Thỏa ước lao động tập thể được ký mới ở 7 doanh nghiệp, nâng tổng số TƯLĐTT còn hiệu lực toàn tỉnh lên 64 bản.

LĐLĐ tỉnh mở 3 lớp tập huấn kỹ năng thương lượng tập thể cho 150 cán bộ CĐCS. LĐLĐ huyện Ngọc Hồi tổ chức tuyên truyền Bộ luật Lao động cho khoảng 300 công nhân cao su.

Theo đánh giá của LĐLĐ tỉnh, đa số doanh nghiệp trên địa bàn có quy mô nhỏ, dưới 50 lao động, nên việc tổ chức đối thoại, thương lượng còn nhiều khó khăn. Người lao động cần tư vấn có thể liên hệ Trung tâm theo số 0260.3862.236.

Văn Tài

Bài viết cùng chuyên mục
Kon Tum: Hơn 4.000 ha sâm Ngọc Linh được cấp mã số vùng trồng
""", [
    R("legal_consultations", 120, "một trăm hai mươi", chk=False, note="number in words; quý III without year -> publication year 2022"),
    R("legal_consultations", 684, "684"),
    R("workplace_dialogues", 23, "23"),
    R("worker_conferences", 19, "19"),
    R("collective_agreements", 7, "7", occ=1),
    R("collective_agreements", 64, "64", per=("2022-10-20", "2022-10-20"),
      note="agreements in force raised to 64 ('nâng tổng số ... lên'): a stock of the signings, dated at publication (records.md; aligned in session 10 with the later sets, was left out)"),
    R("trainings", 3, "3"),
    R("trainees", 150, "150"),
    R("trainees", 300, "300", bound="about", scope="LĐLĐ huyện Ngọc Hồi"),
], region="Kon Tum", per=Q(3, 2022))

add("d30", "https://congdoan.vn/tin-tuc/thoi-su-487/ha-noi-dat-muc-tieu-phat-trien-150000-doan-vien-giai-doan-2016-2020-215478.tld", "2016-05-20", """
Hà Nội đặt mục tiêu phát triển 150.000 đoàn viên giai đoạn 2016 - 2020

20/05/2016 09:15

(Congdoan.vn) - LĐLĐ Thành phố Hà Nội vừa ban hành Chương trình số 04/CTr-LĐLĐ về phát triển đoàn viên, thành lập CĐCS giai đoạn 2016 - 2020.

Theo Chương trình, giai đoạn 2016 - 2020, LĐLĐ Thành phố phấn đấu phát triển 150.000 đoàn viên, thành lập 1.500 CĐCS ở các doanh nghiệp ngoài nhà nước; thương lượng, ký kết mới 1.200 bản TƯLĐTT.

Năm 2015, các cấp công đoàn Thủ đô kết nạp được 36.518 đoàn viên, thành lập 412 CĐCS; 1.105 doanh nghiệp tổ chức Hội nghị NLĐ; 280 TƯLĐTT được ký kết. Hiện LĐLĐ Thành phố có 12.045 CĐCS với 831.400 đoàn viên, là đơn vị có số đoàn viên lớn nhất cả nước.

Tuy nhiên, theo đồng chí Nguyễn Thị Tuyết, Phó Chủ tịch LĐLĐ Thành phố, trên địa bàn Hà Nội có khoảng 270.000 doanh nghiệp, nhưng số doanh nghiệp có từ 25 lao động trở lên đã thành lập công đoàn mới đạt dưới 30%. Nhiều chủ doanh nghiệp chưa hiểu đúng vai trò của tổ chức công đoàn, thậm chí gây khó khăn cho người lao động tham gia công đoàn.

Để đạt mục tiêu, LĐLĐ Thành phố giao chỉ tiêu cụ thể cho 30 quận, huyện, thị xã và công đoàn ngành, đồng thời thành lập 5 tổ công tác chuyên trách phát triển đoàn viên tại các KCN Thăng Long, Quang Minh, Nội Bài.

Phương Nga

Số lần đọc: 2.845
""", [
    R("members_new", 150000, "150.000", status="target", per=SPAN(2016, 2020), note="headline repeat of the programme target"),
    R("members_new", 150000, "150.000", status="target", per=SPAN(2016, 2020)),
    R("unions_new", 1500, "1.500", status="target", per=SPAN(2016, 2020), scope="doanh nghiệp ngoài nhà nước"),
    R("collective_agreements", 1200, "1.200", status="target", per=SPAN(2016, 2020), note="TƯLĐTT = thỏa ước lao động tập thể"),
    R("members_new", 36518, "36.518", per=Y(2015)),
    R("unions_new", 412, "412", per=Y(2015)),
    R("worker_conferences", 1105, "1.105", per=Y(2015)),
    R("collective_agreements", 280, "280", per=Y(2015)),
    R("unions_total", 12045, "12.045", per=D("2016-05-20")),
    R("members_total", 831400, "831.400", per=D("2016-05-20")),
], region="Hà Nội")
