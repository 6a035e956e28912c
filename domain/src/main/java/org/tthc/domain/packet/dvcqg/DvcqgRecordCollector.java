package org.tthc.domain.packet.dvcqg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.tthc.domain.packet.wire.RecordVisitor;
import org.tthc.domain.dossier.DossierEvent;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.personal.ApplicantIdentity;
import org.tthc.domain.quality.RecordRejection;

/**
 * Keeps every record a reader (DVCQG, LGSP, CSV) delivers in memory: for small inputs, such as a pushed packet (bounded
 * by the endpoint's size limit) or the files whose reference statistics a test compares with an engine's. Large inputs
 * go through a batching visitor instead.
 */
public final class DvcqgRecordCollector implements RecordVisitor {
    private final List<DossierRecord> dossiers = new ArrayList<>();
    private final List<DossierEvent> events = new ArrayList<>();
    private final List<RecordRejection> rejections = new ArrayList<>();
    private final List<ApplicantIdentity> applicants = new ArrayList<>();

    /** Reads the packet files of a folder ({@code dossiers-*.json}, {@code progress-*.json}) in name order. */
    public static DvcqgRecordCollector readFolder(DvcqgPacketReader reader, Path folder) {
        DvcqgRecordCollector collector = new DvcqgRecordCollector();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".json") && (name.startsWith("dossiers-") || name.startsWith("progress-"))) {
                    reader.read(file, collector);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
        return collector;
    }

    @Override
    public void applicant(ApplicantIdentity applicant) {
        applicants.add(applicant);
    }

    @Override
    public void dossier(DossierRecord dossier) {
        dossiers.add(dossier);
    }

    @Override
    public void event(DossierEvent event) {
        events.add(event);
    }

    @Override
    public void rejected(RecordRejection rejection) {
        rejections.add(rejection);
    }

    public List<DossierRecord> dossiers() {
        return dossiers;
    }

    public List<DossierEvent> events() {
        return events;
    }

    public List<ApplicantIdentity> applicants() {
        return applicants;
    }

    public List<RecordRejection> rejections() {
        return rejections;
    }
}
