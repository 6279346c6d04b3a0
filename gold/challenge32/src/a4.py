"""al16-al20."""
ARTS = []

ARTS.append(('al16', 'https://baoquangtri.vn/xa-hoi/202602/ldld-tinh-cham-lo-tet-cho-hon-62000-doan-vien-nguoi-lao-dong-5f2a91c/',
             '2026-02-06', 'Quảng Trị', '''LĐLĐ tỉnh chăm lo Tết cho hơn [[62.000|ben a y2026 b=o n=rule 1: rounded headline repeat of 62.480, Tết Bính Ngọ 2026]] đoàn viên, người lao động

Thứ Sáu, 06/02/2026 - 16:05

QTO - Chiều 5/2, tại phường Đồng Hới, Liên đoàn Lao động (LĐLĐ) tỉnh Quảng Trị tổ chức chương trình “Tết Sum vầy - Xuân ơn Đảng” năm 2026 cho đoàn viên, người lao động (NLĐ) có hoàn cảnh khó khăn.

Tại chương trình, LĐLĐ tỉnh trao [[310|ben a y2026 n=post-merger: the merged province's union -> Quảng Trị; Tết 2026 figures take the Tết year]] suất quà, mỗi suất trị giá 1 triệu đồng, và tặng [[150|ben a y2026 n=rule 9: train tickets given to members are beneficiaries]] vé tàu cho công nhân về quê đón Tết. Gian hàng “Chợ Tết Công đoàn” phát 600 phiếu mua hàng 0 đồng cho đoàn viên.

Lãnh đạo LĐLĐ tỉnh trao quà Tết cho đoàn viên có hoàn cảnh khó khăn tại phường Đồng Hới.

Tính đến ngày 5/2, các cấp công đoàn trong tỉnh đã chăm lo Tết cho [[62.480|ben a y2026 n=rule 8: Tính đến ngày 5/2 is a date; the nearest earlier period phrase is the 2026 Tết programme]] đoàn viên, NLĐ với tổng kinh phí hơn [[71,3 tỷ|sf a y2026 b=o]] đồng, trong đó khu vực Quảng Bình (cũ) là [[34.150|ben a y2026 r=Quảng Bình n=post-merger: khu vực Quảng Bình (cũ) -> region Quảng Bình, region_2025 Quảng Trị; whole old province, no scope]] người.

Dự kiến đến trước Tết Nguyên đán, LĐLĐ tỉnh tiếp tục hỗ trợ khoảng [[2.000|ben t y2026 b=a n=rule 4: dự kiến -> target]] đoàn viên bị ảnh hưởng bởi bão lũ cuối năm 2025.

Thanh Trúc
'''))

ARTS.append(('al17', 'https://baobacgiang.vn/bg/lao-dong-viec-lam/1417293/cong-doan-cac-kcn-tu-van-phap-luat-cho-hon-1100-luot-cong-nhan.html',
             None, 'Bắc Giang', '''Công đoàn các KCN: Tư vấn pháp luật cho hơn [[1.100|lc a f5-2014 b=o s=Công đoàn các KCN n=rule 1: rounded headline repeat of 1.140 takes its period]] lượt công nhân

Cập nhật lúc 08:15, Thứ Năm, 12/06/2014 (GMT+7)

BGĐT- 5 tháng đầu năm 2014, Công đoàn các khu công nghiệp (KCN) tỉnh đã tư vấn pháp luật cho [[1.140|lc a f5-2014 s=Công đoàn các KCN n=rule 10: KCN union, province from the site, with a scope]] lượt công nhân lao động, chủ yếu về hợp đồng lao động, tiền lương, bảo hiểm xã hội.

Công đoàn các KCN phối hợp tổ chức [[14|tr a f5-2014 s=Công đoàn các KCN]] hội nghị tuyên truyền pháp luật cho [[8.600|te a f5-2014 s=Công đoàn các KCN]] lượt công nhân; tham gia [[9|sv a f5-2014 s=Công đoàn các KCN]] cuộc kiểm tra, giám sát việc thực hiện pháp luật lao động tại doanh nghiệp; hướng dẫn [[27|wd a f5-2014 s=Công đoàn các KCN]] doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc.

Trong Tháng Công nhân năm 2014, có [[64|wmu a mo2014-05 s=Công đoàn các KCN n=rule 8: Tháng Công nhân -> May of that year]] CĐCS trong các KCN tổ chức các hoạt động chăm lo cho công nhân.

Cán bộ Công đoàn các KCN tư vấn pháp luật cho công nhân Công ty TNHH Fuhong Precision Component (KCN Đình Trám).

Hiện các KCN của tỉnh có khoảng 48 nghìn lao động, trong đó hơn 80% là lao động nữ.

Đức Thuận

Ý kiến bạn đọc (0)
'''))

ARTS.append(('al18', 'https://tinmoi.vn/hoa-binh-ket-nap-2630-doan-vien-cong-doan-011592846.html',
             None, 'Hòa Bình', '''Hòa Bình: Kết nạp [[2.630|mn a y2018 n=rule 1: headline repeat of the body figure]] đoàn viên công đoàn

Năm 2018, các cấp công đoàn tỉnh Hòa Bình đã kết nạp [[2.630|mn a y2018]] đoàn viên, đạt [[131,5%|mn p y2018]] kế hoạch; thành lập [[17|un a y2018]] công đoàn cơ sở (CĐCS), giải thể [[6|ud a y2018]] CĐCS do doanh nghiệp ngừng hoạt động.

Toàn tỉnh hiện có [[1.102|ut a null n=rule 7: stock, no publication date -> null..null]] CĐCS với [[71.580|mt a null n=rule 7: stock, no publication date -> null..null]] đoàn viên.

Các cấp công đoàn thành lập [[9|wc a y2018]] Ban nữ công quần chúng; giới thiệu [[412|pr a y2018]] đoàn viên ưu tú cho Đảng, trong đó [[286|pa a y2018]] đồng chí đã được kết nạp. Công đoàn chủ trì, tham gia [[36|sv a y2018]] cuộc kiểm tra, giám sát; Ủy ban Kiểm tra công đoàn các cấp kiểm tra tài chính [[58|fi a y2018]] đơn vị.

Năm 2019, Liên đoàn Lao động tỉnh phấn đấu kết nạp [[2.500|mn t y2019]] đoàn viên, thành lập [[12|un t y2019]] CĐCS.

Theo Báo Hòa Bình
'''))

ARTS.append(('al19', 'http://congdoangiaoduc.thuathienhue.edu.vn/index.php/tin-tuc/hoat-dong/tong-ket-nam-hoc-2011-2012-cong-doan-nganh-giao-duc.html',
             None, 'Thừa Thiên Huế', '''Công đoàn ngành Giáo dục tổng kết năm học 2011-2012

Ngày 24/8/2012, Công đoàn ngành Giáo dục tỉnh Thừa Thiên Huế tổ chức hội nghị tổng kết hoạt động công đoàn năm học 2011-2012, triển khai nhiệm vụ năm học 2012-2013.

Trong năm học 2011-2012, có [[612/615|oc a sy2011 s=Công đoàn ngành Giáo dục n=rule 3: x/y -> x; school year period; sector union gives its province with a scope]] đơn vị trường học tổ chức hội nghị cán bộ, công chức, viên chức đúng quy định. Các cấp công đoàn trong ngành đã thăm hỏi, trợ cấp [[1.320|ben a sy2011 s=Công đoàn ngành Giáo dục]] lượt đoàn viên ốm đau, gặp khó khăn với số tiền gần [[845 triệu|sf a sy2011 b=u s=Công đoàn ngành Giáo dục]] đồng; vận động xây dựng [[7|sh a sy2011 s=Công đoàn ngành Giáo dục]] nhà “Mái ấm Công đoàn” trị giá [[210 triệu|shf a sy2011 s=Công đoàn ngành Giáo dục]] đồng, mỗi nhà 30 triệu đồng.

Công đoàn ngành đã giới thiệu [[96|pr a sy2011 s=Công đoàn ngành Giáo dục]] đoàn viên ưu tú cho Đảng xem xét kết nạp. Hiện toàn ngành có [[17.860|mt a null s=Công đoàn ngành Giáo dục n=rule 7: stock; published is null (the body date 24/8/2012 is the event, not a publication date) -> null..null]] đoàn viên sinh hoạt tại [[418|ut a null s=Công đoàn ngành Giáo dục]] CĐCS.

Năm học 2012-2013, Công đoàn ngành phấn đấu xây dựng [[10|sh t sy2012 s=Công đoàn ngành Giáo dục]] nhà “Mái ấm Công đoàn” cho giáo viên khó khăn về nhà ở.

Hội nghị đã khen thưởng 28 CĐCS xuất sắc và 45 cán bộ công đoàn tiêu biểu.

Văn phòng Công đoàn ngành
Lượt truy cập: 215.904
'''))

ARTS.append(('al20', 'https://tinmoinhat.news/ha-nam-thang-cong-nhan-nam-2019-huong-ve-co-so/',
             None, 'Hà Nam', '''Hà Nam: Tháng Công nhân năm 2019 hướng về cơ sở

Tháng Công nhân năm 2019 có chủ đề “Vì việc làm bền vững và tăng phúc lợi cho đoàn viên công đoàn”. Liên đoàn Lao động tỉnh Hà Nam phấn đấu có ít nhất [[250|wmu t mo2019-05 b=o n=rule 8: Tháng Công nhân target -> May 2019]] công đoàn cơ sở (CĐCS) tổ chức các hoạt động Tháng Công nhân; thăm, tặng [[3.000|ben t mo2019-05]] suất quà cho công nhân lao động có hoàn cảnh khó khăn với kinh phí khoảng [[1,5 tỷ|sf t mo2019-05 b=a]] đồng; tổ chức đối thoại tại [[40|wd t mo2019-05]] doanh nghiệp và vận động [[20|meal t mo2019-05]] doanh nghiệp nâng giá trị bữa ăn ca lên từ 15.000 đồng/suất trở lên.

Năm 2018, Tháng Công nhân có [[231|wmu a mo2018-05 n=rule 8: Tháng Công nhân 2018 -> May 2018]] CĐCS tham gia; các cấp công đoàn đã trao [[2.740|ben a mo2018-05]] suất quà trị giá [[1,37 tỷ|sf a mo2018-05]] đồng, tổ chức đối thoại tại [[36|wd a mo2018-05]] doanh nghiệp.

Công nhân Công ty TNHH Nidec Việt Nam (KCN Đồng Văn II) tham gia hoạt động Tháng Công nhân.

Các hoạt động Tháng Công nhân năm nay tập trung tại các KCN Đồng Văn I, II, III, Châu Sơn, nơi có hơn 60.000 công nhân đang làm việc.

C.Tuấn

Tin liên quan
Hà Nam: Thành lập 12 CĐCS trong quý I
'''))
