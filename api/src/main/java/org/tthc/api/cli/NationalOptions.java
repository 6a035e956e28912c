package org.tthc.api.cli;

import java.nio.file.Path;
import java.time.Clock;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import org.tthc.api.control.ControlDatabase;
import org.tthc.api.control.ControlProperties;
import org.tthc.api.national.NationalPortalClient;
import org.tthc.api.national.NationalProperties;
import org.tthc.api.national.Outbox;
import org.tthc.api.national.OutboxWorker;
import org.tthc.api.national.RetryPolicy;

/**
 * What the national commands share: the {@code tthc.national.*} and {@code tthc.control.*} settings, read like the app reads them from environment
 * variables ({@code TTHC_NATIONAL_BASE_URL}, …) and {@code -D} system properties, with the same defaults.
 */
final class NationalOptions {
    static final String DATA_HELP = "Data folder; the control database under DATA/control (default: ${DEFAULT-VALUE}).";

    NationalProperties settings() {
        return binder().bindOrCreate("tthc.national", NationalProperties.class);
    }

    /** The control database: {@code tthc.control.datasource.url}, or the H2 file under {@code data}/control. */
    ControlDatabase openControl(Path data) {
        ControlProperties.Datasource ds = binder().bindOrCreate("tthc.control", ControlProperties.class).datasource();
        return ControlDatabase.open(ds.url(), ds.user(), ds.password(), data);
    }

    /** A worker over {@code outbox}, or null when national sync is off. */
    OutboxWorker worker(Outbox outbox, Clock clock) {
        NationalProperties settings = settings();
        if (!settings.enabled()) {
            return null;
        }
        return new OutboxWorker(outbox, new NationalPortalClient(settings, clock), RetryPolicy.of(settings), clock);
    }

    private static Binder binder() {
        return Binder.get(new StandardEnvironment());
    }
}
