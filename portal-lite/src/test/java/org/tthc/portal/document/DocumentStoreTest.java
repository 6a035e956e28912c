package org.tthc.portal.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tthc.portal.database.PortalFixtures.JUSTICE;
import static org.tthc.portal.database.PortalFixtures.THREE_DAY_PROCEDURE;
import static org.tthc.portal.db.Tables.DOCUMENTS;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tthc.domain.calendar.WorkingHours;
import org.tthc.domain.dossier.ApplicantType;
import org.tthc.domain.dossier.Channel;
import org.tthc.portal.database.PortalFixtures;
import org.tthc.portal.database.TestDatabase;
import org.tthc.portal.document.DocumentRejectedException.Reason;
import org.tthc.portal.intake.IntakeRequest;
import org.tthc.portal.intake.IntakeService;

class DocumentStoreTest {
    private static final long LIMIT = 64 * 1024;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-05T02:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temporaryFolder;

    @ParameterizedTest
    @MethodSource("org.tthc.portal.database.TestDatabase#kinds")
    void theSameContentIsStoredOnceUnderItsHash(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase test = TestDatabase.open(kind, temporaryFolder)) {
            long dossier = dossier(test);
            DocumentStore store = store(test);
            byte[] pdf = pdf("tờ khai");

            StoredDocument first = store.upload(dossier, "to-khai.pdf", "TP01", "application/pdf", stream(pdf));
            StoredDocument again = store.upload(dossier, "to-khai (1).pdf", "TP01", "application/pdf", stream(pdf));

            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
            assertThat(first.sha256()).isEqualTo(sha256);
            assertThat(first.newContent()).isTrue();
            assertThat(again.newContent()).isFalse();
            assertThat(first.contentPath()).isEqualTo(documentsRoot().resolve(sha256.substring(0, 2)).resolve(sha256))
                    .hasBinaryContent(pdf);
            assertThat(again.contentPath()).isEqualTo(first.contentPath());
            try (Stream<Path> files = Files.walk(documentsRoot())) {
                assertThat(files.filter(Files::isRegularFile)).containsExactly(first.contentPath());
            }
            assertThat(test.database().dsl().fetchCount(DOCUMENTS, DOCUMENTS.SHA256.eq(sha256))).isEqualTo(2);
            assertThat(first.sizeBytes()).isEqualTo(pdf.length);
        }
    }

    @ParameterizedTest
    @MethodSource("org.tthc.portal.database.TestDatabase#kinds")
    void anUploadPastTheSizeLimitIsRefusedAndLeavesNothingBehind(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase test = TestDatabase.open(kind, temporaryFolder)) {
            long dossier = dossier(test);
            byte[] large = new byte[(int) LIMIT + 1];
            byte[] header = pdf("");
            System.arraycopy(header, 0, large, 0, header.length);

            assertThatThrownBy(() -> store(test).upload(dossier, "ban-ve.pdf", "TP02", "application/pdf", stream(large)))
                    .isInstanceOfSatisfying(DocumentRejectedException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
                        assertThat(e.fileName()).isEqualTo("ban-ve.pdf");
                    })
                    .hasMessage("'ban-ve.pdf' is larger than the limit of 64 KB: compress it or split it into several"
                            + " files");
            assertNothingStored(test);
            StoredDocument exactlyAtLimit = store(test).upload(dossier, "vua-du.pdf", "TP02", "application/pdf",
                    stream(java.util.Arrays.copyOf(large, (int) LIMIT)));
            assertThat(exactlyAtLimit.sizeBytes()).isEqualTo(LIMIT);
        }
    }

    @ParameterizedTest
    @MethodSource("org.tthc.portal.database.TestDatabase#kinds")
    void typesOutsidePdfJpegAndPngAreRefused(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase test = TestDatabase.open(kind, temporaryFolder)) {
            long dossier = dossier(test);
            DocumentStore store = store(test);
            byte[] word = "PK\u0003\u0004 word document".getBytes(StandardCharsets.ISO_8859_1);
            assertThatThrownBy(() -> store.upload(dossier, "don.docx", "TP01",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", stream(word)))
                    .isInstanceOfSatisfying(DocumentRejectedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.TYPE_NOT_ALLOWED))
                    .hasMessage("'don.docx' is of type application/vnd.openxmlformats-officedocument"
                            + ".wordprocessingml.document, which is not accepted: upload a PDF, JPEG or PNG file");
            assertThatThrownBy(() -> store.upload(dossier, "anh.png", "TP03", "image/png", stream(word)))
                    .isInstanceOfSatisfying(DocumentRejectedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.CONTENT_DOES_NOT_MATCH_TYPE))
                    .hasMessage("'anh.png' was sent as image/png but its content is not a PNG file: upload a PDF,"
                            + " JPEG or PNG file");
            assertThatThrownBy(() -> store.upload(dossier, "rong.pdf", "TP01", "application/pdf", stream(new byte[0])))
                    .hasMessage("'rong.pdf' is empty: choose the file again");
            assertNothingStored(test);

            byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
            assertThat(store.upload(dossier, "cccd.jpg", "TP03", "image/JPEG", stream(jpeg)).type())
                    .isEqualTo(DocumentType.JPEG);
        }
    }

    /**
     * A name that climbs out of the folder (path traversal) is only ever text: the content is stored under its hash
     * inside the documents folder, nothing is written beside or above it, and the row keeps the name as sent.
     */
    @ParameterizedTest
    @MethodSource("org.tthc.portal.database.TestDatabase#kinds")
    void aNameThatClimbsOutOfTheFolderIsStoredAsTextAndWritesNothingOutside(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase test = TestDatabase.open(kind, temporaryFolder)) {
            long dossier = dossier(test);
            DocumentStore store = store(test);
            String climbing = "../../../../outside.pdf";
            String windows = "..\\..\\C:\\outside.pdf";

            StoredDocument first = store.upload(dossier, climbing, "TP01", "application/pdf", stream(pdf("một")));
            StoredDocument second = store.upload(dossier, windows, "TP01", "application/pdf", stream(pdf("hai")));

            for (StoredDocument stored : List.of(first, second)) {
                assertThat(stored.contentPath().normalize()).startsWith(documentsRoot().normalize());
                assertThat(stored.contentPath().getFileName()).hasToString(stored.sha256());
            }
            try (Stream<Path> files = Files.walk(temporaryFolder)) {
                assertThat(files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().contains("outside")))
                        .as("no file named after the upload anywhere").isEmpty();
            }
            assertThat(test.database().dsl().select(DOCUMENTS.NAME).from(DOCUMENTS).orderBy(DOCUMENTS.ID).fetch(
                    DOCUMENTS.NAME)).containsExactly(climbing, windows);
        }
    }

    private void assertNothingStored(TestDatabase test) throws IOException {
        assertThat(test.database().dsl().fetchCount(DOCUMENTS)).isZero();
        if (Files.exists(documentsRoot())) {
            try (Stream<Path> files = Files.walk(documentsRoot())) {
                assertThat(files.filter(Files::isRegularFile)).isEmpty();
            }
        }
    }

    private DocumentStore store(TestDatabase test) {
        return new DocumentStore(test.database(), documentsRoot(), LIMIT, CLOCK);
    }

    private Path documentsRoot() {
        return temporaryFolder.resolve("data").resolve("documents");
    }

    private static long dossier(TestDatabase test) {
        PortalFixtures.insertCatalogue(test.database().dsl());
        return new IntakeService(test.database(), CLOCK, WorkingHours.standard())
                .register(new IntakeRequest(THREE_DAY_PROCEDURE, JUSTICE, Channel.IN_PERSON, ApplicantType.CITIZEN,
                        "Lê Văn Cường", null, null, null, null, null, "cb.tiepnhan", null))
                .id();
    }

    private static byte[] pdf(String text) {
        return ("%PDF-1.7\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    private static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
