"""Pages z09-z16."""
from lib import R

HR = "lặp lại con số {0} ở thân bài (gold README 1): lấy vùng, kỳ và trạng thái của câu thân bài"

PAGES = []

# ------------------------------------------------------------------ z09
PAGES.append(dict(
    id="z09", url="https://congdoandanang.org.vn/tin-tuc/hoan-thanh-nhap-du-lieu-hon-215000-doan-vien-len-phan-mem-2291.html",
    published="2025-08-20", pubdate="2025-08-20", region="Đà Nẵng", tpl="dnn",
    site=dict(name="Liên đoàn Lao động thành phố Đà Nẵng", domain="congdoandanang.org.vn", year=2025, meta_pub=True, time="15:40",
              hotline="0236.3822.574", email="ldld@danang.gov.vn",
              menu=["Trang chủ", "Giới thiệu", "Tin hoạt động", "Chuyển đổi số", "Chính sách - Pháp luật", "Văn bản"],
              bc=["Trang chủ", "Tin hoạt động", "Chuyển đổi số"],
              docs=["Hướng dẫn 12/HD-LĐLĐ về cập nhật dữ liệu đoàn viên", "Kế hoạch 305/KH-LĐLĐ"], online=44, visits="2.031.765", views=512,
              samecat=["Hội An: 1.200 đoàn viên nhận thẻ điện tử", "Tập huấn phần mềm cho 150 cán bộ công đoàn cơ sở"],
              mostread=["Đà Nẵng sau hợp nhất có 94 xã, phường", "Giải việt dã công nhân thu hút 2.000 người"],
              footer=["Địa chỉ: Số 8 Trần Quý Cáp, phường Hải Châu, TP Đà Nẵng", "Điện thoại: 0236.3822.574", "Ghi rõ nguồn khi phát hành lại thông tin từ website này"]),
    story=dict(
        title_tag="Đà Nẵng: Nhập dữ liệu hơn 215.000 đoàn viên lên phần mềm quản lý",
        h1="Đà Nẵng: Nhập dữ liệu hơn [[215.000|h]] đoàn viên lên phần mềm quản lý",
        author="Hoài Thương", date="20/08/2025 15:40",
        sapo="Sau hợp nhất, LĐLĐ thành phố Đà Nẵng đã chỉ đạo các công đoàn cấp trên cơ sở rà soát, cập nhật dữ liệu đoàn viên, bảo đảm thống nhất trong quản lý.",
        body=[
            "Tính đến ngày 15/8/2025, toàn thành phố đã nhập thông tin của [[215.340|a]] đoàn viên lên phần mềm Quản lý đoàn viên, trong đó khu vực Quảng Nam (cũ) là [[98.760|b]] đoàn viên.",
            "Trong 6 tháng đầu năm 2025, các cấp công đoàn đã cấp mới [[9.200|c]] thẻ đoàn viên công đoàn. Cũng trong 6 tháng, LĐLĐ thành phố Đà Nẵng (trước hợp nhất) kết nạp [[2.150|d]] đoàn viên; LĐLĐ tỉnh Quảng Nam kết nạp [[2.230|d2]] đoàn viên.",
            ("img", "https://congdoandanang.org.vn/Portals/0/2025/08/the-doan-vien.jpg",
             "Cán bộ công đoàn hướng dẫn đoàn viên cài đặt ứng dụng Công đoàn Việt Nam. Ảnh: H.T"),
            "Hiện nay, LĐLĐ thành phố Đà Nẵng quản lý [[3.870|f]] CĐCS với [[236.500|g]] đoàn viên. Phấn đấu đến hết năm 2025, 100% đoàn viên được cập nhật thông tin lên phần mềm và cấp mới [[15.000|i]] thẻ đoàn viên.",
        ]),
    recs=dict(
        h=R("member_records", "pub", b="over", note=HR.format("215.340") + " (dated at publication like it)"),
        a=R("member_records", "pub", note="cumulative `Tính đến ngày 15/8/2025 ... đã nhập` -> publication date (challenge8 convention for member_records stocks)"),
        b=R("member_records", "pub", reg="Quảng Nam", note="`khu vực Quảng Nam (cũ)` -> region Quảng Nam, region_2025 Đà Nẵng (challenge12/13 convention)"),
        c=R("member_records", "h1-2025", note="cards issued -> member_records"),
        d=R("members_new", "h1-2025", note="LĐLĐ thành phố Đà Nẵng before the merger -> Đà Nẵng"),
        d2=R("members_new", "h1-2025", reg="Quảng Nam", note="reporting organisation `LĐLĐ tỉnh Quảng Nam` -> Quảng Nam"),
        f=R("unions_total", "pub"),
        g=R("members_total", "pub", note="post-merger Đà Nẵng: region Đà Nẵng (the merged city keeps the name)"),
        i=R("member_records", "y2025", st="target", note="`Phấn đấu đến hết năm 2025` -> target 2025; `100%` is a share, not a record"),
    )))

# ------------------------------------------------------------------ z10
CV = "Công đoàn Viên chức tỉnh"
PAGES.append(dict(
    id="z10", url="https://baocamau.vn/cong-doan-vien-chuc-tinh-tong-ket-nam-2017-a51234.html",
    published="2018-03-10", pubdate="2018-03-10", region="Cà Mau", tpl="wp",
    site=dict(name="Báo Cà Mau", domain="baocamau.vn", year=2018, meta_pub=True, time="07:45", postid=51234,
              slogan="Tiếng nói của Đảng bộ, chính quyền và nhân dân Cà Mau",
              menu=["Thời sự", "Kinh tế", "Xã hội", "Công đoàn", "Văn hóa", "Thể thao"], views="1.187",
              prev="Cà Mau: 3.000 công nhân được khám sức khỏe",
              related=["Công đoàn ngành Giáo dục kết nạp 410 đoàn viên", "Năm 2017, LĐLĐ tỉnh trao 24 nhà Mái ấm Công đoàn"],
              mostread=["Giá tôm tăng 20.000 đồng/kg", "Cà Mau có 5 doanh nghiệp đạt chuẩn xuất khẩu"],
              archive=["Tháng Ba 2018 (42)", "Tháng Hai 2018 (118)", "Tháng Một 2018 (131)"],
              footer=["Địa chỉ: Số 20 Ngô Quyền, phường 9, TP Cà Mau", "Điện thoại: 0290.3831.306"]),
    story=dict(
        title_tag="Công đoàn Viên chức tỉnh tổng kết năm 2017 - Báo Cà Mau",
        h1="100% cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức",
        author="Thúy Anh", date="10/03/2018",
        sapo="Sáng 9/3, Công đoàn Viên chức tỉnh Cà Mau tổ chức hội nghị tổng kết hoạt động năm 2017 và triển khai nhiệm vụ năm 2018.",
        body=[
            "Năm 2017, [[512/512|a]] cơ quan, đơn vị thuộc Công đoàn Viên chức tỉnh tổ chức hội nghị cán bộ, công chức, viên chức đúng quy định. Ban Nữ công các cấp được củng cố; trong năm thành lập mới [[14|b]] Ban nữ công quần chúng.",
            "Công tác tuyên truyền được chú trọng với [[38|c]] hội nghị tập huấn, tuyên truyền pháp luật cho [[4.150|d]] lượt đoàn viên. Công đoàn Viên chức tỉnh kết nạp [[326|e]] đoàn viên mới, đạt [[108,7%|f]] chỉ tiêu; xét, giới thiệu [[57|g]] đoàn viên ưu tú cho Đảng xem xét kết nạp.",
            ("img", "https://baocamau.vn/wp-content/uploads/2018/03/tong-ket-cdvc.jpg",
             "Đồng chí Phó Chủ tịch LĐLĐ tỉnh trao Bằng khen cho 12 tập thể. Ảnh: Thúy Anh"),
            "Năm 2018, Công đoàn Viên chức tỉnh đề ra chỉ tiêu kết nạp [[300|i]] đoàn viên, thành lập [[5|j]] Ban nữ công quần chúng, phấn đấu 100% cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức.",
        ]),
    recs=dict(
        a=R("official_conferences", "y2017", scope=CV, note="`512/512` -> 512 (records.md); the headline `100%` is a share with no target, not a record (gold README 11)"),
        b=R("women_committees", "y2017", scope=CV),
        c=R("trainings", "y2017", scope=CV),
        d=R("trainees", "y2017", scope=CV),
        e=R("members_new", "y2017", scope=CV),
        f=R("members_new", "y2017", st="attainment", scope=CV),
        g=R("party_referrals", "y2017", scope=CV),
        i=R("members_new", "y2018", st="target", scope=CV),
        j=R("women_committees", "y2018", st="target", scope=CV),
    )))

# ------------------------------------------------------------------ z11
PAGES.append(dict(
    id="z11", url="https://baohaiduong.vn/cong-doan/hai-duong-cham-lo-cho-cong-nhan-trong-thang-cong-nhan-giua-mua-dich-188406",
    published="2021-05-31", pubdate="2021-05-31", region="Hải Dương", tpl="modern",
    site=dict(name="Báo Hải Dương điện tử", domain="baohaiduong.vn", year=2021, meta_pub=False, today="Thứ Hai, 31/05/2021",
              menu=["Chính trị", "Kinh tế", "Xã hội", "Công đoàn", "Y tế", "Giáo dục", "Thể thao"],
              bc=["Trang chủ", "Xã hội", "Công đoàn"], tags=["Tháng Công nhân", "COVID-19", "LĐLĐ tỉnh"],
              related=["Hải Dương: 2.500 công nhân được tiêm vaccine", "Công đoàn Cẩm Giàng tặng 300 suất quà cho công nhân"],
              samecat=["LĐLĐ tỉnh trao 8 nhà Mái ấm Công đoàn năm 2020", "Chí Linh: 40 doanh nghiệp ký thỏa ước lao động tập thể"],
              mostread=["Hải Dương ghi nhận 5 ca mắc mới", "Giá vải thiều Thanh Hà 25.000 đồng/kg"],
              comments=[("Hoàng Thu", "31/05/2021 20:12", "Cảm ơn công đoàn, khu trọ tôi có 40 công nhân được nhận quà.", 2)],
              footer=["Cơ quan chủ quản: Tỉnh ủy Hải Dương", "Địa chỉ: Số 10 Đại lộ Hồ Chí Minh, TP Hải Dương", "Điện thoại: 0220.3853.445"]),
    story=dict(
        title_tag="Hải Dương: Chăm lo cho công nhân trong Tháng Công nhân giữa mùa dịch",
        h1="Hải Dương: Chăm lo cho công nhân trong Tháng Công nhân giữa mùa dịch",
        author="Thành Chung", date="31/05/2021 17:20",
        sapo="(BHD) - Tháng Công nhân năm 2021, các cấp công đoàn tỉnh Hải Dương đã thăm, tặng [[4.215|a]] suất quà cho đoàn viên, người lao động khó khăn, trong đó có [[860|b]] công nhân phải cách ly tập trung do dịch COVID-19, tổng trị giá [[1,26 tỷ|c]] đồng.",
        body=[
            "Theo LĐLĐ tỉnh, hưởng ứng Tháng Công nhân, có [[842|d]] CĐCS tổ chức các hoạt động chăm lo cho đoàn viên, vượt [[20%|e]] kế hoạch đề ra.",
            "LĐLĐ tỉnh phối hợp với Bệnh viện Đa khoa tỉnh khám sức khỏe miễn phí cho [[1.040|f]] công nhân tại KCN Đại An và KCN Nam Sách; trao [[3|g]] nhà Mái ấm Công đoàn với tổng trị giá [[150 triệu|i]] đồng.",
            ("img", "https://baohaiduong.vn/uploads/2021/05/trao-qua-cach-ly.jpg",
             "Cán bộ công đoàn trao quà cho công nhân đang cách ly tại KCN Đại An. Ảnh: Thành Chung"),
            "Trước đó, trong Tháng Công nhân năm 2020, các cấp công đoàn tỉnh đã trao [[3.680|j]] suất quà cho người lao động.",
            "Dự kiến từ nay đến hết năm 2021, LĐLĐ tỉnh sẽ hỗ trợ xây dựng thêm [[10|k]] nhà Mái ấm Công đoàn cho đoàn viên khó khăn về nhà ở.",
        ]),
    recs=dict(
        a=R("beneficiaries", "mo2021-05"),
        b=R("beneficiaries", "mo2021-05", scope="công nhân phải cách ly tập trung do dịch COVID-19", note="breakdown `trong đó` -> scope"),
        c=R("support_funds", "mo2021-05"),
        d=R("workers_month_units", "mo2021-05"),
        e=R("workers_month_units", "mo2021-05", st="attainment", val=120, note="`vượt 20% kế hoạch` -> 120 (records.md), bound exact"),
        f=R("beneficiaries", "mo2021-05", note="free health check-ups -> beneficiaries"),
        g=R("shelter_houses", "mo2021-05"),
        i=R("shelter_funds", "mo2021-05", note="`tổng trị giá` of the houses -> shelter_funds"),
        j=R("beneficiaries", "mo2020-05", note="contrast figure of Tháng Công nhân 2020: an actual record of its own period (challenge13 convention)"),
        k=R("shelter_houses", "2021-05-31..2021-12-31", st="target", note="`Dự kiến từ nay đến hết năm 2021 ... sẽ` -> target, publication .. 31 Dec"),
    )))

# ------------------------------------------------------------------ z12
PAGES.append(dict(
    id="z12", url="https://baolaocai.vn/ldld-tinh-lao-cai-ket-nap-7930-doan-vien-nam-2025-post412233.html",
    published="2026-01-10", pubdate="2026-01-10", region="Lào Cai", tpl="html5",
    site=dict(name="Báo Lào Cai", domain="baolaocai.vn", year=2026, meta_pub=True, time="11:15", hotline="0214.3840.288",
              menu=["Thời sự", "Kinh tế", "Xã hội", "Công đoàn", "Du lịch", "Văn hóa", "Multimedia"],
              bc=["Xã hội", "Công đoàn"], views="3.418",
              related=["Văn Bàn: 600 đoàn viên được khám sức khỏe", "Trao 20 nhà Mái ấm Công đoàn tại Bát Xát"],
              samecat=["Lào Cai: 98 doanh nghiệp tổ chức hội nghị người lao động", "Tết Sum vầy cho 1.500 công nhân"],
              mostread=["Sa Pa đón 100.000 lượt khách dịp Tết Dương lịch", "Lào Cai có 99 xã, phường sau sắp xếp"],
              comments=[("Đỗ Văn Phúc", "10/01/2026 14:20", "Mong năm 2026 công đoàn hỗ trợ thêm 50 nhà cho đoàn viên vùng cao.", 6)],
              footer=["Cơ quan chủ quản: Tỉnh ủy Lào Cai", "Địa chỉ: Đường Hoàng Liên, phường Cam Đường, tỉnh Lào Cai", "Điện thoại: 0214.3840.288"]),
    story=dict(
        title_tag="LĐLĐ tỉnh Lào Cai kết nạp 7.930 đoàn viên năm 2025 | Báo Lào Cai",
        h1="LĐLĐ tỉnh Lào Cai kết nạp [[7.930|h]] đoàn viên năm 2025",
        author="Hồng Duyên", date="10/01/2026 11:15",
        sapo="Năm 2025, dù thực hiện sắp xếp tổ chức bộ máy theo mô hình mới, LĐLĐ tỉnh Lào Cai vẫn hoàn thành và vượt các chỉ tiêu Tổng Liên đoàn giao.",
        body=[
            "Cụ thể, toàn tỉnh kết nạp [[7.930|a]] đoàn viên, bằng [[113,3%|b]] kế hoạch; thành lập [[45|c]] CĐCS; giới thiệu [[412|d]] đoàn viên ưu tú cho Đảng xem xét, đã có [[275|e]] đồng chí được kết nạp.",
            "Các cấp công đoàn tham gia [[1.260|f]] cuộc giám sát, kiểm tra việc thực hiện chính sách, pháp luật tại doanh nghiệp và đơn vị sự nghiệp.",
            ("img", "https://baolaocai.vn/uploads/2026/01/mai-am.jpg", "Bàn giao nhà Mái ấm Công đoàn cho đoàn viên tại xã Mường Khương. Ảnh: Hồng Duyên"),
            "Trong năm, tỉnh đã trao [[32|g]] nhà Mái ấm Công đoàn cho đoàn viên có hoàn cảnh khó khăn, trong đó khu vực Yên Bái (cũ) [[14|i]] nhà.",
            "Năm 2026, LĐLĐ tỉnh phấn đấu kết nạp [[8.000|j]] đoàn viên mới, thành lập ít nhất [[40|k]] CĐCS.",
        ]),
    recs=dict(
        h=R("members_new", "y2025", note=HR.format("7.930") + "; the merged province keeps the name Lào Cai -> region Lào Cai"),
        a=R("members_new", "y2025"),
        b=R("members_new", "y2025", st="attainment", note="`bằng 113,3% kế hoạch` -> attainment"),
        c=R("unions_new", "y2025"),
        d=R("party_referrals", "y2025"),
        e=R("party_admitted", "y2025"),
        f=R("supervisions", "y2025"),
        g=R("shelter_houses", "y2025", note="`Trong năm` after `Năm 2025` -> 2025"),
        i=R("shelter_houses", "y2025", reg="Yên Bái",
            note="breakdown `khu vực Yên Bái (cũ)` -> region Yên Bái, region_2025 Lào Cai (challenge12/13 convention), scope null"),
        j=R("members_new", "y2026", st="target"),
        k=R("unions_new", "y2026", st="target", b="over", note="`ít nhất` -> over (gold README 5)"),
    )))

# ------------------------------------------------------------------ z13
GD = "Công đoàn ngành Giáo dục"
PAGES.append(dict(
    id="z13", url="https://baoapbac.vn/xa-hoi/201509/cong-doan-nganh-giao-duc-tong-ket-nam-hoc-2014-2015-618422/",
    published="2015-09-05", pubdate="2015-09-05", region="Tiền Giang", tpl="wp",
    site=dict(name="Báo Ấp Bắc - Tiền Giang", domain="baoapbac.vn", year=2015, meta_pub=False, postid=618422,
              slogan="Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Tiền Giang",
              menu=["Chính trị", "Kinh tế", "Xã hội", "Giáo dục", "Công đoàn", "Thể thao"], views=846,
              prev="Tiền Giang: 1.200 học sinh nhận học bổng",
              related=["Công đoàn Giáo dục Việt Nam trao 300 suất học bổng", "Tiền Giang có 580 trường học đạt chuẩn"],
              mostread=["Khai giảng năm học mới với 380.000 học sinh", "Giá xoài cát Hòa Lộc tăng 5.000 đồng/kg"],
              archive=["Tháng Chín 2015 (61)", "Tháng Tám 2015 (174)"],
              footer=["Địa chỉ: Số 5, đường 30/4, phường 1, TP Mỹ Tho, Tiền Giang", "Điện thoại: 073.3872.149 - 073.3874.025"]),
    story=dict(
        title_tag="Công đoàn ngành Giáo dục tổng kết năm học 2014-2015 - Báo Ấp Bắc",
        h1="Công đoàn ngành Giáo dục tổng kết năm học 2014-2015",
        author="Thu Hoài", date="05/09/2015 - 08:10",
        sapo="Ngày 4/9, Công đoàn ngành Giáo dục tỉnh Tiền Giang tổ chức hội nghị tổng kết hoạt động năm học 2014-2015, triển khai nhiệm vụ năm học 2015-2016.",
        body=[
            "Năm học 2014-2015, Công đoàn ngành đã kết nạp [[642|a]] đoàn viên mới; [[486/486|b]] trường học và đơn vị trực thuộc tổ chức hội nghị viên chức đầu năm học.",
            "Công đoàn ngành vận động đoàn viên đóng góp Quỹ “Tấm lòng vàng”, hỗ trợ [[218|c]] lượt giáo viên, nhân viên có hoàn cảnh khó khăn, ốm đau với số tiền [[436 triệu|d]] đồng.",
            "Trong năm học, Công đoàn Giáo dục Việt Nam đã trao [[50|e]] suất quà, mỗi suất 1 triệu đồng, cho nhà giáo có hoàn cảnh khó khăn của tỉnh và hỗ trợ xây dựng [[2|f]] nhà “Mái ấm Công đoàn” với tổng số tiền [[100 triệu|g]] đồng.",
            ("img", "https://baoapbac.vn/wp-content/uploads/2015/09/tong-ket-nam-hoc.jpg",
             "Quang cảnh hội nghị tổng kết năm học 2014-2015. Ảnh: Thu Hoài"),
            "Năm học 2015-2016, Công đoàn ngành phấn đấu kết nạp [[500|i]] đoàn viên, 100% đơn vị tổ chức hội nghị viên chức đúng quy định.",
        ]),
    recs=dict(
        a=R("members_new", "sy2014", scope=GD, note="`Năm học 2014-2015` -> 2014-09-01 .. 2015-08-31 (records.md)"),
        b=R("official_conferences", "sy2014", scope=GD, note="`hội nghị viên chức` -> official_conferences; `486/486` -> 486"),
        c=R("beneficiaries", "sy2014", scope=GD),
        d=R("support_funds", "sy2014", scope=GD),
        e=R("beneficiaries", "sy2014", scope="Công đoàn Giáo dục Việt Nam",
            note="national sector union acting in Tiền Giang -> Tiền Giang (records.md); `Trong năm học` -> school year 2014-2015; `1 triệu đồng` per gift not a record"),
        f=R("shelter_houses", "sy2014", scope="Công đoàn Giáo dục Việt Nam"),
        g=R("shelter_funds", "sy2014", scope="Công đoàn Giáo dục Việt Nam"),
        i=R("members_new", "sy2015", st="target", scope=GD, note="`100% đơn vị` is a share, not a record"),
    )))

# ------------------------------------------------------------------ z14
PAGES.append(dict(
    id="z14", url="http://baodaknong.org.vn/dak-nong-nam-2019-ket-nap-hon-2100-doan-vien-71842.html",
    published=None, pubdate="2020-01-14", region="Đắk Nông", tpl="portal",
    site=dict(name="Báo Đắk Nông", domain="baodaknong.org.vn", year=2020, meta_pub=False,
              menu=["Trang chủ", "Thời sự", "Kinh tế", "Xã hội", "Công đoàn", "Pháp luật", "Văn hóa"],
              bc=["Trang chủ", "Xã hội", "Công đoàn"],
              docs=["Chương trình 04/CTr-LĐLĐ năm 2020", "Kế hoạch 217/KH-LĐLĐ"], online=21, visits="905.448", views=611,
              samecat=["Gia Nghĩa: 320 đoàn viên được hỗ trợ Tết", "Đắk R'lấp thành lập 3 CĐCS mới"],
              mostread=["Đắk Nông xuất khẩu 150 triệu USD cà phê", "Tết Canh Tý 2020: 2.000 suất quà cho hộ nghèo"],
              footer=["Báo Đắk Nông - Cơ quan của Đảng bộ tỉnh Đắk Nông", "Địa chỉ: Đường 23/3, TP Gia Nghĩa", "Điện thoại: 0261.3544.179"]),
    story=dict(
        title_tag="Đắk Nông: Năm 2019 kết nạp hơn 2.100 đoàn viên",
        h1="Đắk Nông: Năm 2019 kết nạp hơn [[2.100|h]] đoàn viên",
        author="Phong Thủy", date="Thứ Ba, 14/01/2020 - 15:30",
        sapo="Năm 2019, LĐLĐ tỉnh Đắk Nông đã kết nạp [[2.140|a]] đoàn viên, thành lập [[17|b]] CĐCS, đạt và vượt chỉ tiêu Tổng Liên đoàn giao.",
        body=[
            "Tuy nhiên, trong năm cũng giảm [[1.310|c]] đoàn viên và [[9|d]] CĐCS do doanh nghiệp ngừng hoạt động, giải thể; tăng tuyệt đối [[830|e]] đoàn viên, tăng thực [[8|e2]] CĐCS.",
            "Hiện nay, toàn tỉnh có [[612|f]] CĐCS với [[26.950|g]] đoàn viên. Ủy ban Kiểm tra LĐLĐ tỉnh đã kiểm tra tài chính [[23|i]] CĐCS trong năm 2019.",
            ("img", "http://baodaknong.org.vn/uploads/2020/01/hoi-nghi-ldld.jpg", "Hội nghị tổng kết công tác công đoàn năm 2019. Ảnh: Phong Thủy"),
            "Năm 2020, LĐLĐ tỉnh đặt mục tiêu kết nạp [[2.000|j]] đoàn viên, thành lập [[15|k]] CĐCS tại các doanh nghiệp có từ 10 lao động trở lên.",
        ]),
    recs=dict(
        h=R("members_new", "y2019", b="over", note=HR.format("2.140")),
        a=R("members_new", "y2019"),
        b=R("unions_new", "y2019"),
        c=R("members_lost", "y2019"),
        d=R("unions_dissolved", "y2019", note="`giảm ... CĐCS` -> unions_dissolved (indicators.tsv)"),
        e=R("members_net", "y2019"),
        e2=R("unions_net", "y2019", note="`tăng thực 8 CĐCS` (17 founded - 9 lost) -> unions_net"),
        f=R("unions_total", "pub", note="`Hiện nay` stock -> the page's printed date 14/01/2020 (published null; challenge8 convention)"),
        g=R("members_total", "pub", note="stock -> printed page date (published null)"),
        i=R("financial_inspections", "y2019"),
        j=R("members_new", "y2020", st="target"),
        k=R("unions_new", "y2020", st="target", note="`từ 10 lao động trở lên` is a threshold, not a record"),
    )))

# ------------------------------------------------------------------ z15
PAGES.append(dict(
    id="z15", url="https://www.baotravinh.vn/xa-hoi/tu-van-phap-luat-cho-1320-luot-cong-nhan-lao-dong-41725.html",
    published="2024-04-22", pubdate="2024-04-22", region="Trà Vinh", tpl="html5",
    site=dict(name="Báo Trà Vinh", domain="baotravinh.vn", year=2024, meta_pub=False, hotline="0294.3862.407",
              menu=["Thời sự", "Kinh tế", "Xã hội", "Công đoàn", "Pháp luật", "Văn hóa"], bc=["Xã hội", "Công đoàn"], views=957,
              related=["Trà Vinh: 35 doanh nghiệp ký thỏa ước lao động tập thể", "Tặng 500 suất quà cho công nhân khó khăn"],
              samecat=["Tập huấn Bộ luật Lao động cho 120 cán bộ công đoàn", "Càng Long: 6 CĐCS được thành lập mới"],
              mostread=["Trà Vinh thu ngân sách 1.500 tỷ đồng quý I", "Lễ hội Ok Om Bok năm 2024"],
              comments=[],
              footer=["Cơ quan chủ quản: Tỉnh ủy Trà Vinh", "Địa chỉ: Số 82 Phạm Thái Bường, TP Trà Vinh", "Điện thoại: 0294.3862.407"]),
    story=dict(
        title_tag="Trà Vinh: Tư vấn pháp luật cho 1.320 lượt công nhân, lao động - Báo Trà Vinh",
        h1="Trà Vinh: Tư vấn pháp luật cho [[1.320|h]] lượt công nhân, lao động",
        author="Hữu Hiệp", date="22/04/2024",
        sapo="Quý I/2024, Văn phòng Tư vấn pháp luật LĐLĐ tỉnh Trà Vinh đã tư vấn cho [[1.320|a]] lượt đoàn viên, người lao động về tiền lương, bảo hiểm xã hội, hợp đồng lao động.",
        body=[
            "Trong đó, tư vấn trực tiếp tại doanh nghiệp cho [[846|b]] lượt, qua đường dây nóng [[474|c]] lượt. Nhiều vụ việc được giải quyết ngay tại doanh nghiệp nhờ sự phối hợp của CĐCS.",
            "Cũng trong quý, các cấp công đoàn tổ chức [[46|d]] hội nghị tuyên truyền pháp luật cho [[14.500|e]] lượt đoàn viên, người lao động; tham gia [[12|f]] cuộc giám sát việc thực hiện chính sách, pháp luật lao động tại doanh nghiệp. Ủy ban Kiểm tra LĐLĐ tỉnh kiểm tra tài chính công đoàn tại [[9|g]] CĐCS.",
            ("img", "https://www.baotravinh.vn/uploads/2024/04/tu-van-kcn.jpg",
             "Luật sư Văn phòng Tư vấn pháp luật tư vấn cho công nhân KCN Long Đức. Ảnh: Hữu Hiệp"),
            "Kế hoạch quý II/2024, LĐLĐ tỉnh đề ra:",
            ("ul", ["Tổ chức ít nhất [[30|i]] hội nghị tuyên truyền pháp luật lao động;",
                    "Tư vấn pháp luật cho [[1.500|j]] lượt đoàn viên, người lao động;",
                    "Kiểm tra tài chính [[10|k]] CĐCS."]),
        ]),
    recs=dict(
        h=R("legal_consultations", "q1-2024", note=HR.format("1.320")),
        a=R("legal_consultations", "q1-2024"),
        b=R("legal_consultations", "q1-2024", scope="tư vấn trực tiếp tại doanh nghiệp", note="breakdown `Trong đó` -> scope"),
        c=R("legal_consultations", "q1-2024", scope="qua đường dây nóng", note="breakdown -> scope"),
        d=R("trainings", "q1-2024", note="dissemination conferences -> trainings; their audience -> trainees (challenge8 convention)"),
        e=R("trainees", "q1-2024"),
        f=R("supervisions", "q1-2024"),
        g=R("financial_inspections", "q1-2024"),
        i=R("trainings", "q2-2024", st="target", b="over", note="list under `Kế hoạch quý II/2024` -> targets of Q2 (gold README 8); `ít nhất` -> over"),
        j=R("legal_consultations", "q2-2024", st="target"),
        k=R("financial_inspections", "q2-2024", st="target"),
    )))

# ------------------------------------------------------------------ z16
PAGES.append(dict(
    id="z16", url="https://baohoabinh.com.vn/269/189455/mo-rong-chuong-trinh-phuc-loi-doan-vien.htm",
    published="2023-08-10", pubdate="2023-08-10", region="Hòa Bình", tpl="modern",
    site=dict(name="Báo Hòa Bình điện tử", domain="baohoabinh.com.vn", year=2023, meta_pub=True, time="08:30", today="Thứ Năm, 10/08/2023",
              menu=["Thời sự", "Kinh tế", "Xã hội", "Công đoàn", "Pháp luật", "Văn hóa - Thể thao"],
              bc=["Trang chủ", "Xã hội"], tags=["Phúc lợi đoàn viên", "LĐLĐ tỉnh"],
              related=["Hòa Bình: 1.500 công nhân được giảm giá khi mua hàng", "Ký thỏa thuận Phúc lợi với 3 siêu thị"],
              samecat=["Lương Sơn: 2 doanh nghiệp may cắt giảm 600 lao động", "Tặng 100 suất quà cho công nhân mất việc"],
              mostread=["Hòa Bình có 8 dự án du lịch mới", "Giá cam Cao Phong 30.000 đồng/kg"],
              comments=[("Bùi Văn Tuấn", "10/08/2023 09:41", "Tôi đã dùng thẻ đoàn viên được giảm 10% ở siêu thị, rất thiết thực.", 5)],
              footer=["Cơ quan chủ quản: Tỉnh ủy Hòa Bình", "Địa chỉ: Số 9 Đường An Dương Vương, TP Hòa Bình", "Điện thoại: 0218.3852.553"]),
    story=dict(
        title_tag="Mở rộng Chương trình Phúc lợi đoàn viên - Báo Hòa Bình",
        h1="Mở rộng Chương trình “Phúc lợi đoàn viên công đoàn”",
        author="Bích Ngọc", date="10/08/2023 08:30",
        sapo="(HBĐT) - 7 tháng đầu năm 2023, LĐLĐ tỉnh Hòa Bình đã ký kết [[7|a]] thỏa thuận hợp tác trong Chương trình “Phúc lợi đoàn viên công đoàn”, nâng tổng số đối tác lên [[34|b]] doanh nghiệp, đơn vị.",
        body=[
            "Các đối tác cam kết giảm từ 5% đến 30% giá dịch vụ khi đoàn viên xuất trình thẻ đoàn viên công đoàn, tập trung vào các lĩnh vực khám chữa bệnh, siêu thị, nhà hàng và du lịch.",
            ("img", "https://baohoabinh.com.vn/uploads/2023/08/ky-ket-phuc-loi.jpg",
             "Đại diện LĐLĐ tỉnh và [[7|cap]] đối tác ký kết thỏa thuận hợp tác. Ảnh: Bích Ngọc"),
            "Cũng trong 7 tháng, công tác phát triển đoàn viên gặp khó khăn do nhiều doanh nghiệp may mặc, da giày thiếu đơn hàng. Toàn tỉnh kết nạp [[1.245|c]] đoàn viên, thành lập [[8|d]] CĐCS, nhưng giảm [[1.870|e]] đoàn viên và giải thể [[11|f]] CĐCS.",
            "Các cấp công đoàn đã vận động [[27|g]] doanh nghiệp nâng mức bữa ăn ca lên từ 18.000 đồng trở lên. Để hỗ trợ đoàn viên mất việc, LĐLĐ tỉnh đã trao [[540|i]] suất quà, trị giá [[270 triệu|j]] đồng.",
            "Hiện toàn tỉnh có [[46.800|k]] đoàn viên sinh hoạt tại gần [[900|l]] CĐCS.",
        ]),
    recs=dict(
        a=R("welfare_partners", "2023-01-01..2023-07-31", note="`7 tháng đầu năm 2023` -> Jan..Jul 2023"),
        b=R("welfare_partners", "pub", note="`nâng tổng số đối tác lên` -> stock at publication (records.md)"),
        cap=R("welfare_partners", "2023-01-01..2023-07-31", note="caption repeat of the 7 agreements (records.md): period of the body statement; `5%`, `30%` are discounts, not records"),
        c=R("members_new", "2023-01-01..2023-07-31"),
        d=R("unions_new", "2023-01-01..2023-07-31"),
        e=R("members_lost", "2023-01-01..2023-07-31"),
        f=R("unions_dissolved", "2023-01-01..2023-07-31"),
        g=R("meal_upgrades", "2023-01-01..2023-07-31", note="`18.000 đồng trở lên` is the meal level, not a record"),
        i=R("beneficiaries", "2023-01-01..2023-07-31", note="no new period phrase -> nearest earlier (`7 tháng`)"),
        j=R("support_funds", "2023-01-01..2023-07-31"),
        k=R("members_total", "pub", note="`Hiện toàn tỉnh có` stock -> publication date"),
        l=R("unions_total", "pub", b="under", note="`sinh hoạt tại gần 900 CĐCS` continues the `Hiện` stock -> unions_total at publication; `gần` -> under"),
    )))
