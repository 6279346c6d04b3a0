"""challenge54 articles cg01-cg05."""

CG01 = """Công đoàn Bắc Ninh kết nạp hơn [[21.000|mn a y2023 b=o n=headline repeat of the body's 21.364 with its own bound word (gold README 1, 5)]] đoàn viên trong năm 2023

Thứ Sáu, 12/01/2024 - 08:40

(BNO) - Ngày 11/1, Liên đoàn Lao động (LĐLĐ) tỉnh Bắc Ninh tổ chức hội nghị tổng kết hoạt động công đoàn và phong trào công nhân, viên chức, lao động năm 2023, triển khai nhiệm vụ năm 2024.

Năm 2023, tình trạng thiếu đơn hàng khiến nhiều doanh nghiệp trong các khu công nghiệp phải cắt giảm lao động; toàn tỉnh có gần 38.000 lao động bị giảm giờ làm hoặc chấm dứt hợp đồng. Trong bối cảnh đó, các cấp công đoàn tỉnh vẫn kết nạp được [[21.364|mn a y2023]] đoàn viên, đạt [[106,8%|mn p y2023]] kế hoạch; thành lập mới [[47|un a y2023]] CĐCS, đạt [[117,5%|un p y2023]] kế hoạch. So với năm 2022 (kết nạp [[18.920|mn a y2022]] đoàn viên, thành lập [[39|un a y2022]] CĐCS), số đoàn viên kết nạp mới tăng khoảng 13%.

Do biến động lao động, năm 2023 có [[12.480|ml a y2023]] đoàn viên giảm vì nghỉ việc, chuyển nơi làm việc và [[26|ud a y2023]] CĐCS giải thể do doanh nghiệp ngừng hoạt động. Hiện toàn tỉnh có [[1.218|ut a pub]] CĐCS với [[328.615|mt a pub]] đoàn viên, trong đó khu vực ngoài nhà nước có [[274.902|mt a pub s=khu vực ngoài nhà nước n=breakdown of the stock (gold README 6, 7)]] đoàn viên.

Công tác đại diện, bảo vệ quyền lợi người lao động có nhiều chuyển biến. Các CĐCS đã phối hợp với người sử dụng lao động tổ chức [[236|wd a y2023]] cuộc đối thoại định kỳ tại nơi làm việc; ký mới [[82|ca a y2023]] bản thỏa ước lao động tập thể, nâng tổng số thỏa ước còn hiệu lực lên [[611|ca a pub n=agreements in force are the stock of their signings, dated at publication (gold README 7)]] bản. Tiền lương bình quân của người lao động trong doanh nghiệp FDI năm 2023 đạt 8,9 triệu đồng/người/tháng; thưởng Tết Giáp Thìn bình quân 6,2 triệu đồng/người.

Cũng trong năm 2023, công đoàn các cấp đã thăm hỏi, tặng quà [[86.540|ben a y2023]] lượt đoàn viên, người lao động với tổng kinh phí [[52,6 tỷ|sf a y2023]] đồng; hỗ trợ xây mới, sửa chữa [[14|sh a y2023]] nhà “Mái ấm Công đoàn”, mỗi nhà 50 triệu đồng.

Năm 2024, LĐLĐ tỉnh phấn đấu kết nạp [[20.000|mn t y2024]] đoàn viên, thành lập mới [[40|un t y2024]] CĐCS; mỗi cấp công đoàn giới thiệu ít nhất 1 đoàn viên ưu tú để Đảng xem xét kết nạp.

Dịp này, LĐLĐ tỉnh tặng Bằng khen cho 46 tập thể và 58 cá nhân có thành tích xuất sắc trong phong trào thi đua năm 2023.

Ngọc Thắng

Tin cùng chuyên mục
Khởi công nhà ở xã hội cho công nhân tại KCN Quế Võ II
"""

CG02 = """Đại hội Công đoàn các KCN Đồng Nai lần thứ VII: Phấn đấu kết nạp [[80.000|mn t t2023-2028 s=Công đoàn các KCN n=headline repeat of the term target; an industrial-zone union gives its province, scope as written (records.md Regions)]] đoàn viên trong nhiệm kỳ mới

Cập nhật: 20/07/2023 - 16:05

Ngày 19 và 20/7, Công đoàn các Khu công nghiệp (KCN) Đồng Nai tổ chức Đại hội đại biểu lần thứ VII, nhiệm kỳ 2023-2028. Dự đại hội có 250 đại biểu đại diện cho hơn [[412.000|mt a pub b=o s=Công đoàn các KCN n=the members a congress represents are the union's stock (members_total), a rounded repeat of the 412.380 below, dated at publication (gold README 1, 7); the 250 delegates are not records]] đoàn viên đang làm việc tại 32 KCN trên địa bàn tỉnh.

Báo cáo tại đại hội cho biết, nhiệm kỳ 2018-2023 diễn ra trong bối cảnh dịch Covid-19 và suy giảm đơn hàng tác động mạnh đến doanh nghiệp. Vượt lên khó khăn, Công đoàn các KCN Đồng Nai đã kết nạp [[98.450|mn a t2018-2023 s=Công đoàn các KCN]] đoàn viên, đạt [[123%|mn p t2018-2023 s=Công đoàn các KCN]] chỉ tiêu đại hội đề ra; thành lập [[312|un a t2018-2023 s=Công đoàn các KCN]] CĐCS, vượt [[4%|un p t2018-2023 s=Công đoàn các KCN v=104 n=vượt 4% chỉ tiêu -> 104 (records.md status attainment); bound exact, the vượt read as part of the conversion]] chỉ tiêu. Riêng năm 2022, năm cuối của nhiệm kỳ, đơn vị kết nạp [[21.760|mn a y2022 s=Công đoàn các KCN n=the last year of the term takes its own year]] đoàn viên và thành lập [[58|un a y2022 s=Công đoàn các KCN]] CĐCS.

Đến nay, Công đoàn các KCN Đồng Nai đang quản lý [[1.046|ut a pub s=Công đoàn các KCN]] CĐCS với [[412.380|mt a pub s=Công đoàn các KCN]] đoàn viên. Trong nhiệm kỳ, các CĐCS đã ký kết [[1.105|ca a t2018-2023 s=Công đoàn các KCN]] bản thỏa ước lao động tập thể; phối hợp tổ chức hội nghị người lao động tại [[4.620|wkc a t2018-2023 s=Công đoàn các KCN n=conferences counted over the five years of the term as the report gives them]] lượt doanh nghiệp. Thu nhập bình quân của người lao động trong KCN năm 2022 đạt 8,2 triệu đồng/tháng, tăng 1,6 triệu đồng so với năm 2018.

Công tác chăm lo được chú trọng: qua 5 mùa Tết, đơn vị đã chăm lo cho [[385.000|ben a t2018-2023 s=Công đoàn các KCN]] lượt công nhân lao động với tổng kinh phí hơn [[210 tỷ|sf a t2018-2023 b=o s=Công đoàn các KCN]] đồng; trao [[1.260|ben a y2023 s=Công đoàn các KCN n=free tickets given to members count as beneficiaries (gold README 9); Tết năm 2023 -> year 2023]] vé xe miễn phí cho công nhân về quê đón Tết năm 2023.

Nhiệm kỳ 2023-2028, đại hội đề ra mục tiêu kết nạp [[80.000|mn t t2023-2028 s=Công đoàn các KCN]] đoàn viên, thành lập mới [[250|un t t2023-2028 s=Công đoàn các KCN]] CĐCS; 100% CĐCS doanh nghiệp có từ 100 lao động trở lên ký kết thỏa ước lao động tập thể.

Phát biểu tại đại hội, lãnh đạo LĐLĐ tỉnh Đồng Nai đề nghị Công đoàn các KCN tiếp tục nắm chắc tình hình doanh nghiệp thiếu đơn hàng, cắt giảm lao động để kịp thời hỗ trợ người lao động; chủ động đối thoại, thương lượng với người sử dụng lao động, không để xảy ra ngừng việc tập thể kéo dài. Các tham luận tập trung vào kinh nghiệm thương lượng tập thể nhóm doanh nghiệp, xây dựng nhà ở xã hội và nhà trẻ cho con công nhân tại các KCN Nhơn Trạch, Long Thành, Biên Hòa II.

Đại hội đã bầu Ban Chấp hành nhiệm kỳ 2023-2028 gồm 31 ủy viên; bầu 9 đại biểu đi dự Đại hội Công đoàn tỉnh Đồng Nai lần thứ XI. Ông Nguyễn Văn Hậu tái đắc cử Chủ tịch Công đoàn các KCN Đồng Nai.

Hải Quân
"""

CG03 = """Nghệ An: 6 tháng đầu năm kết nạp [[6.120|mn a h1-2019 n=headline repeat of the body figure]] đoàn viên công đoàn

Thứ Năm, 11/07/2019 | 10:15 GMT+7

(Baonghean) - Sáng 10/7, Liên đoàn Lao động tỉnh Nghệ An tổ chức hội nghị sơ kết hoạt động công đoàn 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2019.

Theo báo cáo, 6 tháng đầu năm, các cấp công đoàn trong tỉnh đã kết nạp [[6.120|mn a h1-2019 n=6 tháng đầu năm without a year takes the publication year (records.md Periods)]] đoàn viên, đạt [[61,2%|mn p h1-2019 n=part-way attainment takes the reporting period (as challenge42 did)]] kế hoạch năm; thành lập mới [[38|un a h1-2019]] CĐCS, trong đó LĐLĐ thị xã Hoàng Mai thành lập [[9|un a h1-2019 s=LĐLĐ thị xã Hoàng Mai]] CĐCS, LĐLĐ huyện Quỳnh Lưu [[6|un a h1-2019 s=LĐLĐ huyện Quỳnh Lưu n=list leaves the noun out; same indicator as the sentence (gold README 6)]]. Hiện toàn tỉnh có [[2.864|ut a pub]] CĐCS với [[176.312|mt a pub]] đoàn viên.

Hưởng ứng Tháng Công nhân năm 2019 với chủ đề “Nâng cao kỹ năng nghề nghiệp - Vì công nhân Việt Nam tiên tiến”, đã có [[512|wmu a mo2019-05]] CĐCS tổ chức các hoạt động thiết thực; Ban Chỉ đạo Tháng Công nhân tỉnh thăm, tặng quà [[1.450|ben a mo2019-05]] công nhân có hoàn cảnh khó khăn. Tính chung 6 tháng, tổng kinh phí chăm lo, hỗ trợ đoàn viên đạt [[4,3 tỷ|sf a h1-2019]] đồng; xây dựng và bàn giao [[6|sh a h1-2019]] nhà “Mái ấm Công đoàn”.

Công đoàn các cấp đã chủ trì hoặc phối hợp thực hiện [[42|sv a h1-2019]] cuộc giám sát việc thực hiện chính sách pháp luật lao động tại doanh nghiệp; thành lập mới [[14|wc a h1-2019 n=period from the nearest earlier phrase, Tính chung 6 tháng (records.md Periods)]] Ban nữ công quần chúng tại các doanh nghiệp có đông lao động nữ. Trong 6 tháng, trên địa bàn tỉnh xảy ra 7 vụ tai nạn lao động làm chết 8 người và 3 cuộc ngừng việc tập thể với khoảng 1.200 công nhân tham gia; các vụ việc đều được công đoàn phối hợp giải quyết kịp thời.

Về nhiệm vụ 6 tháng cuối năm, LĐLĐ tỉnh yêu cầu các cấp công đoàn phấn đấu kết nạp thêm [[4.000|mn t l6-2019]] đoàn viên, thành lập [[25|un t l6-2019]] CĐCS để hoàn thành vượt chỉ tiêu năm 2019; tổ chức tốt Đại hội công đoàn cơ sở tiến tới Đại hội Công đoàn tỉnh lần thứ XVIII.

Phương Thúy

Bình luận (0)
"""

CG04 = """Cần Thơ: Hơn [[41 tỷ|sf a f9-2021 b=o n=headline repeat of 41,2 tỷ, rounded (gold README 1)]] đồng hỗ trợ đoàn viên, người lao động bị ảnh hưởng dịch Covid-19

14/10/2021 09:25

CTO - Chiều 13/10, Liên đoàn Lao động (LĐLĐ) TP Cần Thơ tổ chức hội nghị sơ kết hoạt động công đoàn 9 tháng đầu năm 2021 theo hình thức trực tuyến với 9 điểm cầu quận, huyện.

Theo báo cáo, 9 tháng qua đợt bùng phát dịch lần thứ tư khiến khoảng 32.000 lao động trên địa bàn thành phố phải tạm ngừng việc. Các cấp công đoàn đã hỗ trợ [[58.430|ben a f9-2021]] lượt đoàn viên, người lao động bị ảnh hưởng với tổng số tiền hơn [[41,2 tỷ|sf a f9-2021 b=o]] đồng, trong đó từ nguồn tài chính công đoàn [[18,6 tỷ|sf a f9-2021 s=nguồn tài chính công đoàn]] đồng, còn lại từ gói hỗ trợ theo Nghị quyết 68/NQ-CP và nguồn xã hội hóa. Trong đợt giãn cách từ tháng 7 đến tháng 9, các KCN Trà Nóc I, Trà Nóc II và Hưng Phú duy trì sản xuất theo phương án “3 tại chỗ” với khoảng 11.000 công nhân. Riêng LĐLĐ quận Ninh Kiều hỗ trợ [[9.870|ben a f9-2021 s=LĐLĐ quận Ninh Kiều]] lượt người.

Dù hoạt động tại cơ sở bị gián đoạn, công tác phát triển đoàn viên vẫn được duy trì. 9 tháng, toàn thành phố kết nạp [[3.214|mn a f9-2021]] đoàn viên, đạt [[53,6%|mn p f9-2021]] kế hoạch năm; thành lập [[19|un a f9-2021]] CĐCS. Cùng kỳ năm 2020, LĐLĐ thành phố kết nạp [[4.870|mn a f9-2020 n=cùng kỳ năm 2020 takes the same nine months of 2020]] đoàn viên và thành lập [[27|un a f9-2020]] CĐCS. Hiện LĐLĐ thành phố quản lý [[1.312|ut a pub]] CĐCS với [[98.406|mt a pub]] đoàn viên.

Trong 9 tháng, các cấp công đoàn đã tư vấn pháp luật cho [[1.350|lc a f9-2021]] lượt đoàn viên, người lao động, chủ yếu qua điện thoại và mạng xã hội; tổng đài tư vấn 0292.3820.115 hoạt động liên tục trong thời gian giãn cách. LĐLĐ thành phố cũng tổ chức [[6|tr a f9-2021]] lớp tập huấn trực tuyến cho hơn [[1.200|te a f9-2021 b=o]] lượt cán bộ công đoàn cơ sở về kỹ năng thương lượng tập thể và phòng, chống dịch tại nơi làm việc. Tỷ lệ doanh nghiệp có tổ chức công đoàn trả lương đúng hạn trong thời gian dịch đạt 94%.

Quý IV/2021, LĐLĐ thành phố phấn đấu kết nạp [[2.800|mn t q4-2021]] đoàn viên, thành lập [[12|un t q4-2021]] CĐCS, đồng thời chuẩn bị chương trình “Tết Sum vầy” Xuân Nhâm Dần 2022.

Minh Huyền
"""

CG05 = """Đại hội Công đoàn huyện Chư Sê lần thứ VIII, nhiệm kỳ 2023-2028

Liên đoàn Lao động huyện Chư Sê (tỉnh Gia Lai) vừa tổ chức Đại hội đại biểu Công đoàn huyện lần thứ VIII, nhiệm kỳ 2023-2028. Tham dự đại hội có 120 đại biểu chính thức, đại diện cho hơn [[3.100|mt a null b=o s=LĐLĐ huyện Chư Sê n=the members a congress represents are the stock, rounded repeat of 3.128; undated page -> null (gold README 1, 7)]] đoàn viên công đoàn trong toàn huyện.

Nhiệm kỳ 2018-2023, LĐLĐ huyện đã phát triển [[1.046|mn a t2018-2023 s=LĐLĐ huyện Chư Sê n=a district union gives its province (records.md Regions); scope as written]] đoàn viên, đạt [[130,8%|mn p t2018-2023 s=LĐLĐ huyện Chư Sê]] chỉ tiêu đại hội; thành lập mới [[14|un a t2018-2023 s=LĐLĐ huyện Chư Sê]] CĐCS, trong đó có [[9|un a t2018-2023 s=LĐLĐ huyện Chư Sê, doanh nghiệp ngoài nhà nước]] CĐCS ở doanh nghiệp ngoài nhà nước. Hiện nay, LĐLĐ huyện quản lý [[72|ut a null s=LĐLĐ huyện Chư Sê n=stock in an undated page: null..null (records.md Periods)]] CĐCS với [[3.128|mt a null s=LĐLĐ huyện Chư Sê]] đoàn viên.

Trong nhiệm kỳ, các cấp công đoàn trong huyện đã giới thiệu [[186|pr a t2018-2023 s=LĐLĐ huyện Chư Sê]] đoàn viên ưu tú cho Đảng xem xét, trong đó [[142|pa a t2018-2023 s=LĐLĐ huyện Chư Sê n=those admitted among the referred members: party_admitted]] đồng chí đã được kết nạp. Công tác chăm lo đời sống đoàn viên được quan tâm với hơn [[9.500|ben a t2018-2023 b=o s=LĐLĐ huyện Chư Sê]] lượt đoàn viên được thăm hỏi, tặng quà, tổng kinh phí [[3,8 tỷ|sf a t2018-2023 s=LĐLĐ huyện Chư Sê]] đồng; [[11|sh a t2018-2023 s=LĐLĐ huyện Chư Sê]] đoàn viên được hỗ trợ xây, sửa nhà “Mái ấm Công đoàn”.

Riêng năm 2022, năm cuối nhiệm kỳ, LĐLĐ huyện kết nạp [[238|mn a y2022 s=LĐLĐ huyện Chư Sê]] đoàn viên, thành lập [[3|un a y2022 s=LĐLĐ huyện Chư Sê]] CĐCS. Thu nhập bình quân của cán bộ, công chức, viên chức và người lao động trên địa bàn đạt khoảng 6,5 triệu đồng/người/tháng.

Nhiệm kỳ 2023-2028, đại hội đề ra 4 chỉ tiêu chủ yếu, trong đó phấn đấu phát triển mới [[1.000|mn t t2023-2028 s=LĐLĐ huyện Chư Sê]] đoàn viên, thành lập [[10|un t t2023-2028 s=LĐLĐ huyện Chư Sê]] CĐCS; 90% CĐCS được xếp loại hoàn thành tốt nhiệm vụ trở lên.

Đại hội đã bầu Ban Chấp hành LĐLĐ huyện khóa VIII gồm 19 đồng chí; bầu 7 đại biểu chính thức dự Đại hội Công đoàn tỉnh Gia Lai lần thứ XI. Dịp này, LĐLĐ tỉnh tặng Bằng khen cho 5 tập thể, 8 cá nhân.

Thanh Nhật
"""

ARTS = [
    ('cg01', 'https://baobacninh.vn/cong-doan/cong-doan-bac-ninh-ket-nap-hon-21000-doan-vien-trong-nam-2023-12012024.html', '2024-01-12', 'Bắc Ninh', CG01),
    ('cg02', 'https://baodongnai.com.vn/xa-hoi/202307/dai-hoi-cong-doan-cac-kcn-dong-nai-lan-thu-vii-3165448/', '2023-07-20', 'Đồng Nai', CG02),
    ('cg03', 'https://baonghean.vn/nghe-an-6-thang-dau-nam-ket-nap-6120-doan-vien-cong-doan-post211387.html', '2019-07-11', 'Nghệ An', CG03),
    ('cg04', 'https://baocantho.com.vn/hon-41-ty-dong-ho-tro-doan-vien-nguoi-lao-dong-bi-anh-huong-dich-covid-19-a139412.html', '2021-10-14', 'Cần Thơ', CG04),
    ('cg05', 'https://ldld.gialai.gov.vn/tin-tuc/dai-hoi-cong-doan-huyen-chu-se-lan-thu-viii-nhiem-ky-2023-2028.html', None, 'Gia Lai', CG05),
]
