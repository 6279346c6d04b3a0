"""challenge61 articles cn11-cn15."""
N7 = 'n=rule 7: agreements in force are the stock of their signings, dated at publication'

ARTS = [
('cn11', 'https://congdoannghean.vn/tin-tuc/nam-2020-mo-58-lop-tap-huan-cho-can-bo-cong-doan-co-so-9415.html', '2020-12-23', 'Nghệ An', """Trang chủ > Tin tức > Hoạt động công đoàn

Năm 2020: Mở [[58|tr a y2020 n=rule 1: headline repeat takes the body's period]] lớp tập huấn cho cán bộ công đoàn cơ sở

Ngày đăng: 23/12/2020 | Lượt xem: 874

Năm 2020, mặc dù chịu ảnh hưởng của dịch COVID-19, LĐLĐ tỉnh Nghệ An và các công đoàn cấp trên trực tiếp cơ sở đã tổ chức [[58|tr a y2020]] lớp tập huấn cho [[6.740|te a y2020]] lượt cán bộ công đoàn cơ sở; trong đó LĐLĐ tỉnh trực tiếp mở [[9|tr a y2020 s=LĐLĐ tỉnh trực tiếp n=rule 6: breakdown of the courses by who held them]] lớp cho [[1.120|te a y2020 s=LĐLĐ tỉnh trực tiếp]] cán bộ chủ chốt. Số lượt cán bộ được tập huấn đạt [[112,3%|te p y2020]] kế hoạch năm.

Nội dung tập huấn gồm kỹ năng thương lượng thỏa ước lao động tập thể, tổ chức đối thoại tại nơi làm việc và hội nghị người lao động, nghiệp vụ tài chính, kiểm tra công đoàn. Mỗi lớp kéo dài 2 - 3 ngày, xen kẽ lý thuyết với thực hành tình huống. Hiện 100% chủ tịch CĐCS mới được bầu trong năm đã qua lớp bồi dưỡng nghiệp vụ.

Ngoài các lớp tập huấn, các cấp công đoàn tổ chức [[124|tr a y2020 n=indicators: dissemination conferences count as trainings, their audience as trainees]] hội nghị tuyên truyền pháp luật cho hơn [[15.600|te a y2020 b=o]] lượt đoàn viên, người lao động. Sau tập huấn, chất lượng hoạt động đại diện được nâng lên: toàn tỉnh ký mới [[86|ca a y2020]] bản thỏa ước lao động tập thể; [[1.128|wkc a y2020]] doanh nghiệp tổ chức hội nghị người lao động.

Theo đánh giá của LĐLĐ tỉnh, đội ngũ cán bộ CĐCS phần lớn làm kiêm nhiệm, thường xuyên biến động; toàn tỉnh chỉ có 32 cán bộ công đoàn chuyên trách ở cơ sở. Năm 2021, LĐLĐ tỉnh phấn đấu tập huấn cho [[7.000|te t y2021]] lượt cán bộ, chú trọng cán bộ mới ở khu vực doanh nghiệp ngoài nhà nước.

Tin khác
- Nghệ An: trao 30 suất học bổng cho con đoàn viên
- Hội nghị Ban Chấp hành LĐLĐ tỉnh lần thứ 9
"""),

('cn12', 'https://baodongkhoi.vn/thuc-hien-quy-che-dan-chu-o-co-so-1146-co-quan-don-vi-to-chuc-hoi-nghi-cbccvc-a38422.html', None, 'Bến Tre', """Thực hiện quy chế dân chủ ở cơ sở: [[1.146|oc a y2015 n=rule 1: headline repeat takes the body's period]] cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức

Năm 2015, việc thực hiện quy chế dân chủ ở cơ sở trên địa bàn tỉnh Bến Tre tiếp tục được các cấp công đoàn quan tâm. Theo LĐLĐ tỉnh, trong khu vực hành chính sự nghiệp có [[1.146/1.158|oc a y2015 n=rule 3: x/y gives x]] cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức, đạt 98,9%.

Ở khu vực doanh nghiệp, có [[245|wkc a y2015]] doanh nghiệp tổ chức hội nghị người lao động, trong đó [[38|wkc a y2015 s=doanh nghiệp nhà nước]] doanh nghiệp nhà nước; [[198|wd a y2015]] doanh nghiệp tổ chức đối thoại định kỳ theo Nghị định 60/2013/NĐ-CP. Các cấp công đoàn ký mới [[72|ca a y2015]] bản thỏa ước lao động tập thể; hiện có [[412|ca a null n=rule 7: agreements in force in an undated page, null..null]] bản thỏa ước còn hiệu lực, tỷ lệ doanh nghiệp có công đoàn cơ sở đã ký thỏa ước đạt 62%.

LĐLĐ tỉnh phối hợp tham gia [[23|sv a y2015]] cuộc kiểm tra việc thực hiện quy chế dân chủ và chính sách pháp luật lao động, phát hiện 5 đơn vị chưa công khai quy chế chi tiêu nội bộ và 7 doanh nghiệp chưa xây dựng quy chế đối thoại. Nhiều doanh nghiệp trả lương cho công nhân chỉ bằng hoặc nhỉnh hơn mức lương tối thiểu vùng IV (2.150.000 đồng/tháng), nên nội dung tiền lương, tiền thưởng luôn được người lao động nêu nhiều nhất tại hội nghị.

Năm 2016, LĐLĐ tỉnh đề ra mục tiêu 100% cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức đúng quy định; phấn đấu ký mới ít nhất [[60|ca t y2016 b=o]] bản thỏa ước lao động tập thể.

Theo Báo Đồng Khởi
"""),

('cn13', 'https://baocantho.com.vn/163-doanh-nghiep-nang-gia-tri-bua-an-ca-cho-nguoi-lao-dong-a201744.html', '2025-12-30', 'Cần Thơ', """TP Cần Thơ: [[163|meal a y2025 n=rule 1: headline repeat takes the body's period and region]] doanh nghiệp nâng giá trị bữa ăn ca cho người lao động

Thứ Ba, 30/12/2025, 07:15 (GMT+7)

Năm 2025, LĐLĐ TP Cần Thơ (sau hợp nhất với LĐLĐ tỉnh Sóc Trăng và LĐLĐ tỉnh Hậu Giang) chỉ đạo các cấp công đoàn vận động, thương lượng để [[163|meal a y2025 n=rule 10: the merged federation reports its whole year under the kept name]] doanh nghiệp nâng giá trị bữa ăn ca; trong đó khu vực Sóc Trăng (cũ) [[41|meal a y2025 r=Sóc Trăng s=khu vực Sóc Trăng (cũ) n=rule 10: a khu vực X (cũ) part reports for the old province]] doanh nghiệp, khu vực Hậu Giang (cũ) [[29|meal a y2025 r=Hậu Giang s=khu vực Hậu Giang (cũ)]] doanh nghiệp. Giá trị bữa ăn ca phổ biến từ 20.000 đến 30.000 đồng/suất, tăng 3.000 - 5.000 đồng so với năm trước.

Cũng trong năm, các cấp công đoàn ký mới [[118|ca a y2025]] bản thỏa ước lao động tập thể, đạt [[107%|ca p y2025]] kế hoạch, trong đó có [[4|ca a y2025 s=thỏa ước nhóm doanh nghiệp]] bản thỏa ước nhóm doanh nghiệp ngành thủy sản; [[1.254|wd a y2025]] doanh nghiệp tổ chức đối thoại định kỳ tại nơi làm việc.

Văn phòng tư vấn pháp luật LĐLĐ thành phố tư vấn cho [[3.412|lc a y2025]] lượt đoàn viên, người lao động; hỗ trợ khởi kiện 3 vụ, giúp người lao động nhận lại 540 triệu đồng tiền lương, trợ cấp thôi việc.

Theo khảo sát, thưởng Tết Bính Ngọ 2026 dự kiến bình quân khoảng 7,1 triệu đồng/người, cao nhất 180 triệu đồng. Từ ngày 1/1/2026, mức lương tối thiểu vùng II áp dụng tại các phường trung tâm là 4.730.000 đồng/tháng; khoảng 15% doanh nghiệp thủy sản, may mặc đã chủ động điều chỉnh thang lương trước thời hạn.

Năm 2026, LĐLĐ TP Cần Thơ phấn đấu có thêm [[150|meal t y2026]] doanh nghiệp nâng giá trị bữa ăn ca, trong đó ưu tiên các doanh nghiệp có bữa ăn dưới 20.000 đồng/suất.

Hữu Tài
"""),

('cn14', 'https://baoquangninh.vn/ubkt-cong-doan-nang-cao-hieu-qua-kiem-tra-giam-sat-3154208.html', '2021-07-21', 'Quảng Ninh', """UBKT Công đoàn: Nâng cao hiệu quả kiểm tra, giám sát

Thứ Tư, 21/07/2021 - 09:05

Sáu tháng đầu năm 2021, Ủy ban Kiểm tra (UBKT) công đoàn các cấp trong tỉnh Quảng Ninh đã kiểm tra tài chính [[186|fi a h1-2021]] đơn vị, đạt [[62%|fi p h1-2021 n=rule 8: part-way attainment takes the reporting half-year]] kế hoạch năm; chỉ tiêu năm 2021 là kiểm tra tài chính [[300|fi t y2021]] đơn vị. Trong đó, UBKT LĐLĐ tỉnh trực tiếp kiểm tra tài chính [[6|fi a h1-2021 s=UBKT LĐLĐ tỉnh trực tiếp]] công đoàn cấp trên trực tiếp cơ sở.

Bên cạnh đó, UBKT các cấp kiểm tra việc chấp hành Điều lệ Công đoàn Việt Nam tại [[47|sv a h1-2021 n=indicators: supervisions counts inspections held; a charter-compliance inspection that is not financial goes here]] CĐCS, tổ chức [[18|sv a h1-2021]] cuộc giám sát việc thực hiện quy chế chi tiêu nội bộ và quản lý tài sản công đoàn. Qua kiểm tra, UBKT đã kiến nghị thu hồi 146 triệu đồng, xuất toán 28 triệu đồng chi không đúng quy định; nhắc nhở 11 CĐCS chậm nộp báo cáo quyết toán.

Theo đánh giá, tỷ lệ CĐCS có UBKT đạt 87%, song chất lượng hoạt động chưa đồng đều, nhất là ở các doanh nghiệp ngoài nhà nước do ủy viên UBKT hoạt động kiêm nhiệm. Để khắc phục, UBKT LĐLĐ tỉnh phối hợp tổ chức [[4|tr a h1-2021]] lớp tập huấn nghiệp vụ cho [[320|te a h1-2021]] ủy viên UBKT cơ sở, chú trọng kỹ năng kiểm tra hồ sơ, chứng từ kế toán.

Sáu tháng cuối năm, UBKT các cấp tập trung kiểm tra việc thu, nộp kinh phí, đoàn phí công đoàn tại các doanh nghiệp khu vực Đông Triều, Quảng Yên, đồng thời kiểm tra việc sử dụng nguồn hỗ trợ đoàn viên bị ảnh hưởng bởi dịch COVID-19.

Thu Trang
"""),

('cn15', 'https://baomoi.com/kon-tum-tu-van-phap-luat-cho-gan-900-luot-doan-vien-nguoi-lao-dong/c/33871025.epi', None, 'Kon Tum', """Kon Tum: Tư vấn pháp luật cho gần [[900|lc a y2019 b=u n=rule 1: rounded headline repeat of 886, with its own bound word]] lượt đoàn viên, người lao động

Năm 2019, Văn phòng tư vấn pháp luật LĐLĐ tỉnh Kon Tum đã tư vấn cho [[886|lc a y2019]] lượt đoàn viên, người lao động, chủ yếu về chế độ bảo hiểm xã hội, tiền lương và hợp đồng lao động. Văn phòng thụ lý 7 vụ việc trợ giúp pháp lý, hòa giải thành 5 vụ, giúp người lao động nhận lại tiền lương, tiền đóng bảo hiểm xã hội hơn 310 triệu đồng.

LĐLĐ tỉnh phối hợp với Thanh tra Sở Lao động - Thương binh và Xã hội tham gia [[12|sv a y2019]] cuộc thanh tra, kiểm tra việc chấp hành pháp luật lao động. Đến cuối năm, toàn tỉnh có 214 đơn vị nợ bảo hiểm xã hội với tổng số tiền 18,6 tỷ đồng, trong đó nhiều doanh nghiệp trồng, chế biến cao su và thủy điện.

Ở khu vực doanh nghiệp, các CĐCS phối hợp tổ chức đối thoại định kỳ tại [[78|wd a y2019]] doanh nghiệp, tổ chức hội nghị người lao động tại [[93|wkc a y2019]] doanh nghiệp. Nhiều doanh nghiệp vẫn trả lương thấp, sát mức lương tối thiểu vùng IV (2.920.000 đồng/tháng).

Các cấp công đoàn tổ chức [[26|tr a y2019 n=indicators: dissemination conferences count as trainings, their audience as trainees]] hội nghị tuyên truyền pháp luật cho [[3.150|te a y2019]] lượt đoàn viên, người lao động, trong đó có đồng bào dân tộc thiểu số làm việc tại các nông trường cao su.

Năm 2020, LĐLĐ tỉnh đặt mục tiêu tư vấn pháp luật cho ít nhất [[1.000|lc t y2020 b=o]] lượt người lao động, mở thêm điểm tư vấn tại các huyện Ngọc Hồi, Đắk Hà.

Theo Báo Kon Tum
"""),
]
