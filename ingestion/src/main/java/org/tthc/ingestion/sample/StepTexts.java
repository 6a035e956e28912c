package org.tthc.ingestion.sample;

import org.tthc.domain.dossier.Apology;

/** What officers write as the content of a step (NoiDungXuLy). */
final class StepTexts {
    static final byte[] RECEIVED = WireJson.quoted("Tiếp nhận hồ sơ");
    static final byte[] REFUSED = WireJson.quoted(
            "Từ chối tiếp nhận: hồ sơ không thuộc thẩm quyền hoặc không đủ thành phần theo quy định");
    static final byte[] TRANSFERRED = WireJson.quoted("Chuyển hồ sơ đến bộ phận chuyên môn xử lý");
    static final byte[][] PROCESSING = {
            WireJson.quoted("Thẩm định hồ sơ"),
            WireJson.quoted("Xác minh, kiểm tra thực tế"),
            WireJson.quoted("Dự thảo kết quả giải quyết"),
            WireJson.quoted("Trình lãnh đạo phê duyệt")};
    static final byte[] APPROVED = WireJson.quoted("Lãnh đạo ký duyệt kết quả");
    static final byte[] SUPPLEMENT_REQUESTED = WireJson.quoted(
            "Yêu cầu bổ sung, hoàn thiện hồ sơ");
    static final byte[] SUPPLEMENT_DETAIL = WireJson.quoted(
            "Đề nghị bổ sung bản sao giấy tờ chứng minh theo quy định");
    static final byte[] SUPPLEMENT_RECEIVED = WireJson.quoted("Tiếp nhận hồ sơ bổ sung, tiếp tục xử lý");
    /** The apology and new appointment form: does not move the due date (statistics-rules §4). */
    static final byte[] APOLOGY = WireJson.quoted(Apology.FORM_TITLE);
    static final byte[] WITHDRAWN = WireJson.quoted("Công dân yêu cầu rút hồ sơ");
    static final byte[] STOPPED = WireJson.quoted(
            "Dừng xử lý hồ sơ do không đủ điều kiện giải quyết theo quy định");
    static final byte[] FINISHED = WireJson.quoted(
            "Hoàn thành xử lý, chuyển kết quả đến bộ phận trả kết quả");
    static final byte[] RETURNED = WireJson.quoted("Trả kết quả cho người nộp hồ sơ");

    private StepTexts() {
    }
}
