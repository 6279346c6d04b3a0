ARTS = []

ARTS.append(('b12', 'https://baocantho.com.vn/cong-doan-tu-van-phap-luat-9-thang-2021-a140215.html', '2021-10-08', 'Cần Thơ', """Báo Cần Thơ Online
Cần Thơ: 9 tháng, công đoàn tư vấn pháp luật cho hơn [[6.000|lc a f9-2021 b=o n=rounded headline repeat of 6.214 (gold README 1)]] lượt người lao động
Thứ Sáu, 08/10/2021
9 tháng năm 2021, LĐLĐ TP Cần Thơ đã tư vấn pháp luật cho [[6.214|lc a f9-2021]] lượt người lao động, trong đó tư vấn trực tuyến [[4.870|lc a f9-2021 s=tư vấn trực tuyến n=breakdown (gold README 6)]] lượt - cao nhất từ trước đến nay do dịch bệnh hạn chế tiếp xúc trực tiếp.
Các cấp công đoàn tổ chức [[36|tr a f9-2021]] hội nghị tập huấn, tuyên truyền pháp luật cho [[5.940|te a f9-2021]] lượt đoàn viên; chủ trì và tham gia [[58|sv a f9-2021]] cuộc kiểm tra, giám sát, trong đó chủ trì [[21|sv a f9-2021 s=chủ trì n=breakdown (gold README 6)]] cuộc. Ủy ban Kiểm tra các cấp kiểm tra tài chính [[33|fi a f9-2021]] CĐCS.
Riêng quý III/2021, thời điểm dịch bùng phát mạnh, các cấp công đoàn hỗ trợ [[42.318|ben a q3-2021]] lượt người lao động với tổng số tiền [[28,9 tỷ|sf a q3-2021]] đồng; trong đó, từ nguồn tài chính công đoàn theo Quyết định 2511/QĐ-TLĐ là [[21,4 tỷ|sf a q3-2021 s=tài chính công đoàn theo Quyết định 2511/QĐ-TLĐ n=breakdown by source; the decision number is not a record]] đồng. Mỗi người lao động được hỗ trợ từ 1 triệu đến 3 triệu đồng.
Về phát triển đoàn viên, trong 9 tháng công đoàn kết nạp [[3.128|mn a f9-2021 n=own phrase 'trong 9 tháng' after the quarter paragraph]] đoàn viên, thành lập [[16|un a f9-2021]] CĐCS.
Quý IV/2021, LĐLĐ thành phố tập trung:
- Tư vấn pháp luật cho [[2.000|lc t q4-2021]] lượt người lao động;
- Tổ chức [[12|tr t q4-2021]] hội nghị tập huấn;
- Tham gia [[15|sv t q4-2021]] cuộc kiểm tra, giám sát;
- Kết nạp [[1.500|mn t q4-2021]] đoàn viên, phấn đấu hoàn thành chỉ tiêu năm [[4.500|mn t y2021 n=chỉ tiêu năm inside a Q4 list -> full year (gold README 8)]] đoàn viên.
@@PAD@@Kim Anh
"""))

ARTS.append(('b13', 'https://baolamdong.vn/xahoi/201805/thang-cong-nhan-2018-o-lam-dong', '2018-05-31', 'Lâm Đồng', """Báo Lâm Đồng điện tử
Lâm Đồng: [[312|wmu a mo2018-05 n=headline repeat of the body figure (gold README 1)]] công đoàn cơ sở hưởng ứng Tháng Công nhân năm 2018
Cập nhật lúc 15:20, Thứ Năm, 31/05/2018 (GMT+7)
Tháng Công nhân năm 2018 với chủ đề "Đoàn kết, đổi mới, trách nhiệm, phát triển" đã được LĐLĐ tỉnh Lâm Đồng chỉ đạo tổ chức tại [[312|wmu a mo2018-05]] CĐCS, tăng 27 đơn vị so với năm 2017.
Trong tháng, các cấp công đoàn thăm, tặng quà [[6.840|ben a mo2018-05]] đoàn viên, người lao động với kinh phí [[1,37 tỷ|sf a mo2018-05]] đồng; [[48|meal a mo2018-05]] doanh nghiệp điều chỉnh bữa ăn ca lên từ 15.000 đồng trở lên; [[95|wd a mo2018-05]] doanh nghiệp tổ chức đối thoại; công đoàn tư vấn pháp luật cho [[820|lc a mo2018-05]] lượt công nhân và khởi công [[5|sh a mo2018-05]] Mái ấm Công đoàn, mỗi căn 40 triệu đồng.
Kết quả tại một số đơn vị:
| Đơn vị | CĐCS tổ chức Tháng Công nhân | Lượt đoàn viên được tặng quà |
| LĐLĐ TP. Đà Lạt | [[64|wmu a mo2018-05 s=LĐLĐ TP. Đà Lạt n=table row: city union takes its province, with a scope]] | [[1.420|ben a mo2018-05 s=LĐLĐ TP. Đà Lạt]] |
| LĐLĐ TP. Bảo Lộc | [[58|wmu a mo2018-05 s=LĐLĐ TP. Bảo Lộc]] | [[1.305|ben a mo2018-05 s=LĐLĐ TP. Bảo Lộc]] |
| Công đoàn ngành Giáo dục | [[41|wmu a mo2018-05 s=Công đoàn ngành Giáo dục]] | [[560|ben a mo2018-05 s=Công đoàn ngành Giáo dục]] |
Tháng Công nhân năm 2017, toàn tỉnh có [[285|wmu a mo2017-05 n=previous-year contrast -> May 2017]] CĐCS tham gia. Từ đầu năm 2018 đến nay, toàn tỉnh kết nạp [[2.018|mn a 2018-01-01..2018-05-31 n=từ đầu năm 2018 đến nay -> 1 Jan..publication]] đoàn viên. Năm 2018, LĐLĐ tỉnh phấn đấu xây dựng [[20|sh t y2018]] Mái ấm Công đoàn.
@@PAD@@Đức Trí
Lượt xem: 1.056
"""))

ARTS.append(('b14', 'https://baovinhphuc.com.vn/xa-hoi/tet-at-ty-cham-lo-doan-vien-quy-i-2025', '2025-03-14', 'Vĩnh Phúc', """Báo Vĩnh Phúc
Vĩnh Phúc: Tết Ất Tỵ 2025 chăm lo cho [[68.920|ben a y2025 n=headline repeat of the body figure (gold README 1)]] lượt đoàn viên
14/03/2025 09:05
Ngày 13/3, LĐLĐ tỉnh Vĩnh Phúc tổng kết công tác chăm lo Tết Ất Tỵ 2025 và sơ kết hoạt động công đoàn quý I/2025.
Tết Ất Tỵ 2025, các cấp công đoàn chăm lo cho [[68.920|ben a y2025 n=Tết Ất Tỵ 2025 -> 2025 (Tết-year convention)]] lượt đoàn viên, người lao động với kinh phí [[52,18 tỷ|sf a y2025]] đồng. Trong đó, [[3.500|ben a y2025 n=e-vouchers given to members -> beneficiaries (gold README 9)]] e-voucher mua hàng trị giá 500.000 đồng/voucher được gửi qua ứng dụng; [[1.200|ben a y2025 n=free bus tickets -> beneficiaries]] vé xe miễn phí "Tết Sum vầy" được trao cho công nhân trên 25 chuyến xe. Tại Chợ Tết Công đoàn, 5.000 phiếu mua hàng 0 đồng được phát cho công nhân. Vĩnh Phúc là một trong 10 địa phương có kinh phí chăm lo Tết bình quân cao nhất cả nước. Tết Giáp Thìn 2024, công đoàn tỉnh chăm lo cho [[61.300|ben a y2024 n=contrast Tết 2024 -> 2024]] lượt với [[45,6 tỷ|sf a y2024]] đồng.
Quý I/2025, các cấp công đoàn kết nạp [[2.946|mn a q1-2025]] đoàn viên, thành lập [[9|un a q1-2025]] CĐCS, đạt lần lượt [[29,5%|mn p q1-2025 n=part-way attainment takes the reporting period]] và [[30%|un p q1-2025 n=part-way attainment takes the reporting period]] kế hoạch năm (kế hoạch năm 2025 là [[10.000|mn t y2025]] đoàn viên, [[30|un t y2025]] CĐCS). Trong quý I, [[118|wd a q1-2025]] doanh nghiệp tổ chức đối thoại, [[97|wkc a q1-2025]] doanh nghiệp tổ chức hội nghị người lao động; LĐLĐ tỉnh ký [[4|wp a q1-2025]] thỏa thuận hợp tác với đối tác Phúc lợi đoàn viên và nhập dữ liệu [[15.230|rec a q1-2025]] đoàn viên lên phần mềm quản lý đoàn viên.
Hiện toàn tỉnh có [[1.034|ut a pub]] CĐCS với [[172.640|mt a pub]] đoàn viên. Quý II/2025, LĐLĐ tỉnh phấn đấu kết nạp [[3.000|mn t q2-2025]] đoàn viên; tổ chức Tháng Công nhân năm 2025 tại ít nhất [[800|wmu t mo2025-05 b=o n=item names its own period Tháng Công nhân -> May (gold README 8); ít nhất -> over]] CĐCS.
@@PAD@@Hồng Nhung
"""))
