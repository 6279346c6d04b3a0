"""ag01-ag05: year report of a province, KCN union half-year, education sector school year,
district congress, public-employees union 9 months."""

AG01 = """Năm 2019, Công đoàn tỉnh kết nạp hơn [[7.000|mn a y2019 b=o n=rounded headline repeat of the body's 7.326: body region and period, bound from its own word (rule 1, 5)]] đoàn viên mới

THỨ SÁU, 10/01/2020 15:42:10

Năm 2019, các cấp công đoàn trong tỉnh kết nạp [[7.326|mn a y2019]] đoàn viên, thành lập mới [[41|un a y2019]] công đoàn cơ sở, đều vượt chỉ tiêu Tổng Liên đoàn Lao động Việt Nam giao.

Sáng 10/1, Liên đoàn Lao động (LĐLĐ) tỉnh tổ chức hội nghị tổng kết hoạt động công đoàn và phong trào công nhân, viên chức, lao động năm 2019, triển khai nhiệm vụ năm 2020. Dự hội nghị có hơn 200 đại biểu là cán bộ công đoàn chủ chốt các cấp.

Theo báo cáo, năm 2019, các cấp công đoàn trong tỉnh đã kết nạp [[7.326|mn a y2019]] đoàn viên, đạt [[122%|mn p y2019]] kế hoạch; thành lập mới [[41|un a y2019]] công đoàn cơ sở (CĐCS), đạt [[117%|un p y2019]], trong đó khu vực ngoài nhà nước là [[36|un a y2019 s=khu vực ngoài nhà nước n=breakdown after trong đó (rule 6)]] CĐCS với [[6.890|mn a y2019 s=khu vực ngoài nhà nước n=members of newly founded unions count as members_new (rule 9)]] đoàn viên. Đến nay, toàn tỉnh có [[1.412|ut a pub n=stock đến nay ... có dated at publication (rule 7)]] CĐCS với [[167.540|mt a pub]] đoàn viên, trong đó khu vực doanh nghiệp ngoài nhà nước có [[98.215|mt a pub s=khu vực doanh nghiệp ngoài nhà nước]] đoàn viên.

Dịp Tết Nguyên đán Kỷ Hợi 2019, các cấp công đoàn đã thăm, tặng quà cho [[21.640|ben a y2019 n=Tết figure inside a year report takes the Tết year]] lượt đoàn viên, người lao động với tổng kinh phí gần [[9,8 tỷ|sf a y2019 b=u]] đồng; riêng LĐLĐ tỉnh trao [[1.200|ben a y2019 s=LĐLĐ tỉnh n=riêng breakdown by the provincial body itself (rule 6); the 500.000 per gift is a per-item amount (rule 11)]] suất quà, mỗi suất 500.000 đồng. Trong Tháng Công nhân năm 2019, [[1.036|wmu a mo2019-05]] CĐCS đã tổ chức các hoạt động hưởng ứng; [[214|wd a mo2019-05 n=same sentence as Tháng Công nhân 2019 -> May 2019]] doanh nghiệp tổ chức đối thoại tại nơi làm việc. Năm 2019, các cấp công đoàn đã phối hợp kiểm tra, giám sát việc thực hiện chính sách, pháp luật lao động tại [[183|sv a y2019]] doanh nghiệp, tăng 27 doanh nghiệp so với cùng kỳ năm 2018.

Năm 2020, LĐLĐ tỉnh phấn đấu kết nạp [[6.500|mn t y2020]] đoàn viên, thành lập mới [[35|un t y2020]] CĐCS; 80% doanh nghiệp có tổ chức công đoàn tổ chức hội nghị người lao động; xây dựng, sửa chữa [[20|sh t y2020]] nhà Mái ấm Công đoàn.

Dịp này, LĐLĐ tỉnh tặng bằng khen cho 32 tập thể và 45 cá nhân có thành tích xuất sắc năm 2019.

THÀNH CHUNG

Tin liên quan
Gần 2.000 công nhân được hỗ trợ vé xe về quê đón Tết
Chí Linh: 15 doanh nghiệp ký thỏa ước lao động tập thể
"""

AG02 = """Công đoàn các KCN sơ kết 6 tháng đầu năm 2018

Thứ Năm, 12/07/2018 - 09:15

(BVP) - Ngày 11/7, Công đoàn các Khu công nghiệp (KCN) tỉnh tổ chức hội nghị sơ kết công tác công đoàn 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2018.

Hiện nay, Công đoàn các KCN tỉnh quản lý [[236|ut a pub s=Công đoàn các KCN n=KCN union: province from the site, scope the body (rule 10); stock dated at publication (rule 7)]] CĐCS với [[71.480|mt a pub s=Công đoàn các KCN]] đoàn viên. 6 tháng đầu năm 2018, đơn vị đã thành lập mới [[14|un a h1-2018 s=Công đoàn các KCN]] CĐCS, kết nạp [[4.215|mn a h1-2018 s=Công đoàn các KCN]] đoàn viên, tăng 1.102 đoàn viên so với cùng kỳ năm 2017; trong đó, riêng các doanh nghiệp FDI kết nạp [[3.760|mn a h1-2018 s=các doanh nghiệp FDI n=riêng breakdown (rule 6); the 1.102 year-on-year difference is not a record]] đoàn viên. Do doanh nghiệp giải thể, ngừng hoạt động, [[3|ud a h1-2018 s=Công đoàn các KCN]] CĐCS đã giải thể, giảm [[1.870|ml a h1-2018 s=Công đoàn các KCN]] đoàn viên.

Công tác đại diện, bảo vệ quyền lợi hợp pháp của người lao động được chú trọng. [[182/236|wkc a h1-2018 s=Công đoàn các KCN n=x/y -> x (rule 3); the following đạt 77% is the coverage rate 182/236, no target (rule 11)]] doanh nghiệp đã tổ chức hội nghị người lao động, đạt 77%; [[47|ca a h1-2018 s=Công đoàn các KCN]] doanh nghiệp ký mới thỏa ước lao động tập thể, nâng tổng số thỏa ước còn hiệu lực lên [[198|ca a pub s=Công đoàn các KCN n=stock of agreements in force with nâng tổng số: dated at publication (rule 7)]] bản. Công đoàn các KCN đã phối hợp với chủ doanh nghiệp điều chỉnh tăng mức bữa ăn ca tại [[38|meal a h1-2018 s=Công đoàn các KCN]] doanh nghiệp, mức ăn phổ biến từ 15.000 - 22.000 đồng/suất. Trong dịp Tháng Công nhân, [[126|wd a mo2018-05 s=Công đoàn các KCN n=Tháng Công nhân without year -> May of the publication year (rule 8)]] doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc; Công đoàn các KCN trực tiếp tư vấn pháp luật cho [[2.340|lc a mo2018-05 s=Công đoàn các KCN n=same sentence as Tháng Công nhân -> May 2018]] lượt công nhân.

Các cấp công đoàn đã thăm hỏi, hỗ trợ [[640|ben a h1-2018 s=Công đoàn các KCN]] lượt đoàn viên ốm đau, tai nạn lao động với số tiền trên [[320 triệu|sf a h1-2018 b=o s=Công đoàn các KCN]] đồng; trao [[2|sh a h1-2018 s=Công đoàn các KCN]] nhà Mái ấm Công đoàn trị giá [[100 triệu|shf a h1-2018 s=Công đoàn các KCN]] đồng.

6 tháng cuối năm, Công đoàn các KCN tỉnh phấn đấu thành lập thêm [[10|un t l6-2018 s=Công đoàn các KCN n=6 tháng cuối năm without year -> publication year]] CĐCS, kết nạp [[3.000|mn t l6-2018 s=Công đoàn các KCN]] đoàn viên, ký mới [[25|ca t l6-2018 s=Công đoàn các KCN]] bản thỏa ước lao động tập thể.

Phương Thảo

Ý kiến bạn đọc (0)
"""

AG03 = """Công đoàn ngành Giáo dục tổng kết năm học 2016 - 2017

Ngày 5/8, Công đoàn ngành Giáo dục Nam Định tổ chức hội nghị tổng kết hoạt động công đoàn năm học 2016 - 2017, triển khai nhiệm vụ năm học 2017 - 2018. Đến dự có đại diện Công đoàn Giáo dục Việt Nam, LĐLĐ tỉnh và lãnh đạo Sở Giáo dục và Đào tạo.

Năm học 2016 - 2017, toàn ngành có [[612/614|oc a sy2016 s=Công đoàn ngành Giáo dục n=x/y -> x (rule 3); school year Sep-Aug (records.md)]] đơn vị trường học tổ chức hội nghị cán bộ, công chức, viên chức đúng quy định. Công đoàn ngành đã chỉ đạo các công đoàn cơ sở kết nạp [[486|mn a sy2016 s=Công đoàn ngành Giáo dục]] đoàn viên mới, nâng tổng số đoàn viên toàn ngành lên [[21.735|mt a null s=Công đoàn ngành Giáo dục n=stock with nâng tổng số and no publication date -> null..null (rule 7)]] người, sinh hoạt tại [[628|ut a null s=Công đoàn ngành Giáo dục n=stock in the same nâng tổng số sentence -> null..null (rule 7)]] CĐCS. Công tác bồi dưỡng cán bộ được quan tâm với [[12|tr a sy2016 s=Công đoàn ngành Giáo dục]] lớp tập huấn cho [[1.450|te a sy2016 s=Công đoàn ngành Giáo dục]] lượt cán bộ công đoàn cơ sở. Công đoàn ngành giới thiệu [[318|pr a sy2016 s=Công đoàn ngành Giáo dục]] đoàn viên ưu tú để Đảng xem xét kết nạp, trong đó [[274|pa a sy2016 s=Công đoàn ngành Giáo dục]] đồng chí đã được kết nạp vào Đảng.

Về công tác chăm lo, các cấp công đoàn đã thăm hỏi, tặng quà cho [[1.925|ben a sy2016 s=Công đoàn ngành Giáo dục]] lượt nhà giáo, người lao động ốm đau, hoàn cảnh khó khăn với tổng số tiền hơn [[1,3 tỷ|sf a sy2016 b=o s=Công đoàn ngành Giáo dục]] đồng. Quỹ "Mái ấm Công đoàn" của ngành đã hỗ trợ xây mới [[6|sh a sy2016 s=Công đoàn ngành Giáo dục n=new and repaired houses are two figures of shelter_houses; no total is given]] nhà, sửa chữa [[3|sh a sy2016 s=Công đoàn ngành Giáo dục]] nhà cho đoàn viên khó khăn về nhà ở, tổng số tiền [[315 triệu|shf a sy2016 s=Công đoàn ngành Giáo dục]] đồng, mỗi nhà xây mới được hỗ trợ 40 triệu đồng.

Năm học 2017 - 2018, Công đoàn ngành phấn đấu 100% đơn vị tổ chức hội nghị cán bộ, công chức, viên chức; kết nạp ít nhất [[400|mn t sy2017 b=o s=Công đoàn ngành Giáo dục n=ít nhất -> over (rule 5)]] đoàn viên mới; xây mới, sửa chữa [[8|sh t sy2017 s=Công đoàn ngành Giáo dục]] nhà Mái ấm Công đoàn.

Tại hội nghị, 28 tập thể và 56 cá nhân được Công đoàn Giáo dục Việt Nam và Công đoàn ngành tặng bằng khen.

Minh Hằng - Công đoàn ngành Giáo dục
"""

AG04 = """Đại hội Công đoàn huyện Hoằng Hóa lần thứ XX, nhiệm kỳ 2018-2023

15/06/2018 - 10:21

(Baothanhhoa.vn) - Ngày 14/6, Liên đoàn Lao động (LĐLĐ) huyện Hoằng Hóa tổ chức Đại hội Công đoàn huyện lần thứ XX, nhiệm kỳ 2018-2023. Dự đại hội có 180 đại biểu chính thức.

Nhiệm kỳ 2013-2018, phong trào CNVCLĐ và hoạt động công đoàn huyện có nhiều chuyển biến tích cực. Các cấp công đoàn đã phát triển mới [[1.784|mn a t2013-2018 s=huyện Hoằng Hóa n=district union: province Thanh Hóa, scope the district (rule 10); term period (records.md)]] đoàn viên, đạt [[178%|mn p t2013-2018 s=huyện Hoằng Hóa]] chỉ tiêu đại hội; thành lập mới [[19|un a t2013-2018 s=huyện Hoằng Hóa]] CĐCS, trong đó [[17|un a t2013-2018 s=khu vực ngoài nhà nước n=breakdown (rule 6)]] CĐCS khu vực ngoài nhà nước. Hiện LĐLĐ huyện quản lý [[96|ut a pub s=huyện Hoằng Hóa]] CĐCS với [[4.352|mt a pub s=huyện Hoằng Hóa]] đoàn viên. Nhiệm kỳ qua có 97% cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức; các cấp công đoàn giới thiệu [[264|pr a t2013-2018 s=huyện Hoằng Hóa n=nhiệm kỳ qua -> the 2013-2018 term named before]] đoàn viên ưu tú cho Đảng, [[231|pa a t2013-2018 s=huyện Hoằng Hóa]] đoàn viên đã được kết nạp. Quỹ "Mái ấm Công đoàn" huyện đã hỗ trợ xây dựng, sửa chữa [[42|sh a t2013-2018 s=huyện Hoằng Hóa]] nhà với tổng số tiền trên [[1,1 tỷ|shf a t2013-2018 b=o s=huyện Hoằng Hóa]] đồng; các cấp công đoàn thăm hỏi, tặng quà cho [[4.120|ben a t2013-2018 s=huyện Hoằng Hóa]] lượt đoàn viên, người lao động khó khăn với số tiền gần [[1,6 tỷ|sf a t2013-2018 b=u s=huyện Hoằng Hóa]] đồng.

Nhiệm kỳ 2018-2023, Đại hội đề ra các chỉ tiêu: phát triển mới [[1.500|mn t t2018-2023 s=huyện Hoằng Hóa]] đoàn viên; thành lập mới ít nhất [[15|un t t2018-2023 b=o s=huyện Hoằng Hóa]] CĐCS; giới thiệu [[250|pr t t2018-2023 s=huyện Hoằng Hóa]] đoàn viên ưu tú cho Đảng; xây dựng, sửa chữa [[40|sh t t2018-2023 s=huyện Hoằng Hóa]] nhà Mái ấm Công đoàn.

Đại hội đã bầu 27 đồng chí vào Ban Chấp hành khóa XX và 6 đại biểu đi dự Đại hội Công đoàn tỉnh lần thứ XIX, nhiệm kỳ 2018-2023.

Lê Hà
"""

AG05 = """Công đoàn Viên chức tỉnh sơ kết hoạt động 9 tháng đầu năm 2022

Chiều 6/10, Ban Chấp hành Công đoàn Viên chức tỉnh Quảng Nam tổ chức hội nghị lần thứ 8 (mở rộng) sơ kết hoạt động công đoàn 9 tháng đầu năm và triển khai nhiệm vụ 3 tháng cuối năm 2022.

Theo báo cáo, 9 tháng đầu năm 2022, Công đoàn Viên chức tỉnh đã phối hợp tổ chức [[7|tr a f9-2022 s=Công đoàn Viên chức tỉnh]] hội nghị tập huấn nghiệp vụ cho [[612|te a f9-2022 s=Công đoàn Viên chức tỉnh]] cán bộ công đoàn cơ sở; tổ chức tuyên truyền, phổ biến pháp luật cho hơn [[5.300|te a f9-2022 b=o s=Công đoàn Viên chức tỉnh]] lượt đoàn viên. [[94/96|oc a f9-2022 s=Công đoàn Viên chức tỉnh n=x/y -> x; the 97,9% that follows is a coverage rate (rule 11)]] cơ quan, đơn vị đã tổ chức hội nghị cán bộ, công chức, viên chức, đạt 97,9%. Đơn vị đã kết nạp [[173|mn a f9-2022 s=Công đoàn Viên chức tỉnh]] đoàn viên, đạt [[86,5%|mn p f9-2022 s=Công đoàn Viên chức tỉnh n=part-way attainment of the year plan takes the reporting period]] kế hoạch năm; thành lập mới [[2|un a f9-2022 s=Công đoàn Viên chức tỉnh]] CĐCS tại các đơn vị sự nghiệp, nâng tổng số CĐCS trực thuộc lên [[98|ut a null s=Công đoàn Viên chức tỉnh n=stock, no publication date -> null..null (rule 7)]] đơn vị với [[6.284|mt a null s=Công đoàn Viên chức tỉnh]] đoàn viên. Có [[11|wc a f9-2022 s=Công đoàn Viên chức tỉnh]] CĐCS đã thành lập Ban nữ công quần chúng.

Ủy ban Kiểm tra Công đoàn Viên chức tỉnh đã kiểm tra tài chính [[12|fi a f9-2022 s=Công đoàn Viên chức tỉnh]] CĐCS, đạt [[100%|fi p f9-2022 s=Công đoàn Viên chức tỉnh n=đạt N% kế hoạch -> attainment (rule 4)]] kế hoạch; tham gia [[4|sv a f9-2022 s=Công đoàn Viên chức tỉnh]] cuộc giám sát việc thực hiện quy chế dân chủ tại cơ quan, đơn vị. Công đoàn đã thăm hỏi [[236|ben a f9-2022 s=Công đoàn Viên chức tỉnh]] lượt đoàn viên ốm đau, gặp khó khăn với tổng số tiền gần [[190 triệu|sf a f9-2022 b=u s=Công đoàn Viên chức tỉnh]] đồng; giới thiệu [[45|pr a f9-2022 s=Công đoàn Viên chức tỉnh]] đoàn viên ưu tú cho tổ chức Đảng xem xét kết nạp.

3 tháng cuối năm, Công đoàn Viên chức tỉnh tập trung chuẩn bị tổ chức hội nghị cán bộ, công chức, viên chức năm 2023; phấn đấu kết nạp thêm [[30|mn t l3-2022 s=Công đoàn Viên chức tỉnh n=3 tháng cuối năm without year and no publication date -> the year of the lead's 3 tháng cuối năm 2022]] đoàn viên, hoàn thành kiểm tra tài chính ở [[8|fi t l3-2022 s=Công đoàn Viên chức tỉnh]] CĐCS còn lại.

Hội nghị cũng đã biểu quyết thông qua việc bầu bổ sung 2 ủy viên Ban Chấp hành.

Thu Hiền - Công đoàn Viên chức tỉnh
"""

ARTS = [
    ('ag01', 'https://baohaiduong.vn/lao-dong-viec-lam/nam-2019-cong-doan-tinh-ket-nap-hon-7000-doan-vien-moi-128455',
     '2020-01-10', 'Hải Dương', AG01),
    ('ag02', 'http://www.baovinhphuc.com.vn/xa-hoi/39412/cong-doan-cac-kcn-so-ket-6-thang-dau-nam-2018.html',
     '2018-07-12', 'Vĩnh Phúc', AG02),
    ('ag03', 'http://namdinh.edu.vn/cong-doan/cong-doan-nganh-giao-duc-tong-ket-nam-hoc-2016-2017-c3245-61278.aspx',
     None, 'Nam Định', AG03),
    ('ag04', 'https://baothanhhoa.vn/dai-hoi-cong-doan-huyen-hoang-hoa-lan-thu-xx-nhiem-ky-2018-2023-81547.htm',
     '2018-06-15', 'Thanh Hóa', AG04),
    ('ag05', 'http://congdoanquangnam.org.vn/tin-tuc/cong-doan-vien-chuc-tinh-so-ket-hoat-dong-9-thang-dau-nam-2022-4712.html',
     None, 'Quảng Nam', AG05),
]
