"""challenge62 co16-co20."""

ARTS = []

# co16: Lao Động page, undated; Công đoàn các KCN Bắc Ninh, Tháng Công nhân 2017.
ARTS.append(('co16', 'https://laodong.vn/cong-doan/bac-ninh-hon-6800-suat-qua-cho-cong-nhan-trong-thang-cong-nhan-541302.ldo', None, 'Bắc Ninh', """Bắc Ninh: Hơn [[6.800|ben a mo2017-05 b=o s=Công đoàn các KCN n=headline repeat of 6.850 of Tháng Công nhân 2017 takes its period and scope (gold README 1)]] suất quà cho công nhân trong Tháng Công nhân

Bảo Hân |

Trong Tháng Công nhân năm 2017, Công đoàn các KCN Bắc Ninh đã chỉ đạo [[112|wmu a mo2017-05 s=Công đoàn các KCN n=a zone union gives its province with a scope (records.md regions); Tháng Công nhân 2017 is May 2017]] CĐCS tổ chức các hoạt động thiết thực chăm lo cho đoàn viên, công nhân lao động.

Theo đó, các cấp công đoàn đã thăm hỏi, tặng [[6.850|ben a mo2017-05 s=Công đoàn các KCN]] suất quà cho công nhân có hoàn cảnh khó khăn, công nhân bị bệnh hiểm nghèo, tai nạn lao động, tổng trị giá [[2,74 tỉ|sf a mo2017-05 s=Công đoàn các KCN]] đồng; hỗ trợ xây dựng [[3|sh a mo2017-05 s=Công đoàn các KCN]] nhà "Mái ấm Công đoàn" với số tiền [[150 triệu|shf a mo2017-05 s=Công đoàn các KCN]] đồng.

Cũng trong tháng, Công đoàn các KCN phối hợp với doanh nghiệp tổ chức đối thoại tại [[86|wd a mo2017-05 s=Công đoàn các KCN]] doanh nghiệp; vận động [[18|meal a mo2017-05 s=Công đoàn các KCN]] doanh nghiệp nâng giá trị bữa ăn ca từ 15.000 đồng lên 18.000 - 20.000 đồng/suất.

Lễ phát động Tháng Công nhân tại KCN Yên Phong thu hút hơn 3.000 công nhân tham gia, trong đó có nhiều hoạt động như khám sức khỏe, tư vấn pháp luật, hội chợ hàng Việt.

Hiện các KCN tỉnh Bắc Ninh thu hút hơn 240.000 lao động, trong đó trên 70% là lao động nữ đến từ các tỉnh khác.

Bình luận (0)

Tin mới
Bắc Giang: 1.200 công nhân được khám sức khỏe miễn phí
Vĩnh Phúc: Tuyên dương 50 công nhân lao động giỏi
"""))

# co17: baocaobang-like page, dated 2015-01-13; year 2014 review with light scraping damage.
ARTS.append(('co17', 'http://baocaobang.vn/Xa-hoi/LDLD-tinh-tong-ket-hoat-dong-cong-doan-nam-2014/58213.bcb', '2015-01-13', 'Cao Bằng', """LĐLĐ tỉnh tổng kết hoạt động công đoàn năm 2014

Thứ Ba, 13/01/2015 | 09:20

Sáng 12/1, Liên đoàn Lao động (LĐLĐ) tỉnh tổ chức Hội nghị tổng kết hoạt động công đoàn năm 2014, triển khai nhiệm vụ năm 2015.

Năm 2014, các cấp công đoàn trong tỉnh kết nạp [[1.0 57|mn a y2014 v=1057 n=scraped space inside the number resolved (gold README 3)]] đoàn viên, đạt [[105,7%|mn p y2014]] kế hoạch; thành lập mới [[l6|un a y2014 v=16 n=scraped l for 1 resolved (gold README 3)]] công đoàn cơ sở (CĐCS), giải thể [[2|ud a y2014]] CĐCS do đơn vị sáp nhập, giải thể. Đến nay, toàn tỉnh có [[798|ut a pub n=đến nay ... có: stock dated at publication (gold README 7)]] CĐCS với [[28.460|mt a pub]] đoàn viên.

Công tác chăm lo đời sống cho đoàn viên, công nhân viên chức lao động được quan tâm. Trong năm, công đoàn các cấp thăm hỏi, tặng quà cho [[2.940|ben a y2014]] lượt đoàn viên, người lao động với tổng số tiền trên [[1,2 tỷ|sf a y2014 b=o]] đồng; phối hợp tổ chức [[412|oc a y2014]] hội nghị cán bộ, công chức, viên chức tại các cơ quan, đơn vị.

Hoạt động cùa Ủy ban Kiểm tra được duy trì: UBKT công đoàn các cấp kiểm tra tài chính [[46|fi a y2014]] đơn vị.

Năm 2015, LĐLĐ tỉnh phấn đấu kết nạp [[1.000|mn t y2015]] đoàn viên, thành lập mới [[10|un t y2015]] CĐCS; 100% CĐCS khu vực hành chính sự nghiệp tổ chức hội nghị cán bộ, công chức, viên chức.

Dịp này, LĐLĐ tỉnh tặng Bằng khen cho 15 tập thể, 21 cá nhân có thành tích xuất sắc.

Nông Thu
"""))

# co18: baogialai-like page of the merged Gia Lai, dated 2026-01-20; Tết Bính Ngọ 2026.
ARTS.append(('co18', 'https://baogialai.com.vn/cong-doan-gia-lai-trao-hon-18-600-suat-qua-tet-cho-doan-vien-nguoi-lao-dong-post412803.html', '2026-01-20', 'Gia Lai', """Công đoàn Gia Lai trao hơn [[18.600|ben a y2026 b=o n=headline repeat of 18.640 (gold README 1); Tết Bính Ngọ 2026 gives the year 2026]] suất quà Tết cho đoàn viên, người lao động

20/01/2026 - 07:45

(GLO)- Tính đến ngày 19/1, công đoàn các cấp trong tỉnh Gia Lai đã trao [[18.640|ben a y2026 n=Tết Bính Ngọ 2026 care counted to 19/1 dated to the Tết year 2026 (Tết year convention); the merged federation reports under the kept name (gold README 10)]] suất quà Tết Bính Ngọ 2026 cho đoàn viên, người lao động, tổng trị giá hơn [[14,3 tỉ|sf a y2026 b=o]] đồng.

Trong đó, khu vực Bình Định (cũ) trao [[11.200|ben a y2026 r=Bình Định s=khu vực Bình Định (cũ) n=khu vực X (cũ) gives the old province (gold README 10)]] suất quà; khu vực Gia Lai (cũ) trao [[7.440|ben a y2026 s=khu vực Gia Lai (cũ) n=khu vực Gia Lai (cũ): the old province of the same name (gold README 10)]] suất quà. Riêng Chương trình "Tết sum vầy - Xuân ơn Đảng" tổ chức tại phường Quy Nhơn Đông đã trao [[300|ben a y2026 r=Bình Định s=phường Quy Nhơn Đông n=a ward in the former Bình Định gives Bình Định (gold README 10)]] suất quà, mỗi suất 1 triệu đồng.

Theo kế hoạch, dịp Tết Bính Ngọ 2026, LĐLĐ tỉnh dự kiến chăm lo cho khoảng [[52.000|ben t y2026 b=a]] đoàn viên, người lao động với tổng kinh phí khoảng [[42 tỉ|sf t y2026 b=a]] đồng. Bên cạnh đó, LĐLĐ tỉnh dự kiến phối hợp với các nhà xe hỗ trợ [[1.200|ben t y2026 n=tickets planned for Tết are a target (gold README 4, 9)]] vé xe cho công nhân về quê đón Tết.

Toàn tỉnh hiện có 135 xã, phường; công đoàn cấp xã đã được kiện toàn tại tất cả các địa phương. Theo ông Nguyễn Thanh Hải, Chủ tịch LĐLĐ tỉnh, các phần quà sẽ được trao trước ngày 10/2/2026 để đoàn viên kịp đón Tết.

Hoàng Ngọc

Tin liên quan
Phường Pleiku: Trao 100 suất quà cho công nhân vệ sinh môi trường
"""))

# co19: znews-style copy of Báo Đắk Nông, undated; trainings, dissemination, legal aid 2022.
ARTS.append(('co19', 'https://znews.vn/dak-nong-tap-huan-cho-hon-1-100-luot-can-bo-cong-doan-post1379520.html', None, 'Đắk Nông', """Đắk Nông tập huấn cho hơn [[1.100|te a y2022 b=o n=headline repeat of 1.126 of năm 2022 (gold README 1)]] lượt cán bộ công đoàn

Năm 2022, Liên đoàn Lao động (LĐLĐ) tỉnh Đắk Nông tổ chức [[14|tr a y2022]] lớp tập huấn nghiệp vụ cho [[1.126|te a y2022]] lượt cán bộ công đoàn cơ sở, tập trung vào kỹ năng đối thoại, thương lượng và công tác tài chính công đoàn.

Cùng với đó, các cấp công đoàn phối hợp tổ chức [[36|tr a y2022 n=dissemination conferences counted as trainings (indicators.tsv)]] hội nghị tuyên truyền, phổ biến pháp luật cho hơn [[4.200|te a y2022 b=o]] lượt đoàn viên, người lao động tại các huyện Đắk R'lấp, Tuy Đức, Đắk Song; tư vấn pháp luật cho [[318|lc a y2022]] lượt người lao động.

Trong năm, các cấp công đoàn cũng thành lập mới [[5|wc a y2022]] Ban nữ công quần chúng tại các doanh nghiệp có đông lao động nữ.

Năm 2023, LĐLĐ tỉnh Đắk Nông phấn đấu tổ chức ít nhất [[12|tr t y2023 b=o]] lớp tập huấn, đồng thời đẩy mạnh tuyên truyền qua mạng xã hội, nhóm Zalo của các CĐCS.

Đắk Nông hiện có hơn 16.000 công nhân lao động làm việc tại các doanh nghiệp, chủ yếu trong lĩnh vực khai thác bô-xít, chế biến nông sản.

Đọc thêm
Đắk Nông: 300 công nhân được tặng quà dịp Tháng Công nhân

Đức Hùng

Theo Báo Đắk Nông
"""))

# co20: union portal, Vĩnh Long, undated; district union congress, term 2018-2023 results and 2023-2028 targets.
ARTS.append(('co20', 'http://congdoanvinhlong.org.vn/tin-tuc/dai-hoi-cong-doan-huyen-long-ho-lan-thu-x-nhiem-ky-2023-2028-2187.html', None, 'Vĩnh Long', """Trang chủ > Tin tức - Sự kiện > Đại hội công đoàn các cấp

Đại hội Công đoàn huyện Long Hồ lần thứ X, nhiệm kỳ 2023 - 2028

Lượt xem: 712

Ngày 14/4, Liên đoàn Lao động (LĐLĐ) huyện Long Hồ tổ chức Đại hội Công đoàn huyện lần thứ X, nhiệm kỳ 2023 - 2028. Dự đại hội có 150 đại biểu đại diện cho đoàn viên của các CĐCS trực thuộc.

Nhiệm kỳ 2018 - 2023, LĐLĐ huyện đã kết nạp [[2.346|mn a t2018-2023 s=LĐLĐ huyện Long Hồ n=a district union gives its province with a scope (records.md regions)]] đoàn viên, đạt [[117,3%|mn p t2018-2023 s=LĐLĐ huyện Long Hồ]] chỉ tiêu nhiệm kỳ; thành lập mới [[28|un a t2018-2023 s=LĐLĐ huyện Long Hồ]] CĐCS; giới thiệu [[186|pr a t2018-2023 s=LĐLĐ huyện Long Hồ]] đoàn viên ưu tú cho Đảng, trong đó [[97|pa a t2018-2023 s=LĐLĐ huyện Long Hồ]] đồng chí đã được kết nạp.

Công đoàn các cấp đã thăm, tặng quà cho [[12.400|ben a t2018-2023 s=LĐLĐ huyện Long Hồ]] lượt đoàn viên, người lao động với tổng số tiền [[5,6 tỷ|sf a t2018-2023 s=LĐLĐ huyện Long Hồ]] đồng; hỗ trợ xây mới, sửa chữa [[21|sh a t2018-2023 s=LĐLĐ huyện Long Hồ]] nhà Mái ấm Công đoàn với số tiền [[1,05 tỷ|shf a t2018-2023 s=LĐLĐ huyện Long Hồ]] đồng. Hiện LĐLĐ huyện có [[143|ut a null s=LĐLĐ huyện Long Hồ n=stock (hiện) in an undated page: null..null (gold README 7)]] CĐCS với [[6.218|mt a null s=LĐLĐ huyện Long Hồ n=stock (hiện) in an undated page: null..null (gold README 7)]] đoàn viên.

Nhiệm kỳ 2023 - 2028, đại hội đề ra chỉ tiêu kết nạp [[2.000|mn t t2023-2028 s=LĐLĐ huyện Long Hồ]] đoàn viên, thành lập mới [[20|un t t2023-2028 s=LĐLĐ huyện Long Hồ]] CĐCS, giới thiệu [[150|pr t t2023-2028 s=LĐLĐ huyện Long Hồ]] đoàn viên ưu tú cho Đảng; hằng năm có trên 90% CĐCS được xếp loại hoàn thành tốt nhiệm vụ.

Đại hội đã bầu Ban Chấp hành LĐLĐ huyện khóa X gồm 19 đồng chí và bầu 9 đại biểu dự Đại hội Công đoàn tỉnh Vĩnh Long lần thứ XI.

Các tin khác
- Đại hội Công đoàn ngành Y tế tỉnh nhiệm kỳ 2023 - 2028 (11/4)
- LĐLĐ thị xã Bình Minh kết nạp 85 đoàn viên trong quý I
"""))
