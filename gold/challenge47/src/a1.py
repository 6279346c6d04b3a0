"""bz01-bz05: quarter, Tết, Workers' Month, half-year, school year."""

BZ01 = """Bắc Giang: Quý I/2023 kết nạp hơn [[3.200|mn a q1-2023 b=o v=3200 n=rule 1: rounded headline repeat of 3.248, takes the body's period]] đoàn viên công đoàn

Thứ Tư, 12/04/2023 - 08:15

BBG - Ba tháng đầu năm, công tác phát triển đoàn viên, thành lập công đoàn cơ sở trên địa bàn tỉnh có nhiều chuyển biến, nhất là ở khu vực doanh nghiệp ngoài nhà nước.

Theo Liên đoàn Lao động (LĐLĐ) tỉnh Bắc Giang, trong quý I/2023, các cấp công đoàn đã kết nạp mới [[3.248|mn a q1-2023]] đoàn viên, thành lập [[14|un a q1-2023]] công đoàn cơ sở (CĐCS). Kết quả kết nạp đoàn viên đạt [[32,5%|mn p q1-2023 n=rule 4: part-way attainment of the year plan takes the reporting quarter]] kế hoạch năm (chỉ tiêu năm 2023 là kết nạp [[10.000|mn t y2023]] đoàn viên). So với cùng kỳ năm trước, số đoàn viên kết nạp mới tăng 418 người (quý I/2022 kết nạp [[2.830|mn a q1-2022 n=cùng kỳ năm trước: the figure of the compared quarter is a record of its own period; the difference tăng 418 is not]] đoàn viên).

Trong số CĐCS mới thành lập, có [[11|un a q1-2023 s=doanh nghiệp ngoài nhà nước n=rule 6: breakdown]] CĐCS thuộc khu vực doanh nghiệp ngoài nhà nước, tập trung tại các KCN Quang Châu, Vân Trung, Đình Trám. Riêng Công đoàn các KCN tỉnh đã thành lập [[8|un a q1-2023 s=Công đoàn các KCN]] CĐCS với [[1.960|mn a q1-2023 s=Công đoàn các KCN n=rule 9: members of newly founded unions are members_new]] đoàn viên.

Lễ công bố quyết định thành lập CĐCS Công ty TNHH Kyung Bang Vina (KCN Quang Châu).

Cũng trong quý, do doanh nghiệp giải thể, ngừng hoạt động, LĐLĐ tỉnh đã giải thể [[3|ud a q1-2023]] CĐCS. Hiện toàn tỉnh có [[1.472|ut a pub]] CĐCS với hơn [[186.000|mt a pub b=o]] đoàn viên.

Trong quý II, LĐLĐ tỉnh phấn đấu thành lập ít nhất [[10|un t q2-2023 b=o n=rule 5: ít nhất is over]] CĐCS, tập trung vào các doanh nghiệp có từ 30 lao động trở lên chưa có tổ chức công đoàn.

Thu Hằng

Lượt xem: 1.208

Tin liên quan
- Yên Dũng: 5 doanh nghiệp ký thỏa ước lao động tập thể
- Trao 120 suất quà cho công nhân khó khăn KCN Đình Trám
"""

BZ02 = """Nghệ An: Hơn [[41 tỷ|sf a y2024 b=o n=rule 1: rounded headline repeat of 41,6 tỷ]] đồng chăm lo Tết Giáp Thìn cho đoàn viên, người lao động

Thứ Hai, 05/02/2024 - 10:20

Thành Chung

(Baonghean.vn) - Tính đến ngày 4/2, các cấp công đoàn tỉnh Nghệ An đã thăm hỏi, tặng quà Tết Nguyên đán Giáp Thìn 2024 cho [[52.314|ben a y2024 n=Tết figures take the Tết year; Tính đến ngày 4/2 is a date, the period is Tết Giáp Thìn 2024]] lượt đoàn viên, người lao động với tổng kinh phí [[41,6 tỷ|sf a y2024]] đồng, tăng 4.120 lượt so với Tết năm trước.

Dịp Tết Quý Mão 2023, toàn tỉnh đã chăm lo cho [[48.194|ben a y2023 n=the compared Tết of the year before, dated by its own Tết year]] lượt đoàn viên, người lao động với kinh phí [[36,9 tỷ|sf a y2023]] đồng.

Riêng Công đoàn Khu kinh tế Đông Nam đã trao [[6.800|ben a y2024 s=Công đoàn Khu kinh tế Đông Nam n=rule 6 and 10: a sector union below the province gives the province with a scope]] suất quà cho công nhân lao động tại các KCN VSIP, Bắc Vinh, Hoàng Mai, mỗi suất trị giá 500.000 đồng.

Lãnh đạo LĐLĐ tỉnh trao quà Tết cho công nhân KCN VSIP Nghệ An.

Chương trình "Tết Sum vầy" năm 2024 do LĐLĐ tỉnh tổ chức tại TP. Vinh đã trao [[1.200|ben a y2024]] suất quà và tặng [[350|ben a y2024 n=rule 9: bus tickets given to members count as beneficiaries]] vé xe cho công nhân về quê đón Tết. Tại "Chợ Tết Công đoàn", Ban tổ chức phát 2.000 phiếu mua hàng 0 đồng cho đoàn viên. Bên cạnh đó, [[27|ben a y2024]] đoàn viên có hoàn cảnh đặc biệt khó khăn được hỗ trợ 2 triệu đồng/người.

Chia sẻ: Facebook | Zalo

Tin liên quan
- Hà Tĩnh: 25.000 suất quà Tết cho người lao động
- Công đoàn Giáo dục tỉnh trao 300 suất quà cho giáo viên vùng cao
"""

BZ03 = """Đồng Nai: Hơn [[1.100|wmu a mo2023-05 b=o v=1100 n=rule 1: rounded headline repeat of 1.146]] công đoàn cơ sở tổ chức Tháng Công nhân

Cập nhật lúc 15:40, Thứ Sáu, 02/06/2023 (GMT+7)

ĐN - Ngày 1-6, Liên đoàn Lao động (LĐLĐ) tỉnh Đồng Nai tổ chức hội nghị tổng kết Tháng Công nhân năm 2023. Theo báo cáo, trong tháng có [[1.146|wmu a mo2023-05 n=Tháng Công nhân năm 2023 is May 2023; trong tháng points back to it]] CĐCS tổ chức các hoạt động hưởng ứng, thu hút hơn 350.000 lượt đoàn viên, người lao động tham gia.

Các cấp công đoàn đã thăm hỏi, tặng quà cho [[8.640|ben a mo2023-05]] đoàn viên, người lao động có hoàn cảnh khó khăn, bị tai nạn lao động với tổng số tiền [[5,2 tỷ|sf a mo2023-05]] đồng. Công đoàn phối hợp với người sử dụng lao động tổ chức đối thoại tại [[436|wd a mo2023-05]] doanh nghiệp; vận động [[41|meal a mo2023-05]] doanh nghiệp điều chỉnh tăng giá trị bữa ăn ca, mức thấp nhất 25.000 đồng/suất.

Công nhân Công ty TNHH Changshin Việt Nam (huyện Vĩnh Cửu) tham gia ngày hội Tháng Công nhân.

LĐLĐ tỉnh chủ trì, phối hợp tổ chức [[27|sv a mo2023-05]] cuộc giám sát việc thực hiện chính sách, pháp luật tại doanh nghiệp; tư vấn pháp luật cho [[1.150|lc a mo2023-05]] lượt công nhân tại các KCN Nhơn Trạch, Biên Hòa 2, Amata. Đợt cao điểm phát triển đoàn viên trong Tháng Công nhân đã kết nạp mới [[2.318|mn a mo2023-05]] đoàn viên, thành lập [[9|un a mo2023-05]] CĐCS.

Từ nay đến cuối năm 2023, LĐLĐ tỉnh phấn đấu vận động thêm [[50|meal t y2023 n=rule 4: phấn đấu is target; đến cuối năm 2023 dated to the year 2023]] doanh nghiệp nâng giá trị bữa ăn ca cho người lao động.

Dịp này, LĐLĐ tỉnh tặng bằng khen cho 35 tập thể và 52 cá nhân có thành tích xuất sắc.

Hạnh Dung
"""

BZ04 = """LĐLĐ tỉnh Quảng Trị: Tư vấn pháp luật cho hơn [[1.300|lc a h1-2022 b=o v=1300 n=rule 1: rounded headline repeat of 1.327]] lượt người lao động

14/07/2022 - 16:05

(QTO) - 6 tháng đầu năm 2022, các cấp công đoàn trong tỉnh đã tổ chức [[48|tr a h1-2022]] hội nghị tập huấn, tuyên truyền chính sách, pháp luật cho [[4.215|te a h1-2022]] lượt đoàn viên, người lao động; tư vấn pháp luật cho [[1.327|lc a h1-2022]] lượt người, trong đó tư vấn trực tiếp tại Văn phòng Tư vấn pháp luật LĐLĐ tỉnh [[219|lc a h1-2022 s=Văn phòng Tư vấn pháp luật LĐLĐ tỉnh n=rule 6: breakdown]] lượt.

Công đoàn đã tham gia cùng các sở, ngành [[12|sv a h1-2022]] cuộc kiểm tra, giám sát việc thực hiện chính sách bảo hiểm xã hội, an toàn vệ sinh lao động tại doanh nghiệp. Ủy ban Kiểm tra các cấp công đoàn đã kiểm tra tài chính đối với [[31|fi a h1-2022 n=kiểm tra tài chính đối với 31 CĐCS counted as 31 inspections]] CĐCS. Qua kiểm tra, công đoàn kiến nghị doanh nghiệp nộp 2,1 tỷ đồng tiền bảo hiểm xã hội còn nợ đọng.

Toàn tỉnh có thêm [[6|ca a h1-2022]] bản thỏa ước lao động tập thể được ký mới, nâng tổng số thỏa ước còn hiệu lực lên [[182|ca a pub n=rule 7: agreements in force are the stock of their signings, dated at publication]] bản.

Trong 6 tháng cuối năm, LĐLĐ tỉnh phấn đấu tổ chức thêm [[30|tr t h2-2022]] hội nghị tập huấn và tư vấn pháp luật cho ít nhất [[1.000|lc t h2-2022 b=o]] lượt người lao động, nhất là tại các KCN Nam Đông Hà, Quán Ngang.

Đường dây nóng tư vấn pháp luật của LĐLĐ tỉnh: 0233.3857.224.

Minh Hà
"""

BZ05 = """Công đoàn ngành Giáo dục Hà Nội: Kết nạp hơn [[1.100|mn a sy2023 b=o v=1100 s=Công đoàn ngành Giáo dục n=rule 1: rounded headline repeat of 1.146]] đoàn viên trong năm học 2023-2024

20/08/2024 09:12

(LĐTĐ) Ngày 19/8, Công đoàn ngành Giáo dục Hà Nội tổ chức hội nghị tổng kết công tác công đoàn năm học 2023-2024, triển khai nhiệm vụ năm học 2024-2025.

Báo cáo cho biết, trong năm học, [[2.784/2.791|oc a sy2023 v=2784 s=Công đoàn ngành Giáo dục n=rule 3: x/y counts the x]] đơn vị trường học đã tổ chức hội nghị viên chức, người lao động đúng quy định. Toàn ngành kết nạp mới [[1.146|mn a sy2023 s=Công đoàn ngành Giáo dục]] đoàn viên, thành lập mới [[5|un a sy2023 s=Công đoàn ngành Giáo dục]] CĐCS tại các trường ngoài công lập. Hiện Công đoàn ngành có [[2.860|ut a pub s=Công đoàn ngành Giáo dục]] CĐCS với hơn [[152.000|mt a pub b=o s=Công đoàn ngành Giáo dục]] đoàn viên.

Công đoàn ngành đã hỗ trợ xây mới, sửa chữa [[14|sh a sy2023 s=Công đoàn ngành Giáo dục]] nhà "Mái ấm Công đoàn" cho đoàn viên có hoàn cảnh khó khăn với tổng số tiền [[700 triệu|shf a sy2023 s=Công đoàn ngành Giáo dục]] đồng, mức hỗ trợ 50 triệu đồng/nhà; thăm hỏi, hỗ trợ [[3.260|ben a sy2023 s=Công đoàn ngành Giáo dục]] lượt đoàn viên ốm đau, gặp khó khăn với kinh phí [[2,45 tỷ|sf a sy2023 s=Công đoàn ngành Giáo dục]] đồng.

Năm học 2024-2025, Công đoàn ngành phấn đấu 100% đơn vị tổ chức hội nghị viên chức đúng quy trình; kết nạp mới ít nhất [[1.000|mn t sy2024 b=o s=Công đoàn ngành Giáo dục]] đoàn viên và hỗ trợ xây [[10|sh t sy2024 s=Công đoàn ngành Giáo dục]] nhà "Mái ấm Công đoàn".

Dịp này, Công đoàn ngành tặng bằng khen cho 46 tập thể và 85 cá nhân.

Ngọc Ánh

Bình luận (0)
"""

ARTS = [
    ('bz01', 'https://baobacgiang.vn/xa-hoi/quy-i-2023-ket-nap-hon-3200-doan-vien-cong-doan-403871.bbg', '2023-04-12', 'Bắc Giang', BZ01),
    ('bz02', 'https://baonghean.vn/hon-41-ty-dong-cham-lo-tet-giap-thin-cho-doan-vien-nguoi-lao-dong-post281204.html', '2024-02-05', 'Nghệ An', BZ02),
    ('bz03', 'https://baodongnai.com.vn/xa-hoi/202306/hon-1100-cong-doan-co-so-to-chuc-thang-cong-nhan-3161954/', '2023-06-02', 'Đồng Nai', BZ03),
    ('bz04', 'https://baoquangtri.vn/ldld-tinh-tu-van-phap-luat-cho-hon-1300-luot-nguoi-lao-dong-171552.htm', '2022-07-14', 'Quảng Trị', BZ04),
    ('bz05', 'https://laodongthudo.vn/cong-doan-nganh-giao-duc-ha-noi-ket-nap-hon-1100-doan-vien-175214.html', '2024-08-20', 'Hà Nội', BZ05),
]
