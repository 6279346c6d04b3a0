from mk import *

ARTS = []

# ---------------------------------------------------------------- g01 Thái Bình
T = """Thái Bình: Kết nạp hơn 6.400 đoàn viên công đoàn trong năm 2022

Cập nhật: 10/01/2023 | 07:32

(TBO) - Ngày 9/1, Liên đoàn Lao động (LĐLĐ) tỉnh tổ chức hội nghị tổng kết công tác công đoàn năm 2022, triển khai nhiệm vụ năm 2023. Năm qua, dù nhiều doanh nghiệp dệt may, da giày thiếu đơn hàng, phải cắt giảm lao động, các cấp công đoàn trong tỉnh vẫn hoàn thành và hoàn thành vượt 15/17 chỉ tiêu Đại hội giao cho năm 2022.

Kết quả nổi bật năm 2022:
- Kết nạp 6.418 đoàn viên, đạt 128,4% kế hoạch; trong đó khu vực doanh nghiệp ngoài nhà nước 5.092 đoàn viên.
- Thành lập mới 41 công đoàn cơ sở (CĐCS), vượt 17% chỉ tiêu.
- Giải thể 12 CĐCS do doanh nghiệp ngừng hoạt động, phá sản.
- Giới thiệu 356 đoàn viên ưu tú cho cấp ủy xem xét, bồi dưỡng; 214 đồng chí đã được kết nạp vào Đảng.
- Thăm hỏi, tặng quà 18.760 lượt đoàn viên, người lao động với tổng kinh phí 9,2 tỷ đồng.
- Hỗ trợ xây mới, sửa chữa 37 nhà "Mái ấm Công đoàn", tổng kinh phí 1 tỷ 480 triệu đồng.

Tuy nhiên, số đoàn viên giảm trong năm 2022 vẫn ở mức cao, 4.975 người, chủ yếu do công nhân nghỉ việc, chuyển nơi làm việc. Toàn tỉnh hiện có 1.764 CĐCS với 128.530 đoàn viên.

Phát biểu tại hội nghị, đồng chí Chủ tịch LĐLĐ tỉnh đề nghị các cấp công đoàn bám sát cơ sở, nắm chắc tình hình việc làm, thu nhập của người lao động để kịp thời chăm lo, bảo vệ quyền lợi chính đáng của đoàn viên.

Năm 2023, phấn đấu:
+ Kết nạp 6.000 đoàn viên, thành lập mới 35 CĐCS;
+ 100% CĐCS doanh nghiệp từ 25 lao động trở lên được hướng dẫn tổ chức hội nghị người lao động;
+ Giới thiệu ít nhất 300 đoàn viên ưu tú cho Đảng;
+ Xây dựng, sửa chữa 30 nhà "Mái ấm Công đoàn".

Dịp này, LĐLĐ tỉnh tặng bằng khen cho 20 tập thể và 35 cá nhân có thành tích xuất sắc.

Minh Hằng

Số lần đọc: 1.247

Tin liên quan
- Công đoàn ngành Giáo dục trao 150 suất quà Tết cho giáo viên khó khăn
- Huyện Tiền Hải: 9 CĐCS được thành lập mới
"""
HEAD = "item of the list under the heading 'Kết quả nổi bật năm 2022:' takes the heading's period (guideline 8)"
TGT = "item under the heading 'Năm 2023, phấn đấu:' -> target of 2023 (guideline 8)"
ARTS.append(build("g01", "https://baothaibinh.com.vn/tin-tuc/13/164871/thai-binh-ket-nap-hon-6400-doan-vien-cong-doan-trong-nam-2022",
    "2023-01-10", T, [
    r("members_new", 6400, "Kết nạp hơn [[6.400]] đoàn viên", bound="over",
      note="headline repeat of the body's 6.418 (guideline 1): region and period of the body statement, own bound"),
    r("members_new", 6418, "- Kết nạp [[6.418]] đoàn viên", note=HEAD),
    r("members_new", 128.4, "đạt [[128,4%]] kế hoạch", status="attainment"),
    r("members_new", 5092, "ngoài nhà nước [[5.092]] đoàn viên", scope="khu vực doanh nghiệp ngoài nhà nước",
      note="breakdown 'trong đó' (guideline 6)"),
    r("unions_new", 41, "Thành lập mới [[41]] công đoàn"),
    r("unions_new", 117, "vượt [[17%]] chỉ tiêu", status="attainment", vuot=True,
      note="'vượt 17% chỉ tiêu' -> 117 (records.md); bound exact, the 'vượt' is used up (dev m01)"),
    r("unions_dissolved", 12, "Giải thể [[12]] CĐCS"),
    r("party_referrals", 356, "Giới thiệu [[356]] đoàn viên ưu tú cho cấp ủy"),
    r("party_admitted", 214, "[[214]] đồng chí đã được kết nạp"),
    r("beneficiaries", 18760, "tặng quà [[18.760]] lượt"),
    r("support_funds", 9.2e9, "kinh phí [[9,2 tỷ]] đồng"),
    r("shelter_houses", 37, "sửa chữa [[37]] nhà"),
    r("shelter_funds", 1480000000, "kinh phí [[1 tỷ 480 triệu]] đồng"),
    r("members_lost", 4975, "ở mức cao, [[4.975]] người"),
    r("unions_total", 1764, "hiện có [[1.764]] CĐCS", per=PUB, note="stock 'hiện có' -> publication date"),
    r("members_total", 128530, "với [[128.530]] đoàn viên", per=PUB, note="stock 'hiện có' -> publication date"),
    r("members_new", 6000, "+ Kết nạp [[6.000]] đoàn viên", status="target", per=Y(2023), note=TGT),
    r("unions_new", 35, "thành lập mới [[35]] CĐCS", status="target", per=Y(2023), note=TGT),
    r("party_referrals", 300, "ít nhất [[300]] đoàn viên", status="target", bound="over", per=Y(2023), note=TGT),
    r("shelter_houses", 30, "sửa chữa [[30]] nhà", status="target", per=Y(2023), note=TGT),
    ], region="Thái Bình", per=Y(2022)))

# ---------------------------------------------------------------- g02 Bình Định
T = """Công đoàn Bình Định sơ kết 6 tháng đầu năm 2019

16/07/2019 - 10:05

(BĐ) - Sáng 15/7, Ban Chấp hành LĐLĐ tỉnh Bình Định tổ chức hội nghị sơ kết hoạt động công đoàn 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2019.

Theo báo cáo tại hội nghị, một số chỉ tiêu chủ yếu 6 tháng đầu năm 2019 như sau:

Chỉ tiêu
Kế hoạch năm 2019
Thực hiện 6 tháng
So với KH (%)
So cùng kỳ (%)
Phát triển đoàn viên mới
4.500
2.871
63,8
108,2
Thành lập CĐCS mới
30
17
56,7
94,4
Ký mới thỏa ước lao động tập thể
40
23
57,5
115,0
Doanh nghiệp tổ chức đối thoại tại nơi làm việc
250
162
64,8
101,3

Về công tác chăm lo, các cấp công đoàn đã thực hiện:
Số lượt đoàn viên, NLĐ được thăm hỏi, trợ cấp: 3.412
Tổng số tiền thăm hỏi, trợ cấp: 1,96 tỷ đồng
Số nhà "Mái ấm Công đoàn" bàn giao: 9 (6 nhà xây mới, 3 nhà sửa chữa)

Tổng số CĐCS toàn tỉnh: 1.236
Tổng số đoàn viên: 98.114

Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như việc phát triển đoàn viên ở khu vực doanh nghiệp ngoài nhà nước còn chậm, nhiều doanh nghiệp có từ 10 đến 20 lao động chưa thành lập được CĐCS.

6 tháng cuối năm, LĐLĐ tỉnh phấn đấu tổ chức ít nhất 15 lớp tập huấn nghiệp vụ cho cán bộ CĐCS; tiếp tục vận động thành lập CĐCS ở các doanh nghiệp trong KCN Phú Tài, Nhơn Hội.

HOÀI THU
"""
KH = "flattened table, column 'Kế hoạch năm 2019': the full-year plan -> target of 2019 (guideline 8: chỉ tiêu cả năm is the full year)"
TH = "flattened table, column 'Thực hiện 6 tháng' under '6 tháng đầu năm 2019'"
PCT = "flattened table, column 'So với KH (%)': share of the plan reached -> attainment of the row's indicator, period of the achieved figure; the 'So cùng kỳ (%)' column is a comparison, not a record"
ARTS.append(build("g02", "https://baobinhdinh.vn/viewer.aspx?macm=1&macmp=1&mabb=221456",
    "2019-07-16", T, [
    r("members_new", 4500, "Phát triển đoàn viên mới\n[[4.500]]", status="target", per=Y(2019), note=KH),
    r("members_new", 2871, "4.500\n[[2.871]]", note=TH),
    r("members_new", 63.8, "2.871\n[[63,8]]", status="attainment", note=PCT),
    r("unions_new", 30, "Thành lập CĐCS mới\n[[30]]", status="target", per=Y(2019), note=KH),
    r("unions_new", 17, "30\n[[17]]\n56,7", note=TH),
    r("unions_new", 56.7, "17\n[[56,7]]", status="attainment", note=PCT),
    r("collective_agreements", 40, "thỏa ước lao động tập thể\n[[40]]", status="target", per=Y(2019), note=KH),
    r("collective_agreements", 23, "40\n[[23]]", note=TH),
    r("collective_agreements", 57.5, "23\n[[57,5]]", status="attainment", note=PCT),
    r("workplace_dialogues", 250, "tại nơi làm việc\n[[250]]", status="target", per=Y(2019), note=KH),
    r("workplace_dialogues", 162, "250\n[[162]]", note=TH),
    r("workplace_dialogues", 64.8, "162\n[[64,8]]", status="attainment", note=PCT),
    r("beneficiaries", 3412, "trợ cấp: [[3.412]]", note="label line of the flattened care block; nearest earlier period phrase '6 tháng đầu năm 2019'"),
    r("support_funds", 1.96e9, "trợ cấp: [[1,96 tỷ]] đồng"),
    r("shelter_houses", 9, "bàn giao: [[9]] ("),
    r("shelter_houses", 6, "([[6]] nhà xây mới", scope="xây mới", note="breakdown in brackets (guideline 6)"),
    r("shelter_houses", 3, "[[3]] nhà sửa chữa)", scope="sửa chữa", note="breakdown in brackets (guideline 6)"),
    r("unions_total", 1236, "toàn tỉnh: [[1.236]]", per=PUB, note="stock (label 'Tổng số CĐCS') -> publication date (guideline 7)"),
    r("members_total", 98114, "Tổng số đoàn viên: [[98.114]]", per=PUB, note="stock (label 'Tổng số đoàn viên') -> publication date (guideline 7)"),
    r("trainings", 15, "ít nhất [[15]] lớp", status="target", bound="over", per=H2(2019),
      note="'6 tháng cuối năm' without a year takes the publication year"),
    ], region="Bình Định", per=H1(2019)))

# ---------------------------------------------------------------- g03 Hậu Giang
T = """Chủ tịch LĐLĐ tỉnh: "Không để người lao động nào bị bỏ lại phía sau"

27/07/2021 - 06:30

Nhân kỷ niệm 92 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 - 28/7/2021), phóng viên Báo Hậu Giang có cuộc trao đổi với ông Trần Văn Lợi, Tỉnh ủy viên, Chủ tịch Liên đoàn Lao động tỉnh Hậu Giang, về công tác chăm lo cho đoàn viên, người lao động trong bối cảnh dịch Covid-19.

- Thưa ông, 6 tháng đầu năm nay, công tác phát triển đoàn viên của tỉnh đạt kết quả ra sao?

- Dù dịch bệnh ảnh hưởng không nhỏ, 6 tháng đầu năm, các cấp công đoàn đã kết nạp 1.026 đoàn viên, đạt 51,3% kế hoạch năm; thành lập mới 8 CĐCS. Cũng trong 6 tháng, số đoàn viên giảm gần 700 người do một số doanh nghiệp thu hẹp sản xuất. Đến nay, tổng số đoàn viên toàn tỉnh là 38.420 người, sinh hoạt tại 612 CĐCS.

- Công tác chăm lo cho người lao động bị ảnh hưởng bởi dịch được triển khai thế nào, thưa ông?

- Từ đầu năm đến nay, các cấp công đoàn đã hỗ trợ hơn 5.200 lượt đoàn viên, người lao động với số tiền trên 2,3 tỷ đồng. Riêng LĐLĐ tỉnh trực tiếp trao 450 suất quà, mỗi suất 500.000 đồng, cho công nhân ở KCN Tân Phú Thạnh phải tạm ngừng việc. Chúng tôi cũng phối hợp với Trung tâm Tư vấn pháp luật tư vấn cho 312 lượt người lao động về chế độ ngừng việc, bảo hiểm thất nghiệp.

- Nhiệm vụ trọng tâm những tháng cuối năm là gì, thưa ông?

- Năm 2021, chúng tôi phấn đấu kết nạp ít nhất 2.000 đoàn viên, thành lập 15 CĐCS và hỗ trợ xây dựng 20 căn nhà "Mái ấm Công đoàn". Điều quan trọng nhất là không để người lao động nào bị bỏ lại phía sau, nhất là công nhân ở các KCN.

- Xin cảm ơn ông!

NGỌC HÂN (thực hiện)
"""
QA = "interview answer; the reporting organisation (LĐLĐ tỉnh Hậu Giang) is named only in the lead"
FN = ("2021-01-01", "2021-07-27")
ARTS.append(build("g03", "https://baohaugiang.com.vn/chinh-tri/chu-tich-ldld-tinh-khong-de-nguoi-lao-dong-nao-bi-bo-lai-phia-sau-96517.html",
    "2021-07-27", T, [
    r("members_new", 1026, "kết nạp [[1.026]] đoàn viên", note=QA + "; '6 tháng đầu năm' without a year takes the publication year"),
    r("members_new", 51.3, "đạt [[51,3%]] kế hoạch năm", status="attainment", note="attainment takes the period of the achieved figure (H1), not the plan's year"),
    r("unions_new", 8, "thành lập mới [[8]] CĐCS"),
    r("members_lost", 700, "giảm gần [[700]] người", bound="under", note="'Cũng trong 6 tháng' refers back to '6 tháng đầu năm'"),
    r("members_total", 38420, "là [[38.420]] người", per=PUB, note="stock 'Đến nay, tổng số ... là' -> publication date (guideline 7)"),
    r("unions_total", 612, "tại [[612]] CĐCS", per=PUB, note="stock in the same 'Đến nay' sentence -> publication date"),
    r("beneficiaries", 5200, "hơn [[5.200]] lượt", bound="over", per=FN, note="'Từ đầu năm đến nay' -> 1 January .. publication date"),
    r("support_funds", 2.3e9, "trên [[2,3 tỷ]] đồng", bound="over", per=FN),
    r("beneficiaries", 450, "trao [[450]] suất quà", per=FN, scope="LĐLĐ tỉnh trực tiếp trao (công nhân KCN Tân Phú Thạnh)",
      note="'Riêng' breakdown (guideline 6); the 500.000 đồng a gift is a per-item amount"),
    r("legal_consultations", 312, "tư vấn cho [[312]] lượt", per=FN),
    r("members_new", 2000, "ít nhất [[2.000]] đoàn viên", status="target", bound="over", per=Y(2021)),
    r("unions_new", 15, "thành lập [[15]] CĐCS", status="target", per=Y(2021)),
    r("shelter_houses", 20, "xây dựng [[20]] căn nhà", status="target", per=Y(2021)),
    ], region="Hậu Giang", per=H1(2021)))

# ---------------------------------------------------------------- g04 Quảng Ngãi
T = """Gần 2 vạn đoàn viên, người lao động được chăm lo Tết

Thứ Hai, 20/01/2020, 16:45 [GMT+7]

(Baoquangngai.vn) - Theo LĐLĐ tỉnh, dịp Tết Nguyên đán Canh Tý 2020, các cấp công đoàn trong tỉnh đã thăm, tặng quà cho 19.640 đoàn viên, người lao động với tổng kinh phí hơn 9,8 tỷ đồng, tăng 12% so với Tết năm trước.

Trong đó, LĐLĐ tỉnh trực tiếp trao 1.200 suất quà, mỗi suất 1 triệu đồng, cho đoàn viên có hoàn cảnh đặc biệt khó khăn. Công đoàn các KCN Quảng Ngãi trao 3.450 suất quà cho công nhân đang làm việc tại KCN Dung Quất và VSIP Quảng Ngãi, với số tiền 1,7 tỷ đồng. Ở các địa phương, LĐLĐ huyện Bình Sơn thăm, tặng 620 suất quà; LĐLĐ huyện Sơn Tịnh tặng 485 suất quà, trị giá 242,5 triệu đồng. Công đoàn ngành Giáo dục tỉnh hỗ trợ chín giáo viên vùng núi bị bệnh hiểm nghèo, mỗi người 2 triệu đồng.

Công đoàn các KCN Quảng Ngãi trao 3.450 suất quà Tết cho công nhân. Ảnh: T.N

Năm nay, chương trình "Chuyến xe Công đoàn - Tết sum vầy" đã đưa 830 công nhân về quê đón Tết bằng xe miễn phí. Tại "Chợ Tết Công đoàn" tổ chức ở KCN Tịnh Phong, Ban tổ chức phát 1.500 phiếu mua hàng 0 đồng, mỗi phiếu trị giá 300.000 đồng.

Bà Võ Thị Hồng Nhung, Phó Chủ tịch LĐLĐ tỉnh cho biết, từ nay đến ngày 23 tháng Chạp, các đoàn công tác của tỉnh tiếp tục đến thăm, chúc Tết công nhân tại các doanh nghiệp có đông lao động.

Tin, ảnh: THANH NHỊ
"""
TET = "'Tết Nguyên đán Canh Tý 2020' read as the year 2020, as dev x07 does for 'Tết Nguyên đán Nhâm Dần 2022'"
ARTS.append(build("g04", "https://baoquangngai.vn/xa-hoi/lao-dong-viec-lam/202001/gan-2-van-doan-vien-nguoi-lao-dong-duoc-cham-lo-tet-3001234/",
    "2020-01-20", T, [
    r("beneficiaries", 20000, "Gần [[2 vạn]] đoàn viên", bound="under",
      note="'2 vạn' = 20.000; headline repeat of the body's 19.640 (guideline 1): body's region and period, own bound"),
    r("beneficiaries", 19640, "quà cho [[19.640]] đoàn viên", note=TET),
    r("support_funds", 9.8e9, "hơn [[9,8 tỷ]] đồng", bound="over", note="'tăng 12% so với Tết năm trước' is a comparison, not a record"),
    r("beneficiaries", 1200, "trao [[1.200]] suất quà", scope="LĐLĐ tỉnh trực tiếp trao", note="'Trong đó' breakdown; 'mỗi suất 1 triệu đồng' is a per-item amount"),
    r("beneficiaries", 3450, "trao [[3.450]] suất quà cho công nhân đang", scope="Công đoàn các KCN Quảng Ngãi", note="KCN union -> its province"),
    r("support_funds", 1.7e9, "tiền [[1,7 tỷ]] đồng", scope="Công đoàn các KCN Quảng Ngãi"),
    r("beneficiaries", 3450, "trao [[3.450]] suất quà Tết", scope="Công đoàn các KCN Quảng Ngãi", note="photo caption repeating the body figure: its own mention (guideline 1)"),
    r("beneficiaries", 620, "tặng [[620]] suất quà", scope="LĐLĐ huyện Bình Sơn"),
    r("beneficiaries", 485, "tặng [[485]] suất quà", scope="LĐLĐ huyện Sơn Tịnh"),
    r("support_funds", 242.5e6, "trị giá [[242,5 triệu]] đồng", scope="LĐLĐ huyện Sơn Tịnh"),
    r("beneficiaries", 9, "hỗ trợ [[chín]] giáo viên", scope="Công đoàn ngành Giáo dục tỉnh", note="number in words; 'mỗi người 2 triệu đồng' is a per-item amount"),
    r("beneficiaries", 830, "đưa [[830]] công nhân", scope="Chuyến xe Công đoàn - Tết sum vầy",
      note="free trips home count as beneficiaries (tickets, guideline 9); 'Năm nay' = 2020. The 1.500 'phiếu mua hàng 0 đồng' of the Chợ Tết are shopping tokens, not records (guideline 9)"),
    ], region="Quảng Ngãi", per=Y(2020)))

# ---------------------------------------------------------------- g05 Hòa Bình
T = """LĐLĐ tỉnh sơ kết công tác công đoàn 6 tháng đầu năm 2018

Cập nhật: 05/07/2018

(HBĐT) - Ngày 4/7, LĐLĐ tỉnh Hòa Bình tổ chức hội nghị sơ kết công tác công đoàn 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2018.

Quý II/2018, các cấp công đoàn tập trung tổ chức các hoạt động chăm lo cho công nhân, lao động và vận động thành lập CĐCS ở các doanh nghiệp ngoài nhà nước. Trong quý, toàn tỉnh kết nạp 842 đoàn viên, thành lập mới 5 CĐCS; hỗ trợ 11 nhà "Mái ấm Công đoàn" với số tiền 440 triệu đồng. Hưởng ứng Tháng Công nhân, 318 CĐCS đã tổ chức các hoạt động thăm hỏi, đối thoại, khám sức khỏe cho người lao động.

Tính chung 6 tháng đầu năm, toàn tỉnh kết nạp 1.5 60 đoàn viên, đạt 62,4% kế hoạch năm; thành lập mới 9 CĐCS; giải thể 3 CĐCS do doanh nghiệp dừng hoạt động. Các cấp công đoàn đã tổ chức 27 lớp tập huấn cho 1.946 lượt cán bộ công đoàn, đoàn viên; chủ trì và tham gia 14 cuộc giám sát việc thực hiện chính sách, pháp luật lao động tại doanh nghiệp. Hiện toàn tỉnh có 1.078 CĐCS với 57.240 đoàn viên.

6 tháng cuối năm, LĐLĐ tỉnh phấn đấu kết nạp 940 đoàn viên, thành lập 6 CĐCS, hoàn thành chỉ tiêu cả năm.

Dịp này, LĐLĐ tỉnh đã tặng bằng khen cho 12 tập thể, 18 cá nhân có thành tích xuất sắc.

Đinh Thắng

Ý kiến bạn đọc (0)
"""
QR = "'Trong quý' refers back to 'Quý II/2018' (nearest earlier period phrase), not to the quarter of publication"
ARTS.append(build("g05", "https://baohoabinh.com.vn/12/122934/ldld-tinh-so-ket-cong-tac-cong-doan-6-thang-dau-nam-2018.htm",
    "2018-07-05", T, [
    r("members_new", 842, "kết nạp [[842]] đoàn viên", note=QR),
    r("unions_new", 5, "thành lập mới [[5]] CĐCS", note=QR),
    r("shelter_houses", 11, "hỗ trợ [[11]] nhà", note=QR),
    r("shelter_funds", 440e6, "tiền [[440 triệu]] đồng", note=QR),
    r("workers_month_units", 318, "Công nhân, [[318]] CĐCS", per=M(5, 2018),
      note="'Tháng Công nhân' names its own period: May of the publication year (guideline 8)"),
    r("members_new", 1560, "kết nạp [[1.5 60]] đoàn viên", per=H1(2018), note="split number '1.5 60' = 1560 (records.md)"),
    r("members_new", 62.4, "đạt [[62,4%]] kế hoạch năm", status="attainment", per=H1(2018)),
    r("unions_new", 9, "thành lập mới [[9]] CĐCS", per=H1(2018)),
    r("unions_dissolved", 3, "giải thể [[3]] CĐCS", per=H1(2018)),
    r("trainings", 27, "tổ chức [[27]] lớp", per=H1(2018)),
    r("trainees", 1946, "cho [[1.946]] lượt", per=H1(2018)),
    r("supervisions", 14, "tham gia [[14]] cuộc giám sát", per=H1(2018)),
    r("unions_total", 1078, "có [[1.078]] CĐCS", per=PUB, note="stock 'Hiện' -> publication date"),
    r("members_total", 57240, "với [[57.240]] đoàn viên", per=PUB, note="stock 'Hiện' -> publication date"),
    r("members_new", 940, "kết nạp [[940]] đoàn viên", status="target", per=H2(2018), note="'6 tháng cuối năm' takes the publication year"),
    r("unions_new", 6, "thành lập [[6]] CĐCS", status="target", per=H2(2018)),
    ], region="Hòa Bình", per=Q(2, 2018)))
