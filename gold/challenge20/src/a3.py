"""i19-i25: articles 2014-2025 with inline gold marks (see lib.py for the mark syntax)."""
ARTS = []


def A(*a):
    ARTS.append(a)


A('i19', 'https://baogialai.com.vn/ldld-tinh-gia-lai-9-thang-ket-nap-doan-vien', '2014-10-15', 'Gia Lai', '''
Gia Lai: 9 tháng, hơn [[2.000|mn a f9-2014 b=o n=rounded headline repeat of the body figure 2.046 (gold README 1)]] đoàn viên mới
9 tháng đầu năm 2014, LĐLĐ tỉnh Gia Lai đã kết nạp [[2.046|mn a f9-2014]] đoàn viên, tăng 312 đoàn viên so với cùng kỳ năm 2013, đạt [[73,1%|mn p f9-2014 n=part-way attainment takes the reporting period (challenge15 rule)]] chỉ tiêu cả năm ([[2.800|mn t y2014 n=chỉ tiêu cả năm -> the full year (gold README 8)]] đoàn viên); thành lập mới [[23|un a f9-2014]] CĐCS. Trừ số đoàn viên giảm do chuyển công tác, nghỉ hưu, doanh nghiệp giải thể, tổng số đoàn viên toàn tỉnh tăng tuyệt đối [[1.380|mnet a f9-2014 n=tăng tuyệt đối so với đầu năm is the net change, itself the indicator (indicators.tsv); tăng 312 so với cùng kỳ is a difference of two flows, not a record]] người so với đầu năm.
Các cấp công đoàn đã tổ chức [[57|tr a f9-2014]] lớp tập huấn cho khoảng [[4.200|te a f9-2014 b=a]] lượt cán bộ, đoàn viên; chủ trì và phối hợp [[29|sv a f9-2014]] cuộc kiểm tra, giám sát tại doanh nghiệp. Ủy ban Kiểm tra LĐLĐ tỉnh đã kiểm tra tài chính đối với [[14|fi a f9-2014 s=công đoàn cấp trên cơ sở n=two parts with no stated total: one record each, with its scope]] công đoàn cấp trên cơ sở và [[87|fi a f9-2014 s=CĐCS]] CĐCS.
Hàng nghìn đoàn viên, công nhân các nông trường cao su, cà phê đã được thăm hỏi, động viên kịp thời khi gặp khó khăn.
''')

A('i20', 'https://baosoctrang.org.vn/xa-hoi/tu-van-phap-luat-cho-nguoi-lao-dong', '2016-09-22', 'Sóc Trăng', '''
Sóc Trăng: Tư vấn pháp luật cho hơn [[1.000|lc a 2016-01-01..2016-09-22 b=o n=rounded headline repeat of the body figure 1.047: takes its period (gold README 1)]] lượt người lao động
Từ đầu năm 2016 đến nay, Trung tâm Tư vấn pháp luật Công đoàn tỉnh Sóc Trăng đã tư vấn pháp luật cho [[1.047|lc a 2016-01-01..2016-09-22 n=từ đầu năm 2016 đến nay -> 1 Jan to publication (records.md periods)]] lượt đoàn viên, người lao động, đạt [[69,8%|lc p 2016-01-01..2016-09-22 n=part-way attainment of the year plan takes the reporting period (challenge15 rule)]] kế hoạch năm ([[1.500|lc t y2016 n=kế hoạch năm -> target of the full year (gold README 4, 8)]] lượt). Trong đó, tư vấn trực tiếp [[612|lc a 2016-01-01..2016-09-22 s=tư vấn trực tiếp n=breakdown trong đó -> same indicator with a scope (gold README 6)]] lượt, qua điện thoại [[435|lc a 2016-01-01..2016-09-22 s=qua điện thoại]] lượt.
Nội dung tư vấn chủ yếu liên quan đến hợp đồng lao động, tiền lương, bảo hiểm xã hội và chế độ thai sản. Trung tâm đã tham gia bảo vệ quyền lợi cho 23 trường hợp tại tòa án, giúp người lao động nhận lại khoảng 850 triệu đồng tiền lương, trợ cấp.
Bên cạnh đó, LĐLĐ tỉnh phối hợp tổ chức [[32|tr a 2016-01-01..2016-09-22]] lớp tập huấn, tuyên truyền pháp luật lao động cho [[3.950|te a 2016-01-01..2016-09-22]] lượt công nhân tại các KCN An Nghiệp, Trần Đề.
Đường dây nóng của Trung tâm: 0299.3822.115.
''')

A('i21', 'https://baovinhlong.com.vn/xa-hoi/phat-dong-thang-cong-nhan-nam-2019', '2019-05-03', 'Vĩnh Long', '''
Vĩnh Long phát động Tháng Công nhân năm 2019
Sáng 2/5, LĐLĐ tỉnh Vĩnh Long tổ chức lễ phát động Tháng Công nhân năm 2019 với chủ đề "Công đoàn đồng hành cùng công nhân lao động vì việc làm bền vững".
Theo kế hoạch, trong Tháng Công nhân năm 2019, LĐLĐ tỉnh sẽ thăm hỏi, tặng [[1.500|ben t mo2019-05 n=theo kế hoạch ... sẽ: planned activity -> target (gold README 4)]] suất quà cho đoàn viên, công nhân lao động có hoàn cảnh khó khăn, mỗi suất 500.000 đồng; trao [[10|sh t mo2019-05]] nhà Mái ấm Công đoàn; phối hợp tổ chức đối thoại tại ít nhất [[30|wd t mo2019-05 b=o n=ít nhất -> over (gold README 5)]] doanh nghiệp.
Ngay tại lễ phát động, LĐLĐ tỉnh đã trao [[năm mươi|ben a mo2019-05 v=50 n=number words năm mươi -> 50 (records.md); period from the nearest earlier phrase Tháng Công nhân năm 2019 (records.md periods)]] suất quà cho công nhân Khu công nghiệp Hòa Phú và trao [[02|sh a mo2019-05 n=02 -> 2 (records.md 03/03)]] nhà Mái ấm Công đoàn với tổng trị giá [[100 triệu|shf a mo2019-05]] đồng.
Năm 2018, Tháng Công nhân đã được tổ chức tại hơn [[900|wmu a mo2018-05 b=o n=Tháng Công nhân of 2018 -> May 2018 (records.md periods)]] CĐCS; tỷ lệ doanh nghiệp tổ chức bữa ăn ca cho công nhân đạt 80%. Hàng chục doanh nghiệp đã tăng giá trị bữa ăn ca, tuy nhiên vẫn còn một số nơi dưới 15.000 đồng/suất.
''')

A('i22', 'https://baolangson.vn/xa-hoi/ho-tro-xay-dung-nha-mai-am-cong-doan-nam-2020', '2020-12-28', 'Lạng Sơn', '''
Lạng Sơn: Năm 2020 hỗ trợ xây dựng [[15|sh a y2020 n=headline repeat of the body figure (gold README 1)]] nhà Mái ấm Công đoàn
Năm 2020, LĐLĐ tỉnh Lạng Sơn đã hỗ trợ xây mới [[15|sh a y2020]] nhà Mái ấm Công đoàn cho đoàn viên khó khăn về nhà ở, vượt [[25%|sh p y2020 v=125 n=vượt 25% kế hoạch -> 125 (records.md status)]] kế hoạch, với tổng số tiền [[750 triệu|shf a y2020]] đồng (50 triệu đồng/nhà).
Trong năm, Công đoàn ngành Y tế tỉnh đã tặng [[1.320|ben a y2020 s=Công đoàn ngành Y tế]] suất quà cho cán bộ, nhân viên y tế tham gia phòng, chống dịch Covid-19, trị giá [[660 triệu|sf a y2020 s=Công đoàn ngành Y tế]] đồng.
Trong tháng 12, LĐLĐ huyện Cao Lộc trao [[85|ben a mo2020-12 s=huyện Cao Lộc n=tháng 12 without a year -> publication year (records.md periods); district union -> its province with a scope (records.md regions)]] suất quà cho đoàn viên nghèo, tổng giá trị [[12 triệu 750 nghìn|sf a mo2020-12 s=huyện Cao Lộc v=12750000 n=mixed money 12 triệu 750 nghìn -> 12750000 (gold README 3)]] đồng.
Dịp Tết Tân Sửu 2021, LĐLĐ tỉnh dự kiến tặng [[2.000|ben t y2021 n=dự kiến: planned -> target (gold README 4); Tết Tân Sửu 2021 -> its Tết year]] suất quà, mỗi suất 850 nghìn đồng, cho đoàn viên, người lao động có hoàn cảnh khó khăn. Năm 2021, LĐLĐ tỉnh phấn đấu hỗ trợ xây dựng [[20|sh t y2021]] nhà Mái ấm Công đoàn.
''')

A('i23', 'https://baophuyen.vn/xa-hoi/cong-doan-cham-lo-tet-nham-dan-2022', '2022-01-25', 'Phú Yên', '''
Phú Yên: Xấp xỉ [[11 tỷ|sf a y2022 b=a n=rounded headline repeat of the body figure 10,92 tỷ (gold README 1); xấp xỉ -> about]] đồng chăm lo Tết cho đoàn viên, người lao động
Tết Nhâm Dần 2022, các cấp công đoàn tỉnh Phú Yên đã chăm lo cho [[21.356|ben a y2022 n=Tết Nhâm Dần 2022 -> the Tết year (challenge15 convention)]] đoàn viên, người lao động với tổng kinh phí [[10,92 tỷ|sf a y2022]] đồng. Trong đó, nguồn tài chính công đoàn [[4,1 tỷ|sf a y2022 s=nguồn tài chính công đoàn n=breakdown trong đó -> same indicator with a scope (gold README 6)]] đồng, doanh nghiệp hỗ trợ [[6,82 tỷ|sf a y2022 s=doanh nghiệp hỗ trợ]] đồng.
LĐLĐ tỉnh trực tiếp trao [[800|ben a y2022 s=LĐLĐ tỉnh trực tiếp trao]] suất quà cho đoàn viên bị ảnh hưởng bởi dịch Covid-19, mỗi suất 1 triệu đồng. Công đoàn Giáo dục Việt Nam cũng trao [[50|ben a y2022 s=Công đoàn Giáo dục Việt Nam n=a national body acting in the province -> that province (records.md regions)]] suất quà cho giáo viên có hoàn cảnh khó khăn tại các huyện miền núi Sông Hinh, Sơn Hòa.
Năm 2021, công đoàn các cấp trong tỉnh đã hỗ trợ hơn [[35.000|ben a y2021 b=o]] lượt đoàn viên, người lao động bị ảnh hưởng bởi dịch Covid-19 với số tiền trên [[17 tỷ|sf a y2021 b=o n=trên -> over (gold README 5)]] đồng. Hàng trăm công nhân được hỗ trợ tiền thuê nhà trọ.
''')

A('i24', 'https://bacninhtv.vn/tin-tuc/cong-doan-9-thang-nang-muc-bua-an-ca', '2023-10-18', 'Bắc Ninh', '''
Bắc Ninh: 9 tháng, [[126|meal a f9-2023 n=headline repeat of the body figure (gold README 1)]] doanh nghiệp nâng mức bữa ăn ca
9 tháng năm 2023, các cấp công đoàn tỉnh Bắc Ninh đã phối hợp với người sử dụng lao động điều chỉnh bữa ăn ca tại [[126|meal a f9-2023 n=9 tháng năm 2023 -> January to September (records.md periods); the 22.000 đồng meal level is not a record]] doanh nghiệp, nâng giá trị bữa ăn bình quân lên 22.000 đồng/suất; riêng Công đoàn các KCN tỉnh thực hiện tại [[98|meal a f9-2023 s=Công đoàn các KCN]] doanh nghiệp.
Đối thoại định kỳ tại nơi làm việc được tổ chức ở [[643|wd a f9-2023]] doanh nghiệp, tỷ lệ 71,5%. Có [[702/815|wkc a f9-2023 n=x/y figure -> the numerator 702 (records.md 03/03)]] doanh nghiệp có tổ chức công đoàn đã tổ chức hội nghị người lao động; [[1.108|oc a f9-2023]] cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức.
Các CĐCS đã ký mới và ký lại [[188|ca a f9-2023]] bản thỏa ước lao động tập thể (ký mới [[76|ca a f9-2023 s=ký mới n=parenthetical breakdown -> same indicator with a scope (gold README 6)]] bản, ký lại [[112|ca a f9-2023 s=ký lại]] bản). Công đoàn các cấp đã tư vấn pháp luật cho gần [[3.000|lc a f9-2023 b=u n=gần -> under (gold README 5)]] lượt công nhân, chủ yếu về chế độ khi doanh nghiệp cắt giảm lao động.
''')

A('i25', 'https://baoquangtri.vn/ldld-tinh-tong-ket-cong-tac-cong-doan-nam-2025', '2025-12-30', 'Quảng Trị', '''
Quảng Trị: Năm 2025 tăng tuyệt đối hơn [[3.500|mnet a y2025 b=o n=rounded headline repeat of the body figure 3.562 (gold README 1)]] đoàn viên
Năm 2025 là năm đặc biệt khi LĐLĐ tỉnh Quảng Bình và LĐLĐ tỉnh Quảng Trị hợp nhất từ ngày 1/7. Theo báo cáo tổng kết, trong năm, công đoàn toàn tỉnh Quảng Trị đã kết nạp [[6.742|mn a y2025 n=the merged province named Quảng Trị (records.md regions)]] đoàn viên, thành lập mới [[38|un a y2025]] CĐCS; giảm [[3.180|ml a y2025]] đoàn viên, giải thể [[19|ud a y2025]] CĐCS. Như vậy, toàn tỉnh tăng tuyệt đối [[3.562|mnet a y2025]] đoàn viên và [[19|unet a y2025]] CĐCS so với đầu năm. Riêng khu vực Quảng Bình (cũ) kết nạp [[3.905|mn a y2025 r=Quảng Bình n=khu vực Quảng Bình (cũ) -> region Quảng Bình, region_2025 Quảng Trị (records.md regions)]] đoàn viên.
Có [[1.246/1.260|oc a y2025 n=x/y figure -> the numerator 1246 (records.md 03/03); đạt tỷ lệ 98,9% is a share with no target, not a record]] cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức, đạt tỷ lệ 98,9%. Công đoàn các cấp đã giới thiệu [[312|pr a y2025]] đoàn viên ưu tú cho Đảng; [[207|pa a y2025]] đồng chí đã được kết nạp.
LĐLĐ tỉnh ký kết thỏa thuận hợp tác "Phúc lợi đoàn viên" với [[14|wp a y2025]] đối tác, nâng tổng số đối tác hiện có lên [[41|wp a pub n=stock (nâng tổng số ... hiện có) dated at publication (records.md)]]. Năm 2026, LĐLĐ tỉnh phấn đấu kết nạp ít nhất [[6.000|mn t y2026 b=o n=ít nhất -> over (gold README 5)]] đoàn viên.
''')
