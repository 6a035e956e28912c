package org.tthc.api.national;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tthc.national.*}: the national public-service portal and delivery through the outbox
 * (docs/national-sync.md). Sync is off while {@code base-url} is empty.
 *
 * @param baseUrl            the portal's (or its LGSP adapter's) base URL, e.g. {@code https://lgsp.example.gov.vn/api}
 * @param clientId           client-credentials id
 * @param clientSecret       client-credentials secret (set it through {@code TTHC_NATIONAL_CLIENT_SECRET})
 * @param tokenPath          token endpoint under the base URL
 * @param statisticsPath     where MStatistic packets are posted
 * @param votesPath          where MVotes packets are posted
 * @param dossierPath        where DongBoHoSoMC packets are posted
 * @param progressPath       where CapNhatTienDoHoSoMC packets are posted
 * @param dossierPackets     which dossier packets the national side takes: {@code dvcqg} (DongBoHoSoMC /
 *                           CapNhatTienDoHoSoMC) or {@code lgsp} (the 2018 MSyncDocument / MDocumentTraces)
 * @param syncDocumentPath   where MSyncDocument packets are posted
 * @param documentTracesPath where MDocumentTraces packets are posted
 * @param format             {@code json} (what the portal's adapters take) or {@code xml} for MStatistic, MVotes and
 *                           the LGSP dossier packets
 * @param connectTimeout     TCP/TLS connect time limit
 * @param readTimeout        time limit for the whole answer to one request
 * @param maxAttempts        attempts before a packet goes to dead letter
 * @param initialBackoff     wait after the first failed attempt
 * @param backoffMultiplier  each further wait is this many times the previous one
 * @param maxBackoff         the longest wait
 * @param jitter             randomisation factor of each wait (0.5: ±50 %)
 * @param graceDay           a period closes on this day of the following month (a year: of January)
 * @param trustStore         a PKCS#12 trust store for the portal's TLS certificate; empty: the JVM's default trust
 * @param trustStorePassword its password
 * @param pollInterval       how often the running app delivers the due packets of the outbox
 */
@ConfigurationProperties("tthc.national")
public record NationalProperties(
        @DefaultValue("") String baseUrl,
        @DefaultValue("") String clientId,
        @DefaultValue("") String clientSecret,
        @DefaultValue("/token") String tokenPath,
        @DefaultValue("/Statistic/UpdateStatistic") String statisticsPath,
        @DefaultValue("/Vote/UpdateVote") String votesPath,
        @DefaultValue("/DongBoHoSoMC") String dossierPath,
        @DefaultValue("/CapNhatTienDoHoSoMC") String progressPath,
        @DefaultValue(DVCQG_PACKETS) String dossierPackets,
        @DefaultValue("/Document/SyncDocument") String syncDocumentPath,
        @DefaultValue("/Document/UpdateDocumentTraces") String documentTracesPath,
        @DefaultValue("json") String format,
        @DefaultValue("10s") Duration connectTimeout,
        @DefaultValue("30s") Duration readTimeout,
        @DefaultValue("10") int maxAttempts,
        @DefaultValue("30s") Duration initialBackoff,
        @DefaultValue("2.0") double backoffMultiplier,
        @DefaultValue("6h") Duration maxBackoff,
        @DefaultValue("0.5") double jitter,
        @DefaultValue("5") int graceDay,
        @DefaultValue("") String trustStore,
        @DefaultValue("") String trustStorePassword,
        @DefaultValue("1m") Duration pollInterval) {

    /** {@code dossier-packets}: the DVCQG services' DongBoHoSoMC / CapNhatTienDoHoSoMC. */
    public static final String DVCQG_PACKETS = "dvcqg";
    /** {@code dossier-packets}: the 2018 LGSP adapter's MSyncDocument / MDocumentTraces. */
    public static final String LGSP_PACKETS = "lgsp";

    public NationalProperties {
        if (!dossierPackets.equals(DVCQG_PACKETS) && !dossierPackets.equals(LGSP_PACKETS)) {
            throw new IllegalArgumentException("tthc.national.dossier-packets must be " + DVCQG_PACKETS + " or "
                    + LGSP_PACKETS + ", was '" + dossierPackets + "'");
        }
        if (!format.equals("json") && !format.equals("xml")) {
            throw new IllegalArgumentException("tthc.national.format must be json or xml, was '" + format + "'");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("tthc.national.max-attempts must be at least 1, was " + maxAttempts);
        }
        if (graceDay < 1 || graceDay > 28) {
            throw new IllegalArgumentException("tthc.national.grace-day must be 1 to 28, was " + graceDay);
        }
    }

    /**
     * The media type of the packets {@code format} governs (statistics, rating and LGSP dossier packets):
     * {@code application/json} or {@code application/xml}.
     */
    public String formatMediaType() {
        return xml() ? "application/xml" : "application/json";
    }

    /** Whether the statistics, rating and LGSP dossier packets are sent as XML. */
    public boolean xml() {
        return format.equals("xml");
    }

    public boolean enabled() {
        return !baseUrl.isBlank();
    }

    /** The password is never printed. */
    @Override
    public String toString() {
        return "NationalProperties[baseUrl=" + baseUrl + ", clientId=" + clientId + ", format=" + format
                + ", dossierPackets=" + dossierPackets + "]";
    }
}
