package org.tthc.api.national.dossier;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tthc.api.national.NationalProperties;
import org.tthc.api.national.dossier.PortalDossierChanges.ChangedDossier;
import org.tthc.api.national.dossier.PortalDossierChanges.ProcessingStep;
import org.tthc.domain.organisation.Organisation;
import org.tthc.domain.packet.PacketJsonSchemas;
import org.tthc.domain.packet.PacketXmlSchemas;
import org.tthc.domain.packet.lgsp.LgspPacketWriter;

/**
 * The 2018 LGSP adapter's packets ({@code tthc.national.dossier-packets=lgsp}): {@code MSyncDocument} to
 * {@code sync-document-path} and {@code MDocumentTraces} to {@code document-traces-path}, written by
 * {@link LgspPacketWriter} as JSON or XML ({@code tthc.national.format}) and checked against the JSON Schema or the
 * XSD. The packet has no {@code isUpdating}: a changed dossier is sent again as it now is. Both packets name the
 * level-1 organisation the dossier's handling organisation rolls up to in portal-lite's hierarchy; a dossier without
 * one is refused by that field (docs/decisions.md, "LGSP packets through the outbox").
 */
final class LgspDossierPackets implements DossierPackets {
    static final String DOSSIER_PACKET = "MSyncDocument";
    static final String PROGRESS_PACKET = "MDocumentTraces";
    /** A JSON Schema problem's top-level key: these records are the document itself. */
    private static final Pattern POINTER_FIELD = Pattern.compile("^/([^/:]+)");
    private static final Pattern QUOTED = Pattern.compile("'([^']+)'");
    /** The XSD validator names a bad value's element in the message after the one naming its type. */
    private static final Pattern BAD_VALUE = Pattern.compile("of element '([^']+)' is not valid");
    /** A sequence lists the elements it could take next: its optional ones, then the required one that is missing. */
    private static final Pattern EXPECTED = Pattern.compile("One of '\\{([^}]*)}' is expected");
    private static final Pattern UNEXPECTED = Pattern.compile("starting with element '([^']+)'");
    /** Writes the record a dossier without a level-1 organisation is compared by; it is never sent. */
    private static final LgspPacketWriter WITHOUT_LEVEL_ONE = new LgspPacketWriter("", "");

    private final PacketJsonSchemas jsonSchemas;
    private final PacketXmlSchemas xmlSchemas;
    private final boolean xml;
    private final String mediaType;
    private final String documentPath;
    private final String tracesPath;
    /** One writer per level-1 organisation (code and name). */
    private final Map<List<String>, LgspPacketWriter> writers = new ConcurrentHashMap<>();

    LgspDossierPackets(NationalProperties settings, PacketJsonSchemas jsonSchemas) {
        this.jsonSchemas = jsonSchemas;
        this.xml = settings.xml();
        this.xmlSchemas = xml ? new PacketXmlSchemas() : null;
        this.mediaType = settings.formatMediaType();
        this.documentPath = settings.syncDocumentPath();
        this.tracesPath = settings.documentTracesPath();
    }

    @Override
    public String record(ChangedDossier dossier) {
        return document(dossier.levelOne().map(this::writer).orElse(WITHOUT_LEVEL_ONE), dossier);
    }

    /** The same packet whether or not the portal has the dossier: MSyncDocument has no {@code isUpdating}. */
    @Override
    public DossierPacket dossier(ChangedDossier dossier, boolean update) {
        Optional<LgspPacketWriter> writer = dossier.levelOne().map(this::writer);
        if (writer.isEmpty()) {
            return withoutLevelOne(DOSSIER_PACKET, "OrganInchargeIdLevel1", dossier, null, documentPath);
        }
        return checked(DOSSIER_PACKET, dossier, null, documentPath, document(writer.get(), dossier));
    }

    @Override
    public DossierPacket progress(ChangedDossier dossier, ProcessingStep step) {
        String eventId = step.event().eventId();
        Optional<LgspPacketWriter> writer = dossier.levelOne().map(this::writer);
        if (writer.isEmpty()) {
            return withoutLevelOne(PROGRESS_PACKET, "OrganizationInchargeIdLevel1", dossier, eventId, tracesPath);
        }
        String payload = xml ? writer.get().traceXml(step.event()) : writer.get().traceJson(step.event());
        return checked(PROGRESS_PACKET, dossier, eventId, tracesPath, payload);
    }

    private String document(LgspPacketWriter writer, ChangedDossier dossier) {
        return xml ? writer.documentXml(dossier.record(), dossier.applicant())
                : writer.documentJson(dossier.record(), dossier.applicant());
    }

    private LgspPacketWriter writer(Organisation levelOne) {
        return writers.computeIfAbsent(List.of(levelOne.code(), levelOne.name()),
                key -> new LgspPacketWriter(key.get(0), key.get(1)));
    }

    private DossierPacket checked(String type, ChangedDossier dossier, String eventId, String endpoint,
                                  String payload) {
        List<String> problems = xml ? xmlSchemas.problems(type, payload) : jsonSchemas.problems(type, payload);
        String field = problems.isEmpty() ? null : xml ? xmlField(problems) : jsonField(problems.get(0));
        return new DossierPacket(type, dossier.record().dossierCode(), eventId, endpoint, mediaType, payload,
                problems, field);
    }

    /** Not written: the packet requires the level-1 organisation, and portal-lite's hierarchy gives none. */
    private DossierPacket withoutLevelOne(String type, String field, ChangedDossier dossier, String eventId,
                                          String endpoint) {
        String problem = "the handling organisation " + dossier.record().handlingOrgCode()
                + " rolls up to no level-1 organisation in portal-lite (check the parent_code chain of its"
                + " organisations)";
        return new DossierPacket(type, dossier.record().dossierCode(), eventId, endpoint, mediaType, "",
                List.of(problem), field);
    }

    /** The record's key in the JSON Pointer, else (a missing or unknown property) the quoted name, else {@code /}. */
    static String jsonField(String problem) {
        Matcher pointer = POINTER_FIELD.matcher(problem);
        if (pointer.find()) {
            return pointer.group(1);
        }
        Matcher quoted = QUOTED.matcher(problem);
        return quoted.find() ? quoted.group(1) : "/";
    }

    /**
     * The element the first XSD violation is about: a bad value's element; a missing one's, the last the sequence
     * expected (the optional ones it could also take come first); an element out of place; else {@code /}. A
     * message naming only a type is skipped: the next one names the element.
     */
    static String xmlField(List<String> problems) {
        for (String problem : problems) {
            Matcher bad = BAD_VALUE.matcher(problem);
            if (bad.find()) {
                return bad.group(1);
            }
            Matcher expected = EXPECTED.matcher(problem);
            if (expected.find()) {
                String[] names = expected.group(1).split(",");
                String last = names[names.length - 1].trim();
                return last.substring(last.lastIndexOf(':') + 1); // a qualified name is "namespace":Name
            }
            Matcher unexpected = UNEXPECTED.matcher(problem);
            if (unexpected.find()) {
                return unexpected.group(1);
            }
        }
        return "/";
    }
}
