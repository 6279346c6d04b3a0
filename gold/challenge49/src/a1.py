"""challenge49 articles cb01-cb05."""
ARTS = []

ARTS.append(('cb01', 'https://baobacgiang.com.vn/bg/lao-dong-viec-lam/178342/luc-ngan-ket-nap-hon-1100-doan-vien.html', '2016-03-08', 'Bắc Giang', """Lục Ngạn: Kết nạp hơn [[1.100|mn a y2015 b=o s=LĐLĐ huyện Lục Ngạn n=headline repeat of the body's 1.126 (rule 1): its region and period, its own bound word]] đoàn viên công đoàn

Thứ Ba, 08/03/2016 | 09:42

BGĐT - Ngày 7/3, Liên đoàn Lao động (LĐLĐ) huyện Lục Ngạn tổ chức hội nghị tổng kết hoạt động công đoàn năm 2015, triển khai nhiệm vụ năm 2016.

Năm 2015, LĐLĐ huyện chỉ đạo các công đoàn cơ sở (CĐCS) tập trung rà soát lao động tại các doanh nghiệp, trường học và trạm y tế trên địa bàn. Kết quả, toàn huyện kết nạp [[1.126|mn a y2015 s=LĐLĐ huyện Lục Ngạn]] đoàn viên, đạt [[112,6%|mn p y2015 s=LĐLĐ huyện Lục Ngạn n=attainment of the year's plan (rule 4)]] kế hoạch; thành lập mới [[9|un a y2015 s=LĐLĐ huyện Lục Ngạn]] CĐCS. Hiện LĐLĐ huyện có [[146|ut a pub s=LĐLĐ huyện Lục Ngạn n=stock: hiện ... có, dated at publication (rule 7)]] CĐCS với [[6.874|mt a pub s=LĐLĐ huyện Lục Ngạn]] đoàn viên.

Công tác chăm lo đời sống đoàn viên được quan tâm. Dịp Tết Ất Mùi và Tháng Công nhân, các cấp công đoàn trong huyện đã tặng [[820|ben a y2015 s=LĐLĐ huyện Lục Ngạn]] suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn, tổng trị giá [[410 triệu|sf a y2015 s=LĐLĐ huyện Lục Ngạn]] đồng; mỗi suất từ 300.000 đến 500.000 đồng.

Năm 2016, LĐLĐ huyện Lục Ngạn phấn đấu kết nạp [[1.000|mn t y2016 s=LĐLĐ huyện Lục Ngạn]] đoàn viên, thành lập [[8|un t y2016 b=o s=LĐLĐ huyện Lục Ngạn n=trở lên after the counted noun -> over (rule 5)]] CĐCS trở lên, 100% CĐCS khu vực hành chính sự nghiệp tổ chức hội nghị cán bộ, công chức, viên chức đúng quy định.

Dịp này, LĐLĐ huyện khen thưởng 25 tập thể và 30 cá nhân có thành tích xuất sắc trong phong trào CNVCLĐ năm 2015.

Lan Anh

Lượt xem: 1.047
"""))

ARTS.append(('cb02', 'https://nld.com.vn/cong-doan/cong-doan-cac-kcn-binh-duong-cham-lo-4500-cong-nhan-20180529193215481.htm', '2018-05-29', 'Bình Dương', """Công đoàn các KCN Bình Dương: Chăm lo cho [[4.500|ben a mo2018-05 s=Công đoàn các KCN n=headline repeat of the body figure (rule 1)]] công nhân

29/05/2018 19:32

(NLĐO) - Trong Tháng Công nhân năm 2018, Công đoàn các khu công nghiệp (KCN) tỉnh Bình Dương đã tổ chức nhiều hoạt động thiết thực chăm lo cho đoàn viên, người lao động.

Theo báo cáo của Công đoàn các KCN tỉnh Bình Dương, Tháng Công nhân năm nay được tổ chức tại [[312|wmu a mo2018-05 s=Công đoàn các KCN n=Tháng Công nhân 2018 -> May 2018 (records.md periods)]] CĐCS. Các cấp công đoàn đã thăm hỏi, tặng [[4.500|ben a mo2018-05 s=Công đoàn các KCN]] suất quà cho công nhân có hoàn cảnh khó khăn, tổng trị giá hơn [[2,2 tỉ|sf a mo2018-05 b=o s=Công đoàn các KCN]] đồng. Công đoàn các KCN cũng phối hợp tổ chức đối thoại tại [[45|wd a mo2018-05 s=Công đoàn các KCN]] doanh nghiệp, vận động [[17|meal a mo2018-05 s=Công đoàn các KCN n=the 20.000 đồng level only qualifies the enterprises (records.md thresholds)]] doanh nghiệp nâng giá trị bữa ăn giữa ca lên từ 20.000 đồng/suất trở lên.

Ngày hội "Công nhân khỏe" tổ chức tại KCN Việt Nam - Singapore thu hút hơn 3.000 công nhân tham gia với 12 gian hàng giới thiệu việc làm và tư vấn sức khỏe miễn phí.

Công nhân KCN Mỹ Phước nhận quà trong Tháng Công nhân. Ảnh: T.H

Ông Nguyễn Văn Hòa, Chủ tịch Công đoàn các KCN tỉnh, cho biết đến cuối năm 2018, đơn vị phấn đấu thành lập thêm [[30|un t y2018 s=Công đoàn các KCN]] CĐCS và kết nạp [[12.000|mn t y2018 s=Công đoàn các KCN]] đoàn viên.

Thành Hải
"""))

ARTS.append(('cb03', 'https://baothuathienhue.vn/chinh-tri-xa-hoi/lao-dong/ldld-thi-xa-huong-thuy-tong-ket-nam-2019-a84129.html', '2019-12-20', 'Thừa Thiên Huế', """LĐLĐ thị xã Hương Thủy tổng kết hoạt động năm 2019

Cập nhật lúc 15:10 20/12/2019

(TTH.VN) - Chiều 19/12, LĐLĐ thị xã Hương Thủy tổ chức hội nghị tổng kết hoạt động công đoàn năm 2019 và triển khai nhiệm vụ năm 2020.

Trong năm, LĐLĐ thị xã đã thành lập [[6|un a y2019 s=LĐLĐ thị xã Hương Thủy n=district-level body -> its province with a scope (records.md regions)]] CĐCS, kết nạp [[412|mn a y2019 s=LĐLĐ thị xã Hương Thủy]] đoàn viên. Các cấp công đoàn tổ chức [[24|tr a y2019 s=LĐLĐ thị xã Hương Thủy n=dissemination conferences counted as trainings (as challenge42)]] hội nghị tuyên truyền pháp luật cho [[2.150|te a y2019 s=LĐLĐ thị xã Hương Thủy]] lượt đoàn viên, người lao động; tham gia [[8|sv a y2019 s=LĐLĐ thị xã Hương Thủy]] cuộc giám sát việc thực hiện chế độ, chính sách tại doanh nghiệp.

Chương trình "Mái ấm Công đoàn" tiếp tục được triển khai với [[3|sh a y2019 s=LĐLĐ thị xã Hương Thủy]] nhà được xây mới, tổng kinh phí hỗ trợ [[120 triệu|shf a y2019 s=LĐLĐ thị xã Hương Thủy]] đồng, mỗi nhà 40 triệu đồng.

Công tác xây dựng Đảng được chú trọng, LĐLĐ thị xã giới thiệu [[14|pr a y2019 s=LĐLĐ thị xã Hương Thủy]] đoàn viên ưu tú cho Đảng xem xét, đã có [[9|pa a y2019 s=LĐLĐ thị xã Hương Thủy]] đồng chí được kết nạp.

Dịp này, 12 tập thể và 18 cá nhân được LĐLĐ thị xã tặng giấy khen.

Tin, ảnh: Minh Thư

Bài liên quan:
- LĐLĐ huyện Phú Vang trao 50 suất quà cho công nhân khó khăn
- Công đoàn ngành Y tế tổ chức hội thao năm 2019
"""))

ARTS.append(('cb04', 'https://baomoi.com/cong-doan-nganh-giao-duc-soc-trang-cham-lo-doan-vien/c/28473916.epi', None, 'Sóc Trăng', """Công đoàn ngành Giáo dục Sóc Trăng chăm lo đoàn viên

Công đoàn ngành Giáo dục tỉnh Sóc Trăng vừa tổng kết hoạt động năm học 2017-2018, triển khai nhiệm vụ năm học mới.

Hiện Công đoàn ngành có [[142|ut a null s=Công đoàn ngành Giáo dục n=stock in an undated page -> null..null (rule 7)]] CĐCS với [[11.520|mt a null s=Công đoàn ngành Giáo dục]] đoàn viên. Trong năm học 2017-2018, [[142/142|oc a sy2017 s=Công đoàn ngành Giáo dục n=x/y: the count is the first number (rule 3)]] đơn vị tổ chức hội nghị cán bộ, công chức, viên chức đúng quy định.

Các cấp công đoàn đã thăm hỏi, hỗ trợ [[356|ben a sy2017 s=Công đoàn ngành Giáo dục]] lượt đoàn viên khó khăn, ốm đau với số tiền [[285 triệu|sf a sy2017 s=Công đoàn ngành Giáo dục]] đồng. Ủy ban Kiểm tra Công đoàn ngành kiểm tra tài chính [[12|fi a sy2017 s=Công đoàn ngành Giáo dục]] CĐCS, qua đó nhắc nhở 3 đơn vị chậm nộp kinh phí.

Năm học 2018-2019, Công đoàn ngành phấn đấu kiểm tra tài chính [[15|fi t sy2018 s=Công đoàn ngành Giáo dục]] CĐCS, vận động xây dựng [[2|sh t sy2018 s=Công đoàn ngành Giáo dục]] nhà "Mái ấm Công đoàn" cho giáo viên khó khăn.

Theo Báo Sóc Trăng
"""))

ARTS.append(('cb05', 'https://baohaiphong.com.vn/ldld-quan-ngo-quyen-6-thang-dau-nam-ket-nap-635-doan-vien-a41235.html', '2021-07-09', 'Hải Phòng', """LĐLĐ quận Ngô Quyền: 6 tháng đầu năm kết nạp [[635|mn a h1-2021 s=LĐLĐ quận Ngô Quyền n=headline repeat; the year-less 6 tháng đầu năm takes the publication year (rule 8)]] đoàn viên

Thứ Sáu, 09/07/2021 08:15

Sáng 8/7, LĐLĐ quận Ngô Quyền tổ chức hội nghị sơ kết công tác công đoàn 6 tháng đầu năm 2021.

Trong 6 tháng đầu năm 2021, LĐLĐ quận kết nạp [[635|mn a h1-2021 s=LĐLĐ quận Ngô Quyền]] đoàn viên, thành lập [[7|un a h1-2021 s=LĐLĐ quận Ngô Quyền]] CĐCS, đạt [[58,3%|un p h1-2021 s=LĐLĐ quận Ngô Quyền n=part-way attainment of the year's plan takes the reporting period (as challenge42)]] kế hoạch năm. Các CĐCS đã ký mới [[11|ca a h1-2021 s=LĐLĐ quận Ngô Quyền]] bản thỏa ước lao động tập thể; văn phòng tư vấn pháp luật của LĐLĐ quận tư vấn cho [[214|lc a h1-2021 s=LĐLĐ quận Ngô Quyền]] lượt người lao động.

Trước tác động của dịch Covid-19, các cấp công đoàn quận đã hỗ trợ [[1.240|ben a h1-2021 s=LĐLĐ quận Ngô Quyền]] lượt đoàn viên, người lao động bị mất việc, giảm giờ làm với tổng số tiền [[620 triệu|sf a h1-2021 s=LĐLĐ quận Ngô Quyền]] đồng, mức hỗ trợ 500.000 đồng/người.

6 tháng cuối năm, LĐLĐ quận phấn đấu thành lập thêm [[5|un t l6-2021 s=LĐLĐ quận Ngô Quyền]] CĐCS, kết nạp [[500|mn t l6-2021 s=LĐLĐ quận Ngô Quyền]] đoàn viên.

Hoàng Oanh

Số lần xem: 628
"""))
