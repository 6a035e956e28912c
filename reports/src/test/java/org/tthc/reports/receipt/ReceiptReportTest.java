package org.tthc.reports.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tthc.reports.receipt.Receipt.ReceivedDocument;

/**
 * The receipt (Mẫu 01) as PDF, read back with pdftotext: Vietnamese text, the code and the appointment. The first
 * test leaves its PDF in {@code target/receipt-test}.
 */
class ReceiptReportTest {
    @TempDir
    Path folder;

    @Test
    void theReceiptStatesTheDossierItsDocumentsAndTheAppointmentInVietnamese() throws Exception {
        Receipt receipt = new Receipt("000.00.13.H99-261203-0007", "Sở Tư pháp", "Nguyễn Thị Hương", "0912345678",
                "Đăng ký khai sinh", "3 ngày làm việc", "Trực tiếp", LocalDateTime.parse("2026-12-03T09:15:20"),
                LocalDateTime.parse("2026-12-08T09:15:20"), "Cán bộ Sở Tư pháp",
                List.of(new ReceivedDocument("Tờ khai đăng ký khai sinh", 1),
                        new ReceivedDocument("Giấy chứng sinh", 2)));

        byte[] pdf = ReceiptReport.shared().pdf(receipt);
        // kept for a look (and the image in docs/portal-lite.md)
        Files.write(Files.createDirectories(Path.of("target", "receipt-test")).resolve("receipt.pdf"), pdf);

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = pdfText(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "Mã hồ sơ: 000.00.13.H99-261203-0007",
                "Tiếp nhận hồ sơ của: Nguyễn Thị Hương", "Nội dung yêu cầu giải quyết: Đăng ký khai sinh",
                "Tờ khai đăng ký khai sinh", "Giấy chứng sinh", "2 bản", "3 ngày làm việc",
                "Thời gian nhận hồ sơ: 09 giờ 15 phút, ngày 03/12/2026",
                "Thời gian trả kết quả giải quyết hồ sơ: 09 giờ 15 phút, ngày 08/12/2026",
                "SỞ TƯ PHÁP", "Cán bộ Sở Tư pháp");
    }

    @Test
    void aReceiptWithoutDocumentsStillRenders() throws Exception {
        Receipt receipt = new Receipt("000.00.00.H99-261203-0001", "UBND tỉnh mẫu H99", "Lê Văn Hải", null,
                "Chứng thực bản sao từ bản chính", "4 giờ làm việc", "Trực tuyến",
                LocalDateTime.parse("2026-12-03T20:05"), LocalDateTime.parse("2026-12-04T11:30"), "Nộp trực tuyến",
                List.of());

        assertThat(pdfText(ReceiptReport.shared().pdf(receipt)))
                .contains("000.00.00.H99-261203-0001", "11 giờ 30 phút, ngày 04/12/2026");
    }

    private String pdfText(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.write(folder.resolve("receipt.pdf"), pdf);
        Process process = new ProcessBuilder("pdftotext", "-layout", file.toString(), "-").redirectErrorStream(true)
                .start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("pdftotext: " + text).isZero();
        return text;
    }
}
