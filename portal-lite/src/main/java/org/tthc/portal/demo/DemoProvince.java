package org.tthc.portal.demo;

import static org.tthc.portal.db.Tables.DOSSIERS;
import static org.tthc.portal.db.Tables.PROCEDURES;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Objects;

import org.tthc.domain.TthcTime;
import org.tthc.domain.calendar.WorkingHours;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.portal.database.PortalDatabase;

/**
 * The sample province of {@code ./tthc run}: on an empty store, the demo catalogue ({@link DemoCatalogue}) and then
 * {@link #DOSSIER_COUNT} dossiers received over the last {@link #DAYS} days, every one of them produced by
 * portal-lite's own services (intake, workflow, rating) with the clock moved to each event, so that pages, statistics
 * and the ingestion's pull see realistic dossiers. Seeded from a fixed random seed: the same clock gives the same province.
 */
public final class DemoProvince {
    public static final int DOSSIER_COUNT = 200;
    public static final int DAYS = 56;
    static final long SEED = 99;

    private final PortalDatabase database;
    private final Clock clock;
    private final WorkingHours hours;

    public DemoProvince(PortalDatabase database, Clock clock, WorkingHours hours) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.hours = Objects.requireNonNull(hours, "hours");
    }

    /** What a seeding did: whether it added the catalogue, and the dossiers it walked by the status they end in. */
    public record Seeded(boolean catalogue, Map<StatusCode, Integer> dossiersByStatus) {
        public int dossiers() {
            return dossiersByStatus.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * Seeds what the store lacks: the catalogue when it has no procedure, the dossiers when it has no dossier and the
     * demo catalogue is there. A store with dossiers is left alone, so seeding twice adds nothing.
     */
    public Seeded seedIfEmpty() {
        boolean catalogue = false;
        if (database.dsl().fetchCount(PROCEDURES) == 0) {
            database.dsl().transaction(configuration -> DemoCatalogue.insert(configuration.dsl()));
            catalogue = true;
        }
        boolean demoCatalogue = database.dsl().fetchExists(PROCEDURES,
                PROCEDURES.CODE.in(DemoCatalogue.OFFERED_AT.keySet()));
        if (!demoCatalogue || database.dsl().fetchExists(DOSSIERS)) {
            return new Seeded(catalogue, Map.of());
        }
        LocalDateTime now = TthcTime.toSecond(LocalDateTime.now(clock.withZone(TthcTime.ZONE)));
        Map<StatusCode, Integer> walked = new DemoDossiers(database, hours, SEED, now).walk(DOSSIER_COUNT, DAYS);
        return new Seeded(catalogue, Map.copyOf(walked));
    }
}
