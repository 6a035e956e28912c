package org.tthc.portal.document;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The content types the portal accepts, each recognised by its declared type and by its first bytes. */
public enum DocumentType {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    /** Bytes to read before deciding whether the content is what it claims. */
    static final int SIGNATURE_LENGTH = 8;

    private final String mediaType;
    private final byte[] signature;

    DocumentType(String mediaType, byte[] signature) {
        this.mediaType = mediaType;
        this.signature = signature;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The accepted type of a declared media type ({@code image/jpeg; charset=…} and case are tolerated). */
    public static Optional<DocumentType> ofMediaType(String declared) {
        if (declared == null) {
            return Optional.empty();
        }
        String bare = declared.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        String normalised = bare.equals("image/jpg") || bare.equals("image/pjpeg") ? "image/jpeg" : bare;
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(normalised)).findFirst();
    }

    boolean matches(byte[] head, int length) {
        if (length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (head[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
