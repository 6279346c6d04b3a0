# ap01-ap05.  Markup: [[span|IND ST PERIOD b= s= r= v= n=]] (see lib.py)
ARTS = []

ARTS.append(('ap01', 'https://baohaiduong.vn/lao-dong-viec-lam/nam-2019-ldld-tinh-ket-nap-hon-9600-doan-vien-moi-128417', '2020-01-10', 'Hải Dương', '''Năm 2019, LĐLĐ tỉnh kết nạp hơn [[9.600|mn a y2019 b=o n=headline repeat of the body 9.684, rounded; takes the body period (gold README 1); bound from its own word hơn (rule 5)]] đoàn viên mới

THỨ SÁU, 10/01/2020 15:42:10

Sáng 10/1, Liên đoàn Lao động (LĐLĐ) tỉnh tổ chức hội nghị tổng kết công tác công đoàn và phong trào công nhân, viên chức, lao động năm 2019, triển khai nhiệm vụ năm 2020. Dự hội nghị có hơn 300 đại biểu là cán bộ công đoàn chủ chốt các cấp.

Đại biểu dự hội nghị tổng kết công tác công đoàn năm 2019
Đại biểu dự hội nghị tổng kết công tác công đoàn năm 2019

Theo báo cáo tại hội nghị, năm 2019, các cấp công đoàn trong tỉnh kết nạp được [[9.684|mn a y2019]] đoàn viên, đạt [[121%|mn p y2019]] kế hoạch năm; thành lập mới [[52|un a y2019]] công đoàn cơ sở (CĐCS), vượt [[30%|un p y2019 v=130 n=vượt 30% chỉ tiêu is 130% of the target (records.md attainment)]] chỉ tiêu. Trong đó, Công đoàn các khu công nghiệp tỉnh kết nạp [[5.210|mn a y2019 s=Công đoàn các khu công nghiệp tỉnh n=breakdown of the provincial total by body (rule 6); an industrial-zone union gives its province]] đoàn viên, thành lập [[19|un a y2019 s=Công đoàn các khu công nghiệp tỉnh n=breakdown (rule 6)]] CĐCS. So với năm 2018, số đoàn viên kết nạp mới tăng 12%.

Do một số doanh nghiệp giải thể, ngừng hoạt động, trong năm có [[14|ud a y2019]] CĐCS giải thể, giảm [[3.102|ml a y2019]] đoàn viên. Hiện toàn tỉnh có [[2.146|ut a pub n=stock stated as current (hiện ... có) -> publication date (rule 7)]] CĐCS với [[238.512|mt a pub n=stock stated as current -> publication date (rule 7)]] đoàn viên.

Công tác chăm lo đời sống cho đoàn viên, người lao động được quan tâm. Trong năm, các cấp công đoàn đã thăm hỏi, tặng quà [[41.300|ben a y2019]] lượt đoàn viên, người lao động với tổng kinh phí [[18,7 tỷ|sf a y2019]] đồng, trong đó công nhân lao động tại các khu công nghiệp là [[12.800|ben a y2019 s=các khu công nghiệp n=breakdown (rule 6)]] lượt. LĐLĐ tỉnh hỗ trợ xây mới [[25|sh a y2019]] nhà Mái ấm Công đoàn, mỗi nhà 50 triệu đồng, tổng số tiền [[1,25 tỷ|shf a y2019]] đồng.

Hoạt động đại diện, bảo vệ quyền lợi người lao động có nhiều chuyển biến: [[146|ca a y2019]] bản thỏa ước lao động tập thể được ký mới; [[689|wd a y2019]] doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc.

Năm 2020, LĐLĐ tỉnh phấn đấu kết nạp [[8.000|mn t y2020]] đoàn viên, thành lập mới [[45|un t y2020]] CĐCS; 90% doanh nghiệp có tổ chức công đoàn tổ chức hội nghị người lao động.

Dịp này, LĐLĐ tỉnh tặng bằng khen cho 42 tập thể và 65 cá nhân có thành tích xuất sắc trong phong trào thi đua năm 2019.

THÀNH CHUNG

Tin liên quan
Trao 120 suất quà cho công nhân khó khăn tại KCN Đại An
Công đoàn ngành Y tế tổng kết năm 2019
'''))

ARTS.append(('ap02', 'https://baoquangnam.vn/xa-hoi/lien-doan-lao-dong-tinh-so-ket-6-thang-dau-nam-2023-3121455.html', '2023-07-14', 'Quảng Nam', '''Liên đoàn Lao động tỉnh sơ kết 6 tháng đầu năm 2023

NGUYỄN QUANG | 14/07/2023 16:05

(QNO) - Chiều 14/7, Liên đoàn Lao động tỉnh tổ chức hội nghị sơ kết hoạt động công đoàn 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2023.

Theo báo cáo, 6 tháng đầu năm 2023, các cấp công đoàn trong tỉnh đã phát triển được [[3.412|mn a h1-2023]] đoàn viên, đạt [[56,9%|mn p h1-2023 n=part-way attainment of the year plan takes the reporting period (challenge21 rule)]] kế hoạch năm; thành lập [[21|un a h1-2023]] công đoàn cơ sở (CĐCS). Số đoàn viên kết nạp mới tăng 8,3% so với cùng kỳ năm trước.

Công tác đại diện, bảo vệ quyền, lợi ích hợp pháp, chính đáng của đoàn viên, người lao động được chú trọng. Cụ thể:
- [[1.045/1.052|oc a h1-2023 v=1045 n=x/y: the count is the numerator (rule 3)]] cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức;
- [[312|wkc a h1-2023]] doanh nghiệp tổ chức hội nghị người lao động;
- [[254|wd a h1-2023]] doanh nghiệp tổ chức đối thoại tại nơi làm việc;
- Ký mới [[38|ca a h1-2023]] thỏa ước lao động tập thể;
- Tư vấn pháp luật cho [[1.280|lc a h1-2023]] lượt đoàn viên, người lao động.

Các cấp công đoàn mở [[36|tr a h1-2023]] lớp tập huấn nghiệp vụ cho [[2.870|te a h1-2023]] lượt cán bộ công đoàn cơ sở; phối hợp với ngành chức năng kiểm tra, giám sát tại [[47|sv a h1-2023]] doanh nghiệp. Ủy ban Kiểm tra các cấp tiến hành kiểm tra tài chính [[28|fi a h1-2023]] CĐCS.

Trong Tháng Công nhân năm 2023, [[1.230|wmu a mo2023-05 n=Tháng Công nhân -> May of that year (records.md)]] CĐCS tổ chức các hoạt động hưởng ứng; các cấp công đoàn thăm, tặng [[5.600|ben a mo2023-05 n=period carried from Tháng Công nhân in the same sentence]] suất quà cho đoàn viên, người lao động khó khăn, mỗi suất 500.000 đồng, tổng trị giá [[2,8 tỷ|sf a mo2023-05]] đồng.

Ảnh: Quang cảnh hội nghị sơ kết. Ảnh: N.Q

6 tháng cuối năm, Liên đoàn Lao động tỉnh phấn đấu phát triển thêm [[2.600|mn t h2-2023]] đoàn viên, thành lập [[15|un t h2-2023]] CĐCS, bảo đảm hoàn thành chỉ tiêu cả năm [[6.000|mn t y2023 n=chỉ tiêu cả năm -> the full year (rule 8)]] đoàn viên.

Dịp này, Liên đoàn Lao động tỉnh trao bằng khen cho 18 tập thể và 24 cá nhân.

TAGS
liên đoàn lao động công đoàn sơ kết
'''))

ARTS.append(('ap03', 'https://baobinhduong.vn/dai-hoi-cong-doan-thanh-pho-thuan-an-lan-thu-iv-nhiem-ky-2023-2028-a305114.html', '2023-06-28', 'Bình Dương', '''Đại hội Công đoàn thành phố Thuận An lần thứ IV, nhiệm kỳ 2023-2028

Cập nhật: 28-06-2023 | 17:21:05

Ngày 28-6, Liên đoàn Lao động (LĐLĐ) TP.Thuận An tổ chức Đại hội Công đoàn thành phố lần thứ IV, nhiệm kỳ 2023-2028. Tham dự đại hội có 182 đại biểu chính thức, đại diện cho hơn [[96.000|mt a pub b=o s=LĐLĐ TP.Thuận An n=rounded mention of the member stock 96.318 stated later (rule 1); stock -> publication (rule 7)]] đoàn viên công đoàn thành phố.

Báo cáo chính trị trình đại hội cho biết, nhiệm kỳ 2018-2023, các cấp công đoàn thành phố đã kết nạp mới [[41.876|mn a t2018-2023 s=LĐLĐ TP.Thuận An n=district union: its province, the city as scope (records.md regions); term -> whole term (records.md)]] đoàn viên, đạt [[139,6%|mn p t2018-2023 s=LĐLĐ TP.Thuận An]] chỉ tiêu đại hội đề ra; thành lập mới [[186|un a t2018-2023 s=LĐLĐ TP.Thuận An]] công đoàn cơ sở (CĐCS). Hiện LĐLĐ thành phố quản lý [[512|ut a pub s=LĐLĐ TP.Thuận An n=stock (hiện) -> publication date (rule 7)]] CĐCS với [[96.318|mt a pub s=LĐLĐ TP.Thuận An n=stock -> publication date (rule 7)]] đoàn viên, trong đó CĐCS doanh nghiệp ngoài nhà nước chiếm 91%.

Trong nhiệm kỳ, công đoàn thành phố đã giới thiệu [[1.124|pr a t2018-2023 s=LĐLĐ TP.Thuận An]] đoàn viên ưu tú cho Đảng xem xét kết nạp, trong đó [[687|pa a t2018-2023 s=LĐLĐ TP.Thuận An]] đồng chí đã được kết nạp vào Đảng.

Phát biểu tại đại hội, ông Trần Văn Hùng, Chủ tịch LĐLĐ thành phố nhấn mạnh: “Trong 5 năm qua, dù chịu ảnh hưởng nặng nề của dịch Covid-19, các cấp công đoàn đã chăm lo cho [[312.450|ben a t2018-2023 s=LĐLĐ TP.Thuận An n=5 năm qua in the quoted speech = the term 2018-2023 named before (rule 8)]] lượt đoàn viên, người lao động với tổng kinh phí hơn [[126 tỷ|sf a t2018-2023 b=o s=LĐLĐ TP.Thuận An]] đồng. Riêng năm 2021, thời điểm dịch bệnh căng thẳng nhất, số tiền hỗ trợ lên đến [[58,4 tỷ|sf a y2021 s=LĐLĐ TP.Thuận An n=another period in the same article: the year 2021 (records.md periods)]] đồng”.

Chương trình “Mái ấm Công đoàn” trong nhiệm kỳ xây mới [[64|sh a t2018-2023 s=LĐLĐ TP.Thuận An]] căn nhà, tổng trị giá [[3,2 tỷ|shf a t2018-2023 s=LĐLĐ TP.Thuận An]] đồng. Các cấp công đoàn ký kết [[27|wp a t2018-2023 s=LĐLĐ TP.Thuận An]] thỏa thuận hợp tác với doanh nghiệp trong Chương trình “Phúc lợi đoàn viên công đoàn”, giảm giá từ 5% đến 15% cho đoàn viên khi mua hàng.

Nhiệm kỳ 2023-2028, đại hội đề ra mục tiêu: phấn đấu kết nạp mới [[35.000|mn t t2023-2028 s=LĐLĐ TP.Thuận An]] đoàn viên, thành lập [[150|un t t2023-2028 s=LĐLĐ TP.Thuận An]] CĐCS; 80% doanh nghiệp có tổ chức công đoàn ký kết thỏa ước lao động tập thể.

Đại hội đã bầu 31 đồng chí vào Ban Chấp hành LĐLĐ thành phố khóa IV và 15 đại biểu dự Đại hội Công đoàn tỉnh lần thứ XI.

QUANG TÁM

Chia sẻ bài viết

Gửi file đính kèm không quá 10MB Đính kèm File
'''))

ARTS.append(('ap04', 'https://congdoanyte.namdinh.gov.vn/tin-tuc/cong-doan-nganh-y-te-tong-ket-nam-2017-1843.html', '2018-01-19', 'Nam Định', '''Công đoàn ngành Y tế tổng kết hoạt động năm 2017

Đăng lúc: 19/01/2018 09:12:44 AM

Ngày 18/1, Công đoàn ngành Y tế tỉnh Nam Định tổ chức hội nghị tổng kết hoạt động công đoàn năm 2017, triển khai nhiệm vụ năm 2018.

Năm 2017, Công đoàn ngành có [[36|ut a pub s=Công đoàn ngành Y tế n=sector union stock; the article states it for the year, but a stock of unions is dated at publication (rule 7)]] công đoàn cơ sở trực thuộc với [[7.415|mt a pub s=Công đoàn ngành Y tế n=stock -> publication date (rule 7)]] đoàn viên; kết nạp mới [[412|mn a y2017 s=Công đoàn ngành Y tế]] đoàn viên, đạt [[137%|mn p y2017 s=Công đoàn ngành Y tế]] kế hoạch. Toàn ngành có [[36/36|oc a y2017 s=Công đoàn ngành Y tế v=36 n=x/y: the numerator (rule 3)]] đơn vị tổ chức hội nghị cán bộ, công chức, viên chức đúng quy định.

Năm qua, các công đoàn cơ sở trong ngành tích cực phối hợp với thủ trưởng đơn vị thực hiện quy chế dân chủ, chăm lo điều kiện làm việc cho cán bộ, nhân viên y tế; phát động phong trào thi đua “Đổi mới phong cách, thái độ phục vụ của cán bộ y tế hướng tới sự hài lòng của người bệnh”. Nhiều sáng kiến cải tiến kỹ thuật được áp dụng có hiệu quả tại các bệnh viện tuyến tỉnh và tuyến huyện.

Kết quả chăm lo của một số đơn vị trong năm:

Đơn vị	Lượt người được thăm hỏi	Kinh phí (triệu đồng)
Bệnh viện Đa khoa tỉnh	[[1.206|ben a y2017 s=Bệnh viện Đa khoa tỉnh n=table row: breakdown by body (rule 6)]]	[[412|sf a y2017 s=Bệnh viện Đa khoa tỉnh v=412000000 n=column header gives triệu đồng: 412 triệu -> 412000000 (rule 3)]]
Bệnh viện Sản Nhi	[[845|ben a y2017 s=Bệnh viện Sản Nhi n=table row (rule 6)]]	[[268|sf a y2017 s=Bệnh viện Sản Nhi v=268000000 n=column header in triệu đồng (rule 3)]]
Trung tâm Y tế huyện Hải Hậu	[[390|ben a y2017 s=Trung tâm Y tế huyện Hải Hậu n=table row (rule 6)]]	[[96|sf a y2017 s=Trung tâm Y tế huyện Hải Hậu v=96000000 n=column header in triệu đồng (rule 3)]]

Toàn ngành đã thăm hỏi, hỗ trợ [[4.862|ben a y2017 s=Công đoàn ngành Y tế]] lượt đoàn viên ốm đau, có hoàn cảnh khó khăn với tổng số tiền [[1,46 tỷ|sf a y2017 s=Công đoàn ngành Y tế]] đồng; mỗi trường hợp ốm đau dài ngày được hỗ trợ 1 triệu đồng. Năm 2016, con số này là [[3.910|ben a y2016 s=Công đoàn ngành Y tế n=previous-year comparison figure: a record of 2016 (records.md periods)]] lượt.

Công đoàn ngành phối hợp với Sở Y tế tổ chức [[4|tr a y2017 s=Công đoàn ngành Y tế]] hội nghị tập huấn cho [[520|te a y2017 s=Công đoàn ngành Y tế]] lượt cán bộ công đoàn; Ủy ban Kiểm tra Công đoàn ngành kiểm tra tài chính [[12|fi a y2017 s=Công đoàn ngành Y tế]] công đoàn cơ sở.

Năm 2018, Công đoàn ngành phấn đấu kết nạp [[300|mn t y2018 s=Công đoàn ngành Y tế]] đoàn viên mới, kiểm tra tài chính ít nhất [[15|fi t y2018 b=o s=Công đoàn ngành Y tế n=ít nhất -> over (rule 5)]] CĐCS.

Tin, ảnh: Thu Hà

Số lần đọc: 1.284
'''))

ARTS.append(('ap05', 'https://baothanhhoa.vn/doi-song/5-nam-trao-hon-460-mai-am-cong-doan-cho-doan-vien-kho-khan-142355.htm', '2021-03-23', 'Thanh Hóa', '''5 năm, trao hơn [[460|sh a t2016-2020 b=o n=headline repeat of the body 463 (rule 1): takes the programme period 2016-2020]] “Mái ấm Công đoàn” cho đoàn viên khó khăn

Cập nhật: 08:35, 23/03/2021

Ngày 23/3, Liên đoàn Lao động (LĐLĐ) tỉnh Thanh Hóa tổ chức hội nghị tổng kết 5 năm thực hiện Chương trình “Mái ấm Công đoàn” giai đoạn 2016-2020.

Giai đoạn 2016-2020, từ Quỹ Xã hội Công đoàn và nguồn vận động, các cấp công đoàn trong tỉnh đã hỗ trợ xây mới, sửa chữa [[463|sh a t2016-2020]] nhà “Mái ấm Công đoàn” cho đoàn viên có hoàn cảnh khó khăn về nhà ở, với tổng số tiền [[22,8 tỷ|shf a t2016-2020]] đồng. Mức hỗ trợ xây mới là 50 triệu đồng/nhà, sửa chữa 20 triệu đồng/nhà.

Kết quả theo từng năm:
• Năm 2016: [[71|sh a y2016 n=bullet under a heading with its own year (rule 8)]] nhà, [[3,1 tỷ|shf a y2016]] đồng;
• Năm 2017: [[84|sh a y2017]] nhà, [[3,9 tỷ|shf a y2017]] đồng;
• Năm 2018: [[96|sh a y2018]] nhà, [[4,6 tỷ|shf a y2018]] đồng;
• Năm 2019: [[102|sh a y2019]] nhà, [[5,2 tỷ|shf a y2019]] đồng;
• Năm 2020: [[110|sh a y2020]] nhà, [[6 tỷ|shf a y2020]] đồng.

Trong đó, Công đoàn ngành Giáo dục hỗ trợ [[118|sh a t2016-2020 s=Công đoàn ngành Giáo dục n=sector union breakdown of the term total (rule 6)]] nhà, nhiều nhất trong các đơn vị. Lũy kế từ khi triển khai chương trình năm 2009 đến nay, toàn tỉnh đã có [[1.036|sh a 2009-01-01..2021-03-23 n=lũy kế từ năm 2009 đến nay -> 2009-01-01 .. publication (records.md: từ đầu năm X đến nay); a flow, not a _total stock]] đoàn viên được hỗ trợ nhà ở.

Phát biểu tại hội nghị, bà Lê Thị Mai, Phó Chủ tịch LĐLĐ tỉnh cho biết: “Giai đoạn 2021-2025, LĐLĐ tỉnh đặt mục tiêu hỗ trợ ít nhất [[500|sh t t2021-2025 b=o n=mục tiêu ... ít nhất -> target, over (rules 4, 5)]] nhà Mái ấm Công đoàn, với kinh phí khoảng [[27 tỷ|shf t t2021-2025 b=a]] đồng; riêng năm 2021 phấn đấu hoàn thành [[95|sh t y2021]] nhà”.

Dịp này, 12 tập thể và 20 cá nhân được LĐLĐ tỉnh tặng bằng khen.

Hồng Nhung

Tin liên quan
LĐLĐ tỉnh trao 15 Mái ấm Công đoàn tại huyện Mường Lát
Hơn 2.000 đoàn viên được hỗ trợ dịp Tết Tân Sửu
'''))
