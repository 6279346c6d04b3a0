"""challenge59 articles cl01-cl05."""

KCN = 's=Công đoàn các KCN'

CL01 = """Công đoàn các KCN: 10 tháng thành lập mới [[42|un a f10-2018 """ + KCN + """ n=headline repeat of the body figure (gold README 1)]] công đoàn cơ sở

Thứ Tư, 14/11/2018 - 08:05

(BNO) - Từ đầu năm đến hết tháng 10/2018, Công đoàn các Khu công nghiệp (KCN) tỉnh đã thành lập mới [[42|un a f10-2018 """ + KCN + """]] công đoàn cơ sở (CĐCS), kết nạp [[13.560|mn a f10-2018 """ + KCN + """]] đoàn viên, đạt [[120%|mn p f10-2018 """ + KCN + """ n=part-way attainment of the year plan takes the reporting period (gold README 4, 8)]] kế hoạch năm.

Theo báo cáo của Công đoàn các KCN, các CĐCS mới chủ yếu được thành lập tại doanh nghiệp có vốn đầu tư nước ngoài ở KCN Yên Phong, Quế Võ và VSIP Bắc Ninh. Đến nay, Công đoàn các KCN đang quản lý [[412|ut a pub """ + KCN + """]] CĐCS với [[218.746|mt a pub """ + KCN + """]] đoàn viên, trong khi 16 KCN của tỉnh thu hút hơn 300.000 lao động.

Công tác đại diện, bảo vệ quyền lợi người lao động tiếp tục được chú trọng. Trong 10 tháng, các CĐCS đã phối hợp với người sử dụng lao động tổ chức hội nghị người lao động tại [[356|wkc a f10-2018 """ + KCN + """]] doanh nghiệp, đối thoại định kỳ tại [[298|wd a f10-2018 """ + KCN + """]] doanh nghiệp; ký mới [[64|ca a f10-2018 """ + KCN + """]] bản thỏa ước lao động tập thể, nâng tổng số thỏa ước còn hiệu lực lên [[327|ca a pub """ + KCN + """ n=agreements in force are the stock of signings, dated at publication (gold README 7)]] bản. Công đoàn các KCN cũng tham gia [[27|sv a f10-2018 """ + KCN + """]] cuộc kiểm tra, giám sát việc thực hiện chính sách pháp luật lao động và vận động [[85|meal a f10-2018 """ + KCN + """]] doanh nghiệp nâng giá trị bữa ăn ca lên từ 18.000 đồng/suất trở lên.

Ông Nguyễn Văn Thắng, Chủ tịch Công đoàn các KCN cho biết, những tháng cuối năm đơn vị sẽ tập trung vào các doanh nghiệp có từ 50 lao động trở lên nhưng chưa có tổ chức công đoàn.

Thu Hằng

Lượt xem: 1.402

Tin cùng chuyên mục
- LĐLĐ tỉnh trao 120 suất quà cho công nhân khó khăn
- Khai giảng lớp bồi dưỡng nghiệp vụ cho cán bộ công đoàn cơ sở
"""

CL02 = """Sóc Trăng: Hơn [[7,2 tỷ|sf a y2019 b=o n=rounded headline repeat of 7,26 tỷ keeps its own bound word (gold README 1, 5)]] đồng chăm lo Tết cho đoàn viên, người lao động

Tết Nguyên đán Kỷ Hợi 2019, các cấp công đoàn tỉnh Sóc Trăng đã thăm hỏi, tặng quà cho [[12.846|ben a y2019 n=Tết Kỷ Hợi 2019 dated to the Tết year]] lượt đoàn viên, người lao động có hoàn cảnh khó khăn.

Theo ông Lâm Văn Hiếu, Phó Chủ tịch LĐLĐ tỉnh Sóc Trăng, từ giữa tháng 12 âm lịch, các cấp công đoàn trong tỉnh đồng loạt tổ chức thăm hỏi, tặng quà cho đoàn viên tại các doanh nghiệp, cơ quan, trường học với tổng kinh phí [[7,26 tỷ|sf a y2019]] đồng. Trong đó, LĐLĐ tỉnh trực tiếp trao [[1.500|ben a y2019 s=LĐLĐ tỉnh trực tiếp n=breakdown (gold README 6)]] suất quà, mỗi suất 500.000 đồng; LĐLĐ các huyện, thị xã, thành phố và công đoàn ngành trao [[4.210|ben a y2019 s=LĐLĐ các huyện, thị xã, thành phố và công đoàn ngành]] suất; số còn lại do CĐCS và doanh nghiệp trao tặng.

Đặc biệt, Chương trình "Tết Sum vầy" năm nay được tổ chức tại KCN An Nghiệp, thu hút hơn 1.000 công nhân tham gia. Tại chương trình, LĐLĐ tỉnh trao [[350|ben a y2019 n=tickets given to members count as beneficiaries (gold README 9)]] vé xe cho công nhân xa quê về ăn Tết và tặng [[200|ben a y2019]] suất quà cho công nhân không về quê. Gian hàng "Chợ Tết Công đoàn" phát 2.000 phiếu mua hàng trị giá 200.000 đồng cho công nhân mua sắm.

Ông Hiếu cho biết thêm, năm 2018 LĐLĐ tỉnh cũng đã hỗ trợ xây mới [[15|sh a y2018]] nhà "Mái ấm Công đoàn" cho đoàn viên khó khăn về nhà ở.

NGUYỄN TRUNG

Bình luận (0)
Từ khóa: Tết Sum vầy, Sóc Trăng, công nhân
"""

CL03 = """Sôi nổi các hoạt động trong Tháng Công nhân

Cập nhật: 10:15, 28/05/2013

Tháng Công nhân năm 2013, toàn tỉnh có [[1.126|wmu a mo2013-05]] công đoàn cơ sở (CĐCS) tổ chức các hoạt động thiết thực chăm lo cho đoàn viên, người lao động.

Nhân dịp kỷ niệm 123 năm Ngày sinh Chủ tịch Hồ Chí Minh và Tháng Công nhân, Liên đoàn Lao động tỉnh Thái Nguyên đã chỉ đạo các cấp công đoàn tổ chức thăm hỏi, tặng quà cho [[3.450|ben a mo2013-05]] lượt đoàn viên có hoàn cảnh khó khăn, công nhân bị tai nạn lao động, với tổng số tiền trên [[1,15 tỷ|sf a mo2013-05 b=o]] đồng.

Các CĐCS đã phối hợp với chủ doanh nghiệp tổ chức đối thoại tại [[86|wd a mo2013-05]] doanh nghiệp, trong đó có [[24|wd a mo2013-05 s=doanh nghiệp trong KCN Sông Công n=breakdown (gold README 6)]] doanh nghiệp trong KCN Sông Công; thương lượng, vận động [[31|meal a mo2013-05]] doanh nghiệp nâng mức bữa ăn giữa ca, bảo đảm tối thiểu 15.000 đồng/suất. LĐLĐ tỉnh cũng bàn giao [[6|sh a mo2013-05]] nhà "Mái ấm Công đoàn" trị giá [[240 triệu|shf a mo2013-05]] đồng cho đoàn viên ở các huyện Đại Từ, Võ Nhai và Phú Lương.

Lễ phát động Tháng Công nhân tại thành phố Thái Nguyên thu hút hơn 5.000 công nhân viên chức lao động tham gia. Trong tháng, LĐLĐ tỉnh còn tổ chức [[4|tr a mo2013-05]] hội nghị tuyên truyền Bộ luật Lao động (sửa đổi) cho [[620|te a mo2013-05]] cán bộ công đoàn và công nhân.

Hoàng Anh
"""

CL04 = """Trang chủ > Tin tức > Hoạt động công đoàn

LĐLĐ huyện Trần Văn Thời tổng kết công tác công đoàn năm 2020

Ngày 14/1, Liên đoàn Lao động huyện Trần Văn Thời tổ chức hội nghị tổng kết hoạt động công đoàn năm 2020, triển khai phương hướng, nhiệm vụ năm 2021.

Năm 2020, dù chịu ảnh hưởng của dịch Covid-19, LĐLĐ huyện đã kết nạp [[412|mn a y2020 s=LĐLĐ huyện Trần Văn Thời]] đoàn viên, đạt [[103%|mn p y2020 s=LĐLĐ huyện Trần Văn Thời]] kế hoạch; thành lập mới [[5|un a y2020 s=LĐLĐ huyện Trần Văn Thời]] CĐCS. Hiện LĐLĐ huyện có [[96|ut a null s=LĐLĐ huyện Trần Văn Thời n=stock in an undated page (gold README 7)]] CĐCS với [[3.874|mt a null s=LĐLĐ huyện Trần Văn Thời n=stock in an undated page (gold README 7)]] đoàn viên.

Công tác chăm lo đời sống đoàn viên được quan tâm. Trong năm, các cấp công đoàn trong huyện đã thăm hỏi, hỗ trợ [[1.026|ben a y2020 s=LĐLĐ huyện Trần Văn Thời]] lượt đoàn viên, người lao động gặp khó khăn, ốm đau, với số tiền [[486 triệu|sf a y2020 s=LĐLĐ huyện Trần Văn Thời]] đồng; phối hợp xây dựng [[3|sh a y2020 s=LĐLĐ huyện Trần Văn Thời]] căn nhà "Mái ấm Công đoàn", mỗi căn 50 triệu đồng. LĐLĐ huyện cũng tổ chức [[12|tr a y2020 s=LĐLĐ huyện Trần Văn Thời]] lớp tập huấn nghiệp vụ cho [[780|te a y2020 s=LĐLĐ huyện Trần Văn Thời]] lượt cán bộ công đoàn cơ sở.

Năm 2021, LĐLĐ huyện phấn đấu kết nạp [[350|mn t y2021 s=LĐLĐ huyện Trần Văn Thời]] đoàn viên, thành lập [[4|un t y2021 s=LĐLĐ huyện Trần Văn Thời]] CĐCS.

Dịp này, LĐLĐ huyện khen thưởng 8 tập thể và 14 cá nhân có thành tích xuất sắc trong hoạt động công đoàn năm 2020.

Minh Khang (LĐLĐ huyện Trần Văn Thời)

Số lượt xem: 215
"""

CL05 = """Thứ Năm, 16/10/2025 - 15:40

Công đoàn phường Tuy Hòa thành lập thêm công đoàn cơ sở

(Baodaklak.vn) - Sáng 16/10, Công đoàn phường Tuy Hòa (tỉnh Đắk Lắk) tổ chức đại hội thành lập Công đoàn cơ sở Công ty TNHH Thủy sản Hải Vương với [[46|mn a pub r=Phú Yên s=Công đoàn phường Tuy Hòa n=a ward of the old Phú Yên reports for Phú Yên (gold README 10); members of a newly founded union count as members_new (gold README 9); the day of publication]] đoàn viên.

Đại hội đã bầu Ban Chấp hành công đoàn cơ sở lâm thời gồm 5 thành viên. Phát biểu tại đại hội, ông Trần Minh Quang, Chủ tịch Công đoàn phường Tuy Hòa, đề nghị Ban Chấp hành sớm xây dựng quy chế phối hợp với người sử dụng lao động, chăm lo việc làm, thu nhập cho đoàn viên.

Công đoàn phường Tuy Hòa ra mắt sau khi sắp xếp đơn vị hành chính. Từ ngày 1/7 đến nay, Công đoàn phường đã thành lập mới [[3|un a 2025-07-01..2025-10-16 r=Phú Yên s=Công đoàn phường Tuy Hòa n=từ ngày 1/7 đến nay runs to publication (records.md periods)]] CĐCS, kết nạp [[212|mn a 2025-07-01..2025-10-16 r=Phú Yên s=Công đoàn phường Tuy Hòa]] đoàn viên. Hiện Công đoàn phường quản lý [[58|ut a pub r=Phú Yên s=Công đoàn phường Tuy Hòa]] CĐCS với [[2.137|mt a pub r=Phú Yên s=Công đoàn phường Tuy Hòa]] đoàn viên.

Theo Liên đoàn Lao động tỉnh Đắk Lắk, 9 tháng năm 2025, toàn tỉnh thành lập mới [[41|un a f9-2025 n=the merged federation reports for the new province under its kept name (gold README 10)]] CĐCS, kết nạp [[6.930|mn a f9-2025]] đoàn viên. Năm 2025, LĐLĐ tỉnh đặt mục tiêu kết nạp [[10.000|mn t y2025]] đoàn viên, thành lập [[55|un t y2025]] CĐCS.

Hải Yến

Ý kiến bạn đọc (0)
"""

ARTS = [
    ('cl01', 'https://baobacninh.vn/cong-doan-cac-kcn-10-thang-thanh-lap-moi-42-cong-doan-co-so-215407.html',
     '2018-11-14', 'Bắc Ninh', CL01),
    ('cl02', 'http://tamlongvang.laodong.com.vn/cong-doan/soc-trang-hon-72-ty-dong-cham-lo-tet-cho-doan-vien-nguoi-lao-dong-671204.bld',
     None, 'Sóc Trăng', CL02),
    ('cl03', 'http://baothainguyen.vn/tin-tuc/xa-hoi/soi-noi-cac-hoat-dong-trong-thang-cong-nhan-194563-183.html',
     '2013-05-28', 'Thái Nguyên', CL03),
    ('cl04', 'http://congdoancamau.org.vn/tin-tuc/ldld-huyen-tran-van-thoi-tong-ket-cong-tac-cong-doan-nam-2020-1846.html',
     None, 'Cà Mau', CL04),
    ('cl05', 'https://baodaklak.vn/xa-hoi/202510/cong-doan-phuong-tuy-hoa-thanh-lap-them-cong-doan-co-so-4b12f70/',
     '2025-10-16', 'Đắk Lắk', CL05),
]
