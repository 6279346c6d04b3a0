# ao01-ao05
ARTS = []

ARTS.append(('ao01', 'https://baovinhphuc.com.vn/cong-doan/phat-trien-doan-vien-vuot-12-chi-tieu-41826.html', '2019-01-15', 'Vĩnh Phúc', '''Phát triển đoàn viên vượt [[12%|mn p y2018 v=112 n=headline repeat of the body's vượt 12% chỉ tiêu: vượt N% -> 100+N, bound exact because vượt is folded into the value (records.md, gold README 1, 3)]] chỉ tiêu

THỨ BA, 15/01/2019 09:12:40

(BVP) - Năm 2018, Liên đoàn Lao động (LĐLĐ) tỉnh Vĩnh Phúc kết nạp [[6.720|mn a y2018]] đoàn viên mới, vượt [[12%|mn p y2018 v=112 n=vượt 12% chỉ tiêu -> attainment 112 (records.md)]] chỉ tiêu được giao; thành lập [[48|un a y2018]] công đoàn cơ sở (CĐCS), đạt [[96%|un p y2018 n=đạt 96% kế hoạch: a plan not met is still attainment (gold README 4)]] kế hoạch năm.

Chiều 14/1, LĐLĐ tỉnh tổ chức hội nghị tổng kết công tác công đoàn và phong trào công nhân, viên chức, lao động năm 2018, triển khai nhiệm vụ năm 2019.

Báo cáo tại hội nghị cho biết, các cấp công đoàn trong tỉnh đã kết nạp [[6.720|mn a y2018]] đoàn viên (chỉ tiêu giao là [[6.000|mn t y2018 n=chỉ tiêu giao -> target of the year of the sentence's period (gold README 4, 8)]] đoàn viên), trong đó Công đoàn các Khu công nghiệp kết nạp [[4.910|mn a y2018 s=Công đoàn các Khu công nghiệp n=trong đó breakdown -> scope (gold README 6)]] đoàn viên. Toàn tỉnh thành lập mới [[48|un a y2018]] CĐCS trên chỉ tiêu [[50|un t y2018]] CĐCS; giải thể [[11|ud a y2018]] CĐCS do doanh nghiệp ngừng hoạt động. Đến nay, toàn tỉnh có [[1.102|ut a pub n=đến nay ... có -> stock at publication (gold README 7)]] CĐCS với [[118.450|mt a pub]] đoàn viên; tỷ lệ đoàn viên trên tổng số lao động tại các đơn vị có tổ chức công đoàn đạt 82,4%.

Công tác chăm lo cho đoàn viên, người lao động tiếp tục được quan tâm. Trong năm, các cấp công đoàn đã thăm hỏi, tặng quà cho [[26.300|ben a y2018]] lượt đoàn viên, người lao động với tổng kinh phí hơn [[9,4 tỷ|sf a y2018 b=o]] đồng; hỗ trợ xây mới, sửa chữa [[32|sh a y2018]] nhà "Mái ấm Công đoàn" với mức hỗ trợ từ 30 đến 50 triệu đồng/nhà.

Năm 2018 có 14/16 chỉ tiêu chủ yếu đạt và vượt kế hoạch. Năm 2019, LĐLĐ tỉnh phấn đấu kết nạp [[6.500|mn t y2019]] đoàn viên, thành lập [[50|un t y2019]] CĐCS; 100% CĐCS khu vực doanh nghiệp có đủ điều kiện tổ chức hội nghị người lao động.

Dịp này, LĐLĐ tỉnh tặng Bằng khen cho 42 tập thể và 65 cá nhân có thành tích xuất sắc.

Lãnh đạo LĐLĐ tỉnh trao Bằng khen cho các tập thể có thành tích xuất sắc năm 2018.
Lãnh đạo LĐLĐ tỉnh trao Bằng khen cho các tập thể có thành tích xuất sắc năm 2018.

Thanh Nga

Tin liên quan
Công đoàn các KCN ký 35 bản thỏa ước lao động tập thể
Hơn 2.000 suất quà Tết cho công nhân khó khăn
'''))

ARTS.append(('ao02', 'https://baoquangbinh.vn/xa-hoi/202307/ldld-tinh-6-thang-dau-nam-ket-nap-hon-2100-doan-vien-2213560/', '2023-07-12', 'Quảng Bình', '''LĐLĐ tỉnh: 6 tháng đầu năm kết nạp hơn [[2.100|mn a h1-2023 b=o n=rounded headline repeat of 2.140: body's region and period, bound from its own word (gold README 1, 5); region from the site, the article only says LĐLĐ tỉnh (records.md)]] đoàn viên

  • 08:35, 12/07/2023
  • icon gmail
  • icon facebook
  • icon youtube

(QBĐT) - Ngày 11/7, Liên đoàn Lao động (LĐLĐ) tỉnh tổ chức hội nghị sơ kết công tác công đoàn 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023.

Theo báo cáo, 6 tháng đầu năm 2023, các cấp công đoàn trong tỉnh đã kết nạp [[2.140|mn a h1-2023]] đoàn viên, đạt [[53,5%|mn p h1-2023 n=part-way attainment of the year plan takes the reporting period (challenge21 convention)]] kế hoạch năm ([[4.000|mn t y2023 n=kế hoạch năm -> full year (gold README 8)]] đoàn viên); thành lập [[21|un a h1-2023]] công đoàn cơ sở (CĐCS), bằng [[46,7%|un p h1-2023]] chỉ tiêu cả năm là [[45|un t y2023 n=chỉ tiêu cả năm -> full year (gold README 8)]] CĐCS.

Có [[286/310|wkc a h1-2023 n=x/y: the first number is the record, the denominator is no record of its own (records.md 03/03)]] doanh nghiệp đã tổ chức hội nghị người lao động; [[64|wd a h1-2023]] doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc. Trong 6 tháng, các cấp công đoàn đã thăm hỏi, hỗ trợ [[5.380|ben a h1-2023]] lượt đoàn viên, người lao động với tổng kinh phí hơn [[6,2 tỷ|sf a h1-2023 b=o]] đồng. LĐLĐ tỉnh đã khởi công, bàn giao [[9/20|sh a h1-2023 n=x/y of the year's Mái ấm plan: the done part only (records.md 03/03)]] nhà "Mái ấm Công đoàn" theo kế hoạch năm, mỗi nhà được hỗ trợ 60 triệu đồng.

Đồng chí Trần Văn Hùng, Chủ tịch LĐLĐ tỉnh phát biểu tại hội nghị
Đồng chí Trần Văn Hùng, Chủ tịch LĐLĐ tỉnh phát biểu tại hội nghị

6 tháng cuối năm, LĐLĐ tỉnh phấn đấu kết nạp thêm [[1.900|mn t l6-2023 n=phấn đấu for the second half -> target of 6 tháng cuối năm]] đoàn viên, thành lập [[24|un t l6-2023]] CĐCS và hoàn thành [[11|sh t l6-2023 n=the remaining houses of the plan to be finished -> target of the half-year]] nhà Mái ấm Công đoàn còn lại; tỷ lệ CĐCS được xếp loại hoàn thành tốt nhiệm vụ đạt 80% trở lên.

Dịp này, 6 tập thể và 9 cá nhân được LĐLĐ tỉnh tặng giấy khen.

Phan Phương
'''))

ARTS.append(('ao03', 'https://laodong.vn/cong-doan/binh-duong-phan-dau-phat-trien-300000-doan-vien-trong-nhiem-ky-2023-2028-1233415.ldo', '2023-08-19', 'Bình Dương', '''Bình Dương: Phấn đấu phát triển [[300.000|mn t t2023-2028]] đoàn viên trong nhiệm kỳ 2023-2028

Thứ Bảy, 19/08/2023 14:20 (GMT+7)

Nghị quyết Đại hội Công đoàn tỉnh Bình Dương lần thứ XI đề ra mục tiêu phát triển [[300.000|mn t t2023-2028]] đoàn viên, thành lập ít nhất [[1.000|un t t2023-2028 b=o n=ít nhất -> over (gold README 5)]] công đoàn cơ sở trong 5 năm tới.

Ngày 18/8, Đại hội Công đoàn tỉnh Bình Dương lần thứ XI, nhiệm kỳ 2023-2028 bế mạc sau 2 ngày làm việc. Dự đại hội có 350 đại biểu chính thức, đại diện cho hơn [[760.000|mt a pub b=o n=the membership the delegates stand for is a stock, a rounded repeat of 760.512 (gold README 1, 7); the 350 delegates are no record (gold README 11)]] đoàn viên trong toàn tỉnh.

Nhiệm kỳ 2018-2023, các cấp công đoàn tỉnh đã kết nạp [[312.400|mn a t2018-2023 n=term actuals take the whole term (records.md) although the congress is mid-2023]] đoàn viên, đạt [[104%|mn p t2018-2023]] chỉ tiêu Nghị quyết; thành lập [[1.352|un a t2018-2023]] công đoàn cơ sở (CĐCS), vượt [[35%|un p t2018-2023 v=135 n=vượt 35% chỉ tiêu -> 135 (records.md)]] chỉ tiêu. Hiện toàn tỉnh có [[4.086|ut a pub]] CĐCS với [[760.512|mt a pub]] đoàn viên.

Trong nhiệm kỳ, công đoàn đã giới thiệu [[2.140|pr a t2018-2023]] đoàn viên ưu tú cho Đảng xem xét kết nạp, trong đó [[1.580|pa a t2018-2023]] đồng chí đã được kết nạp; xây mới, sửa chữa [[486|sh a t2018-2023]] nhà Mái ấm Công đoàn. Tuy nhiên, chỉ tiêu ký kết thỏa ước lao động tập thể chưa đạt: mới có [[2.650|ca a t2018-2023]] bản được ký mới, bằng [[88%|ca p t2018-2023 n=a target not met, still attainment (gold README 4)]] chỉ tiêu.

Đại biểu biểu quyết thông qua Nghị quyết Đại hội. Ảnh: Đình Trọng

Nghị quyết đại hội nhiệm kỳ 2023-2028 đề ra 12 chỉ tiêu chủ yếu, trong đó: phát triển [[300.000|mn t t2023-2028 b=o n=... trở lên after the counted noun -> over (gold README 5)]] đoàn viên trở lên; thành lập ít nhất [[1.000|un t t2023-2028 b=o]] CĐCS; giới thiệu [[3.000|pr t t2023-2028]] đoàn viên ưu tú cho Đảng; xây mới, sửa chữa [[500|sh t t2023-2028]] nhà Mái ấm Công đoàn; phấn đấu đến cuối nhiệm kỳ toàn tỉnh có [[800.000|mt t t2023-2028 n=a stock planned for the end of the term -> target, dated to the term named in the heading (gold README 8)]] đoàn viên; hằng năm có trên 70% CĐCS doanh nghiệp ký kết thỏa ước lao động tập thể.

Đại hội đã bầu 45 đồng chí vào Ban Chấp hành LĐLĐ tỉnh khóa XI và 25 đại biểu dự Đại hội Công đoàn Việt Nam lần thứ XIII.

Kỳ Lâm
'''))

ARTS.append(('ao04', 'https://baohanam.com.vn/xa-hoi/ha-nam-phat-dong-thang-cong-nhan-nam-2024-126514.html', '2024-05-03', 'Hà Nam', '''Hà Nam phát động Tháng Công nhân năm 2024

Đăng lúc: 03/05/2024 07:40:12 AM

Sáng 2/5, tại Khu công nghiệp Đồng Văn II (thị xã Duy Tiên), Liên đoàn Lao động (LĐLĐ) tỉnh Hà Nam tổ chức Lễ phát động Tháng Công nhân, Tháng hành động về an toàn, vệ sinh lao động năm 2024. Hơn 1.500 công nhân lao động tham dự buổi lễ.

Theo kế hoạch, trong Tháng Công nhân năm nay, các cấp công đoàn trong tỉnh sẽ thăm hỏi, tặng [[3.500|ben t mo2024-05 n=sẽ / theo kế hoạch of a programme -> target; Tháng Công nhân năm nay -> May 2024 (gold README 4, 8)]] suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn với tổng trị giá khoảng [[1,75 tỷ|sf t mo2024-05 b=a]] đồng; hỗ trợ xây mới [[12|sh t mo2024-05]] nhà "Mái ấm Công đoàn", mỗi nhà 60 triệu đồng; phối hợp tổ chức đối thoại tại [[120|wd t mo2024-05]] doanh nghiệp. LĐLĐ tỉnh phấn đấu có ít nhất [[250|wmu t mo2024-05 b=o]] công đoàn cơ sở (CĐCS) tổ chức các hoạt động hưởng ứng Tháng Công nhân.

Tại lễ phát động, LĐLĐ tỉnh và các nhà tài trợ đã trao [[200|ben a mo2024-05 n=given at the launch on 2/5: an actual of the Workers' Month named before (gold README 8)]] suất quà, mỗi suất 500.000 đồng cho công nhân khó khăn và trao kinh phí hỗ trợ xây [[3|sh a mo2024-05]] nhà Mái ấm Công đoàn.

Trao [[200|ben a mo2024-05 n=caption repeat of the body figure (gold README 1)]] suất quà cho công nhân có hoàn cảnh khó khăn tại lễ phát động.

Trong Tháng Công nhân năm 2023, toàn tỉnh có [[236|wmu a mo2023-05 n=Tháng Công nhân năm 2023 -> May 2023 (gold README 8)]] CĐCS tổ chức các hoạt động; các cấp công đoàn đã chăm lo cho [[3.120|ben a mo2023-05]] đoàn viên với kinh phí gần [[1,6 tỷ|sf a mo2023-05 b=u]] đồng, 100% CĐCS doanh nghiệp đã tổ chức đối thoại.

Đây là năm thứ 9 liên tiếp Tổng LĐLĐ Việt Nam tổ chức Tháng Công nhân. Chương trình năm nay được truyền hình trực tiếp trên kênh PTV lúc 8h00.

Bích Ngọc

Số lần đọc: 1.124
'''))

ARTS.append(('ao05', 'https://bacninhtv.vn/cong-doan-cac-kcn-bac-ninh-ky-moi-186-ban-thoa-uoc.html', '2017-12-28', 'Bắc Ninh', '''Công đoàn các KCN Bắc Ninh: Ký mới [[186|ca a y2017 s=Công đoàn các KCN]] bản thỏa ước, đạt [[93%|ca p y2017 s=Công đoàn các KCN]] kế hoạch

Cập nhật: 28-12-2017 | 10:15:32

Năm 2017, Công đoàn các Khu công nghiệp (KCN) tỉnh Bắc Ninh đã hướng dẫn, hỗ trợ ký mới [[186|ca a y2017 s=Công đoàn các KCN n=KCN union gives its province with a scope (records.md, gold README 10)]] bản thỏa ước lao động tập thể, đạt [[93%|ca p y2017 s=Công đoàn các KCN]] kế hoạch. Số đoàn viên kết nạp mới đạt [[15.300|mn a y2017 s=Công đoàn các KCN]] người, chưa hoàn thành chỉ tiêu [[18.000|mn t y2017 s=Công đoàn các KCN n=a target named in a sentence that says it was not met is still a target record (gold README 4)]] đoàn viên đề ra.

Theo đánh giá tại hội nghị tổng kết ngày 27/12, công tác phát triển đoàn viên chỉ đạt [[85%|mn p y2017 s=Công đoàn các KCN]] kế hoạch do nhiều doanh nghiệp điện tử cắt giảm lao động, tỷ lệ biến động lao động cao. Trong năm, [[7.800|ml a y2017 s=Công đoàn các KCN n=members who left -> members_lost]] đoàn viên đã nghỉ việc, chuyển đi nơi khác; số đoàn viên tăng tuyệt đối [[7.500|mnet a y2017 s=Công đoàn các KCN]] người.

Toàn khu vực có [[412/450|wkc a y2017 s=Công đoàn các KCN]] doanh nghiệp tổ chức hội nghị người lao động; hơn [[380|wd a y2017 s=Công đoàn các KCN b=o]] doanh nghiệp tổ chức đối thoại định kỳ; [[96|meal a y2017 s=Công đoàn các KCN]] doanh nghiệp nâng mức bữa ăn giữa ca từ 15.000 đồng lên 18.000 - 22.000 đồng/suất.

Hiện Công đoàn các KCN tỉnh có [[428|ut a pub s=Công đoàn các KCN]] công đoàn cơ sở với gần [[212.000|mt a pub s=Công đoàn các KCN b=u]] đoàn viên.

Năm 2018, Công đoàn các KCN phấn đấu ký mới [[200|ca t y2018 s=Công đoàn các KCN]] bản thỏa ước, kết nạp [[16.000|mn t y2018 s=Công đoàn các KCN]] đoàn viên; 100% doanh nghiệp có công đoàn cơ sở tổ chức hội nghị người lao động.

Dịp này, 18 tập thể được Công đoàn các KCN tặng giấy khen.

Minh Hương
'''))
