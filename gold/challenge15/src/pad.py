"""Number-free prose paragraphs that pad an article body to the target length."""
POOL = [
 "Đánh giá chung, hoạt động công đoàn thời gian qua đã có nhiều chuyển biến tích cực, bám sát cơ sở, hướng về người lao động. Các cấp công đoàn chủ động phối hợp với cơ quan chức năng, chủ doanh nghiệp giải quyết kịp thời những kiến nghị chính đáng của đoàn viên về tiền lương, tiền thưởng, bảo hiểm xã hội và điều kiện làm việc, góp phần xây dựng quan hệ lao động hài hòa, ổn định, tiến bộ.",
 "Tuy vậy, hoạt động của một số công đoàn cơ sở ở doanh nghiệp ngoài nhà nước còn hình thức, cán bộ công đoàn kiêm nhiệm chưa mạnh dạn đối thoại, thương lượng với người sử dụng lao động; việc nắm bắt tâm tư, nguyện vọng của đoàn viên có lúc chưa kịp thời. Tình trạng nợ đọng kinh phí công đoàn, bảo hiểm xã hội ở một số doanh nghiệp vẫn còn diễn ra.",
 "Lãnh đạo địa phương đề nghị tổ chức công đoàn tiếp tục đổi mới nội dung, phương thức hoạt động; quan tâm đào tạo, bồi dưỡng đội ngũ cán bộ công đoàn cơ sở; đẩy mạnh ứng dụng công nghệ thông tin trong quản lý đoàn viên, đồng thời làm tốt vai trò giám sát, phản biện xã hội, tham gia xây dựng Đảng, xây dựng chính quyền vững mạnh.",
 "Nhiều đoàn viên bày tỏ sự phấn khởi trước sự quan tâm, đồng hành của tổ chức công đoàn. Chị Nguyễn Thị Mai, công nhân một doanh nghiệp may, cho biết những phần quà, những lần thăm hỏi dù không lớn nhưng là nguồn động viên tinh thần quý giá, giúp người lao động thêm gắn bó với doanh nghiệp và tin tưởng vào tổ chức công đoàn.",
 "Bên cạnh các hoạt động chăm lo, công tác tuyên truyền, phổ biến pháp luật được đẩy mạnh dưới nhiều hình thức phong phú như sân khấu hóa, hội thi tìm hiểu pháp luật, phát tờ rơi, tuyên truyền trên mạng xã hội và nhóm Zalo của công nhân, giúp người lao động nâng cao hiểu biết về quyền và nghĩa vụ của mình.",
 "Hội nghị cũng đã thảo luận, thống nhất nhiều giải pháp trọng tâm, trong đó chú trọng việc tập hợp người lao động vào tổ chức công đoàn, nâng cao chất lượng hoạt động của công đoàn cơ sở, chăm lo thiết thực cho đoàn viên có hoàn cảnh khó khăn và phát huy vai trò của các thiết chế công đoàn tại khu công nghiệp.",
]


def fill(text_len, target=3080):
    out, i = [], 0
    while text_len < target:
        p = POOL[i % len(POOL)]
        out.append(p)
        text_len += len(p) + 1
        i += 1
    return ''.join(x + '\n' for x in out)
