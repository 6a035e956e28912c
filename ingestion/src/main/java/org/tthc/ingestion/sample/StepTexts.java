package org.tthc.ingestion.sample;

import com.fasterxml.jackson.core.io.SerializedString;

/** What officers write as the content of a step (NoiDungXuLy). */
final class StepTexts {
    static final SerializedString RECEIVED = PeopleNames.encoded("Tiếp nhận hồ sơ");
    static final SerializedString REFUSED = PeopleNames.encoded(
            "Từ chối tiếp nhận: hồ sơ không thuộc thẩm quyền hoặc không đủ thành phần theo quy định");
    static final SerializedString TRANSFERRED = PeopleNames.encoded("Chuyển hồ sơ đến bộ phận chuyên môn xử lý");
    static final SerializedString[] PROCESSING = {
            PeopleNames.encoded("Thẩm định hồ sơ"),
            PeopleNames.encoded("Xác minh, kiểm tra thực tế"),
            PeopleNames.encoded("Dự thảo kết quả giải quyết"),
            PeopleNames.encoded("Trình lãnh đạo phê duyệt")};
    static final SerializedString APPROVED = PeopleNames.encoded("Lãnh đạo ký duyệt kết quả");
    static final SerializedString SUPPLEMENT_REQUESTED = PeopleNames.encoded(
            "Yêu cầu bổ sung, hoàn thiện hồ sơ");
    static final SerializedString SUPPLEMENT_DETAIL = PeopleNames.encoded(
            "Đề nghị bổ sung bản sao giấy tờ chứng minh theo quy định");
    static final SerializedString SUPPLEMENT_RECEIVED = PeopleNames.encoded("Tiếp nhận hồ sơ bổ sung, tiếp tục xử lý");
    /** The apology and new appointment form: does not move the due date (statistics-rules §4). */
    static final SerializedString APOLOGY = PeopleNames.encoded("Phiếu xin lỗi và hẹn lại ngày trả kết quả");
    static final SerializedString WITHDRAWN = PeopleNames.encoded("Công dân yêu cầu rút hồ sơ");
    static final SerializedString STOPPED = PeopleNames.encoded(
            "Dừng xử lý hồ sơ do không đủ điều kiện giải quyết theo quy định");
    static final SerializedString FINISHED = PeopleNames.encoded(
            "Hoàn thành xử lý, chuyển kết quả đến bộ phận trả kết quả");
    static final SerializedString RETURNED = PeopleNames.encoded("Trả kết quả cho người nộp hồ sơ");

    private StepTexts() {
    }
}
