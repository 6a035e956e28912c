package org.tthc.api.web.citizen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.tthc.portal.document.DocumentRejectedException;
import org.tthc.portal.document.DocumentStore;

/**
 * Hands uploaded files to the {@link DocumentStore}, streamed from the multipart part (Tomcat keeps it in a temporary
 * file, not in memory). Returns the refusals, one message per file, for the page to show.
 */
@Component
public class Uploads {
    private final DocumentStore store;

    public Uploads(DocumentStore store) {
        this.store = store;
    }

    /** A file of the form and the document component it is for. */
    public record Upload(String componentCode, MultipartFile file) {
        boolean present() {
            return file != null && !file.isEmpty();
        }
    }

    public List<String> store(long dossierId, List<Upload> uploads) {
        List<String> refusals = new ArrayList<>();
        for (Upload upload : uploads) {
            if (!upload.present()) {
                continue;
            }
            MultipartFile file = upload.file();
            try (InputStream content = file.getInputStream()) {
                store.upload(dossierId, file.getOriginalFilename(), upload.componentCode(), file.getContentType(),
                        content);
            } catch (DocumentRejectedException e) {
                refusals.add(e.getMessage());
            } catch (IOException e) {
                throw new UncheckedIOException("could not read the upload " + file.getOriginalFilename(), e);
            }
        }
        return refusals;
    }
}
