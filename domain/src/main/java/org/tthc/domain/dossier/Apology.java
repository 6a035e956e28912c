package org.tthc.domain.dossier;

import java.util.Locale;

/**
 * The agency's apology and new appointment (Mẫu 04 of Circular 01/2018/TT-VPCP, "phiếu xin lỗi và hẹn lại ngày trả
 * kết quả"; the apology and request to extend of Circular 03/2025): a processing step that promises a later date
 * without moving the due date the dossier is evaluated against (statistics-rules §4). The national packets have no
 * field for it, so a step is an apology when its content (NoiDungXuLy) names it, "xin lỗi", as portal-lite
 * ("Xin lỗi và hẹn lại ngày trả kết quả: …"), the sample generator ({@link #FORM_TITLE}) and the one-stop systems'
 * progress packets word it. Contents are compared as they arrive, in composed Unicode (NFC), which is what every
 * source we read sends; a decomposed text would not match.
 */
public final class Apology {
    /** The form's title: the content of the apology step the sample generator writes. */
    public static final String FORM_TITLE = "Phiếu xin lỗi và hẹn lại ngày trả kết quả";
    private static final String MARKER = "xin lỗi";

    private Apology() {
    }

    /** Whether a step with this content is the agency's apology. */
    public static boolean isApology(String content) {
        return content != null && content.toLowerCase(Locale.ROOT).contains(MARKER);
    }

    /** {@link #isApology} as a Spark SQL condition on {@code column}. */
    public static String sparkCondition(String column) {
        return "lower(" + column + ") LIKE '%" + MARKER + "%'";
    }
}
