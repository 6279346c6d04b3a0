from lib import R

ARTS = []

# v01 ---------------------------------------------------------------------------------
ARTS.append(dict(id='v01', url='https://baobinhduong.vn/ldld-tinh-ket-nap-5-420-doan-vien-vuot-chi-tieu-nam-2019-a214633.html',
  published='2019-12-20', region='Bình Dương', per='y2019', text='''
LĐLĐ tỉnh Bình Dương: Kết nạp [[5.420|hl]] đoàn viên, vượt chỉ tiêu năm 2019
Cập nhật: 20/12/2019 - 09:15 | Chính trị - Xã hội
(BDO) Năm 2019, dù nhiều doanh nghiệp gặp khó khăn về đơn hàng, công tác phát triển đoàn viên, thành lập công đoàn cơ sở (CĐCS) của Liên đoàn Lao động (LĐLĐ) tỉnh Bình Dương vẫn về đích sớm hơn mọi năm.
Theo báo cáo tại hội nghị tổng kết chiều 19/12, chỉ tiêu kết nạp năm 2019 là [[5.000|t1]] đoàn viên, thực hiện [[5.420|a1]] đoàn viên, đạt [[108,4%|p1]] kế hoạch. Các cấp công đoàn thành lập mới [[37|u1]] CĐCS (chỉ tiêu [[35|u2]] CĐCS), bằng [[105,7%|p2]] kế hoạch.
Bên cạnh đó, trong năm có [[1.236|l1]] đoàn viên giảm do doanh nghiệp giải thể, di dời ra khỏi địa bàn; [[14|d1]] CĐCS giải thể theo. Hiện toàn tỉnh có [[2.310|ut]] CĐCS với [[412.650|mt]] đoàn viên. Riêng tại LĐLĐ thị xã Bến Cát, số đoàn viên kết nạp tăng 150 người so với cùng kỳ năm trước.
Ông Nguyễn Văn Lộc, Phó Chủ tịch LĐLĐ tỉnh cho biết, toàn tỉnh vẫn còn khoảng 420 doanh nghiệp từ 25 lao động trở lên chưa thành lập CĐCS, chủ yếu là doanh nghiệp nhỏ, lao động biến động mạnh.
Công tác xây dựng Đảng được chú trọng: công đoàn các cấp giới thiệu [[86|pr]] đoàn viên ưu tú cho Đảng xem xét, trong đó [[41|pa]] đồng chí đã được kết nạp vào Đảng.
Năm 2020, LĐLĐ tỉnh phấn đấu kết nạp [[6.000|t2]] đoàn viên, thành lập mới [[40|t3]] CĐCS, góp phần chào mừng Đại hội Công đoàn tỉnh lần thứ X.
Lãnh đạo LĐLĐ tỉnh trao Bằng khen cho 25 tập thể, 40 cá nhân có thành tích xuất sắc. Ảnh: Q.T
Số lần đọc: 1.204
Chia sẻ Facebook | Zalo | In bài
Tin liên quan
- Công đoàn Bình Phước kết nạp 3.100 đoàn viên trong 11 tháng
- TP.Thủ Dầu Một: 1.800 suất quà Tết cho công nhân khó khăn
''', recs=[
  R('hl', 'members_new', note='headline repeat of the body figure 5.420 (gold README 1): region and period of the body statement'),
  R('t1', 'members_new', 'target', note='"chỉ tiêu kết nạp năm 2019 là 5.000" and its result in one sentence: the target is a separate record (records.md status)'),
  R('a1', 'members_new', note='"thực hiện 5.420" is the achieved figure beside the target (records.md status)'),
  R('p1', 'members_new', 'attainment'),
  R('u1', 'unions_new'),
  R('u2', 'unions_new', 'target', note='parenthetical "(chỉ tiêu 35 CĐCS)" is the target (records.md status)'),
  R('p2', 'unions_new', 'attainment', note='"bằng 105,7% kế hoạch" is attainment (gold README 4)'),
  R('l1', 'members_lost'),
  R('d1', 'unions_dissolved'),
  R('ut', 'unions_total', per='pub', note='"Hiện toàn tỉnh có" stock dated at publication (gold README 7)'),
  R('mt', 'members_total', per='pub', note='stock dated at publication (gold README 7)'),
  R('pr', 'party_referrals'),
  R('pa', 'party_admitted'),
  R('t2', 'members_new', 'target', per='y2020'),
  R('t3', 'unions_new', 'target', per='y2020'),
]))

# v02 ---------------------------------------------------------------------------------
ARTS.append(dict(id='v02', url='https://baonghean.vn/cong-doan-nganh-giao-duc-nghe-an-tong-ket-nam-hoc-2022-2023-10258731.html',
  published='2023-08-18', region='Nghệ An', per='sy2022', text='''
Công đoàn ngành Giáo dục Nghệ An: Năm học 2022-2023 chăm lo cho hơn [[9.800|hl]] lượt đoàn viên
Thứ Sáu, 18/08/2023 - 07:40
Sáng 17/8, Công đoàn ngành Giáo dục Nghệ An tổ chức hội nghị tổng kết hoạt động công đoàn năm học 2022-2023, triển khai nhiệm vụ năm học 2023-2024.
Hiện Công đoàn ngành quản lý [[126|ut]] CĐCS với [[41.370|mt]] đoàn viên, phần lớn là giáo viên các trường THPT, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên. Trong năm học, [[126/126|oc]] đơn vị trực thuộc đã tổ chức hội nghị viên chức đúng quy định; các CĐCS kết nạp mới [[1.025|mn]] đoàn viên là giáo viên mới tuyển dụng.
Công tác chăm lo được đặt lên hàng đầu. Công đoàn ngành đã thăm hỏi, tặng quà cho [[9.846|b1]] lượt đoàn viên, nhà giáo có hoàn cảnh khó khăn với tổng kinh phí [[3,16 tỷ|f1]] đồng; mỗi suất quà từ 500.000 đồng đến 1 triệu đồng. Phối hợp xây dựng [[12|sh]] nhà "Mái ấm Công đoàn" cho giáo viên vùng cao Kỳ Sơn, Tương Dương, mỗi nhà hỗ trợ 60 triệu đồng, tổng số tiền [[720 triệu|sf]] đồng.
Ảnh: Lãnh đạo Công đoàn ngành trao quà cho giáo viên huyện Kỳ Sơn (ảnh 1)
Công đoàn ngành cũng giới thiệu [[214|pr]] đoàn viên ưu tú để chi bộ xem xét; đã có [[168|pa]] đồng chí được kết nạp vào Đảng. Trong năm học, Công đoàn ngành tổ chức [[3|tr]] lớp tập huấn nghiệp vụ cho [[540|te]] cán bộ công đoàn cơ sở.
Bước vào năm học 2023-2024, Công đoàn ngành dự kiến mở [[4|tr2]] lớp tập huấn, phấn đấu 100% CĐCS đạt tiêu chuẩn "vững mạnh"; tiếp tục vận động mỗi đoàn viên ủng hộ ít nhất 1 ngày lương cho Quỹ Xã hội.
Số lần đọc: 856
Bình luận (0)
''', recs=[
  R('hl', 'beneficiaries', bound='over', note='headline "hơn 9.800" is a rounded repeat of the body 9.846 (gold README 1): body period (school year)'),
  R('ut', 'unions_total', per='pub', scope='Công đoàn ngành Giáo dục', note='"Hiện ... quản lý" stock dated at publication (gold README 7)'),
  R('mt', 'members_total', per='pub', scope='Công đoàn ngành Giáo dục', note='stock dated at publication (gold README 7)'),
  R('oc', 'official_conferences', scope='Công đoàn ngành Giáo dục', note='"126/126" -> 126 (gold README 3); "hội nghị viên chức" counted as official_conferences'),
  R('mn', 'members_new', scope='Công đoàn ngành Giáo dục'),
  R('b1', 'beneficiaries', scope='Công đoàn ngành Giáo dục'),
  R('f1', 'support_funds', scope='Công đoàn ngành Giáo dục', note='total; the per-gift 500.000 / 1 triệu are per-item amounts (records.md, not records)'),
  R('sh', 'shelter_houses', scope='Công đoàn ngành Giáo dục'),
  R('sf', 'shelter_funds', scope='Công đoàn ngành Giáo dục', note='total; "mỗi nhà 60 triệu" is a per-item amount'),
  R('pr', 'party_referrals', scope='Công đoàn ngành Giáo dục'),
  R('pa', 'party_admitted', scope='Công đoàn ngành Giáo dục'),
  R('tr', 'trainings', scope='Công đoàn ngành Giáo dục'),
  R('te', 'trainees', scope='Công đoàn ngành Giáo dục'),
  R('tr2', 'trainings', 'target', per='sy2023', scope='Công đoàn ngành Giáo dục', note='"dự kiến" plan -> target (gold README 4); period school year 2023-2024 (records.md năm học)'),
]))

# v03 ---------------------------------------------------------------------------------
ARTS.append(dict(id='v03', url='https://baoquangninh.vn/quy-iii-2019-cong-doan-quang-ninh-thanh-lap-moi-chin-cdcs-3091542.html',
  published='2019-10-08', region='Quảng Ninh', per='q3-2019', text='''
Quý III/2019: Công đoàn Quảng Ninh thành lập mới [[chín|hl]] CĐCS
08/10/2019 15:22
Baoquangninh.com.vn - Trong quý III/2019, LĐLĐ tỉnh Quảng Ninh đã chỉ đạo các LĐLĐ huyện, thị xã, thành phố và công đoàn ngành tích cực tiếp cận doanh nghiệp ngoài nhà nước để phát triển tổ chức.
Kết quả, toàn tỉnh thành lập mới [[9|u1]] CĐCS, kết nạp [[1.5 60|m1]] đoàn viên. Trong đó, LĐLĐ thị xã Đông Triều thành lập [[3|u2]] CĐCS, kết nạp [[418|m2]] đoàn viên; LĐLĐ huyện Vân Đồn kết nạp [[hai trăm linh năm|m3]] đoàn viên, chủ yếu là lao động các dự án du lịch.
Tính chung 9 tháng năm 2019, toàn tỉnh kết nạp [[4.870|m4]] đoàn viên, bằng [[81%|p1]] chỉ tiêu năm, tăng 320 đoàn viên so với cùng kỳ năm trước. Quý IV, LĐLĐ tỉnh đặt mục tiêu kết nạp thêm [[1.200|t1]] đoàn viên để hoàn thành kế hoạch.
Về hoạt động đại diện, bảo vệ, trong quý III các cấp công đoàn đã tham gia [[27|s1]] cuộc kiểm tra, giám sát việc thực hiện chính sách đối với người lao động tại doanh nghiệp; Ủy ban Kiểm tra các cấp tổ chức [[11|fi]] cuộc kiểm tra tài chính CĐCS.
Sau cơn bão số 3 (Wipha), LĐLĐ tỉnh kịp thời hỗ trợ [[46|b1]] đoàn viên có nhà bị tốc mái, mỗi người 1 triệu đồng.
Mọi phản ánh của người lao động xin gọi đường dây nóng 0203 3825 123.
Cán bộ LĐLĐ thị xã Đông Triều tuyên truyền cho công nhân về lợi ích khi gia nhập tổ chức Công đoàn.
Chia sẻ
''', recs=[
  R('hl', 'unions_new', val=9, note='number in words "chín" -> 9 (records.md); headline repeat of the body figure (gold README 1): quý III/2019'),
  R('u1', 'unions_new'),
  R('m1', 'members_new', note='split number "1.5 60" -> 1560 (gold README 3)'),
  R('u2', 'unions_new', scope='LĐLĐ thị xã Đông Triều', note='district-level union gives its province (records.md regions); breakdown with scope (gold README 6)'),
  R('m2', 'members_new', scope='LĐLĐ thị xã Đông Triều'),
  R('m3', 'members_new', scope='LĐLĐ huyện Vân Đồn', val=205, note='"hai trăm linh năm" -> 205 (records.md, numbers in words)'),
  R('m4', 'members_new', per='m9-2019', note='"9 tháng năm 2019" -> 2019-01-01..2019-09-30; "tăng 320 ... so với cùng kỳ" is a pure comparison, no record'),
  R('p1', 'members_new', 'attainment', per='m9-2019', note='"bằng 81% chỉ tiêu năm" is attainment of members_new, reached in 9 months: period of the sentence (records.md periods)'),
  R('t1', 'members_new', 'target', per='q4-2019', note='"đặt mục tiêu ... thêm" -> target; "Quý IV" with no year takes the publication year (records.md periods)'),
  R('s1', 'supervisions'),
  R('fi', 'financial_inspections'),
  R('b1', 'beneficiaries', note='"bão số 3" is an ordinal, "mỗi người 1 triệu đồng" a per-item amount: no records; period from the nearest earlier phrase "trong quý III" (publication year 2019)'),
]))

# v04 ---------------------------------------------------------------------------------
ARTS.append(dict(id='v04', url='https://laodong.vn/cong-doan/gan-2000-mai-am-cong-doan-trong-giai-doan-2019-2024-1415522.ldo',
  published='2024-11-05', region='Việt Nam', per='t2019-2024', text='''
Gần [[2.000|hl]] "Mái ấm Công đoàn" đến với đoàn viên khó khăn trong 5 năm
05/11/2024 06:30 (GMT+7)
Giai đoạn 2019-2024, Tổng LĐLĐ Việt Nam và các cấp công đoàn đã xây mới, sửa chữa [[1.928|sh]] nhà "Mái ấm Công đoàn" với tổng kinh phí [[96,4 tỷ|sf]] đồng từ Quỹ Xã hội và nguồn xã hội hóa.
Theo Ban Quan hệ lao động Tổng LĐLĐ Việt Nam, trong số này có [[1.512|sh2]] nhà xây mới và [[416|sh3]] nhà được sửa chữa. Mỗi căn được hỗ trợ từ 40 triệu đến 70 triệu đồng tùy theo mức độ khó khăn. Nhiều địa phương làm tốt như Bến Tre, Nghệ An, Thanh Hóa; riêng LĐLĐ tỉnh Bến Tre đã trao [[112|sh5]] căn nhà trong giai đoạn này.
Song song, Chương trình "Phúc lợi đoàn viên" được mở rộng: Tổng LĐLĐ Việt Nam đã ký [[68|wp]] thỏa thuận hợp tác với các doanh nghiệp đối tác, mang lại ưu đãi cho hàng triệu đoàn viên. Các cấp công đoàn cũng trao tặng [[2,1 triệu|b1]] suất quà Tết cho đoàn viên, người lao động có hoàn cảnh khó khăn.
Nhân dịp kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 - 28/7/2024), hàng trăm doanh nghiệp đã đồng hành cùng công đoàn trong việc xây nhà cho đoàn viên.
Thực hiện Nghị quyết Đại hội XIII Công đoàn Việt Nam, nhiệm kỳ 2023-2028, Tổng LĐLĐ Việt Nam phấn đấu đến năm 2028 phát triển mới [[1,5 triệu|t1]] đoàn viên, thành lập [[10.000|t2]] CĐCS và hỗ trợ xây dựng [[5.000|t3]] "Mái ấm Công đoàn".
Xem thêm: Quy định số 5827/QĐ-TLĐ về quản lý Quỹ Xã hội Công đoàn.
Theo dõi Báo Lao Động trên Google News
''', recs=[
  R('hl', 'shelter_houses', bound='under', note='headline "Gần 2.000" is a rounded repeat of 1.928 (gold README 1): body period 2019-2024; "5 năm" is a duration, no record'),
  R('sh', 'shelter_houses', note='national body reporting the national total -> Việt Nam (records.md regions)'),
  R('sf', 'shelter_funds'),
  R('sh2', 'shelter_houses', scope='xây mới', note='breakdown (gold README 6)'),
  R('sh3', 'shelter_houses', scope='sửa chữa', note='breakdown (gold README 6)'),
  R('sh5', 'shelter_houses', reg='Bến Tre', note='reported by LĐLĐ tỉnh Bến Tre -> Bến Tre (records.md regions); "trong giai đoạn này" -> 2019-2024'),
  R('wp', 'welfare_partners', note='no own period: nearest earlier phrase "Giai đoạn 2019-2024" (records.md periods)'),
  R('b1', 'beneficiaries', note='"2,1 triệu" -> 2100000 (gold README 3); gift packages are beneficiaries (gold README 9); period from the nearest earlier phrase 2019-2024'),
  R('t1', 'members_new', 'target', per='t2023-2028', note='"phấn đấu đến năm 2028" in the term 2023-2028 named in the sentence -> target of the term (records.md periods)'),
  R('t2', 'unions_new', 'target', per='t2023-2028'),
  R('t3', 'shelter_houses', 'target', per='t2023-2028'),
]))

# v05 ---------------------------------------------------------------------------------
ARTS.append(dict(id='v05', url='https://congdoanyte.vn/tin-tuc/cong-doan-y-te-viet-nam-trao-1-2-ty-dong-ho-tro-nhan-vien-y-te-can-tho-7721.html',
  published='2021-07-08', region='Cần Thơ', per='pub', text='''
Công đoàn Y tế Việt Nam trao [[1,2 tỷ|hl]] đồng hỗ trợ nhân viên y tế Cần Thơ
08/07/2021
Sáng nay (8/7), tại TP Cần Thơ, Công đoàn Y tế Việt Nam đã trao [[1,2 tỷ|f2]] đồng hỗ trợ [[800|b2]] nhân viên y tế đang trực tiếp tham gia phòng, chống dịch Covid-19, mỗi suất 1,5 triệu đồng.
Phát biểu tại buổi trao, đại diện Công đoàn Y tế Việt Nam ghi nhận sự hy sinh thầm lặng của đội ngũ y, bác sĩ thành phố trong đợt dịch thứ tư.
Tính đến ngày 30/6/2021, Công đoàn ngành Y tế Cần Thơ có [[38|ut]] CĐCS với [[9.412|mt]] đoàn viên. Trong 6 tháng đầu năm 2021, Công đoàn ngành kết nạp [[312|mn]] đoàn viên, thành lập [[2|un]] CĐCS tại các bệnh viện tư nhân.
Từ đầu năm 2021 đến ngày 30/6/2021, Công đoàn Y tế Việt Nam đã hỗ trợ [[3.126|b1]] lượt nhân viên y tế tuyến đầu chống dịch tại Cần Thơ. Trên phạm vi cả nước, cùng thời gian này, Công đoàn Y tế Việt Nam đã hỗ trợ hơn [[15.000|b4]] lượt nhân viên y tế với tổng kinh phí [[21,6 tỷ|f3]] đồng.
Hotline hỗ trợ nhân viên y tế: 1900 9095
Tags: Công đoàn Y tế, Covid-19, Cần Thơ
''', recs=[
  R('hl', 'support_funds', note='headline repeat of the sapo figure (gold README 1); national sector union acting in one province -> Cần Thơ (records.md regions)'),
  R('f2', 'support_funds', note='Công đoàn Y tế Việt Nam acting in Cần Thơ -> Cần Thơ (records.md regions); "Sáng nay (8/7)" is the publication day; no earlier period phrase -> publication date'),
  R('b2', 'beneficiaries', note='"mỗi suất 1,5 triệu đồng" is a per-item amount, not a record'),
  R('ut', 'unions_total', per='pub', scope='Công đoàn ngành Y tế', note='"Tính đến ngày 30/6/2021 ... có" is a stock: dated at publication whatever period the sentence names (records.md periods)'),
  R('mt', 'members_total', per='pub', scope='Công đoàn ngành Y tế', note='stock dated at publication (records.md periods)'),
  R('mn', 'members_new', per='h1-2021', scope='Công đoàn ngành Y tế'),
  R('un', 'unions_new', per='h1-2021', scope='Công đoàn ngành Y tế'),
  R('b1', 'beneficiaries', per='2021-01-01..2021-06-30', note='"Từ đầu năm 2021 đến ngày 30/6/2021" -> 2021-01-01..2021-06-30; national sector union in one province -> Cần Thơ'),
  R('b4', 'beneficiaries', bound='over', reg='Việt Nam', per='2021-01-01..2021-06-30', note='"Trên phạm vi cả nước" -> Việt Nam; "cùng thời gian này" takes the previous sentence period'),
  R('f3', 'support_funds', reg='Việt Nam', per='2021-01-01..2021-06-30'),
]))
