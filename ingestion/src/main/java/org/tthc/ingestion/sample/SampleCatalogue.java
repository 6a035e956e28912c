package org.tthc.ingestion.sample;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.tthc.domain.organisation.Organisation;
import org.tthc.domain.organisation.OrganisationSuccession;
import org.tthc.domain.procedure.Procedure;
import org.tthc.domain.procedure.Procedure.ProcessingTimeUnit;

/**
 * The sample province's organisations (with the 2025 reform) and its catalogue of about 1,900 procedures. Fixed (built from its own seed),
 * so every generated data set shares one catalogue.
 *
 * <p>Dossier shares: forty same-day procedures (hot-procedures.txt) carry 40% of dossiers, the others share the rest
 * with a Zipf-like tail. By scope, department procedures get 55% of dossiers, district ones 15%, commune ones 30%.
 */
public final class SampleCatalogue {
    public static final int PROCEDURE_COUNT = 1_900;
    private static final long CATALOGUE_SEED = 20250701L;
    private static final double HOT_SHARE = 0.40;
    private static final Map<Scope, double[]> SCOPE_SHARES = Map.of( // {hot, others}
            Scope.DEPARTMENT, new double[] {0.20, 0.35},
            Scope.DISTRICT, new double[] {0.06, 0.09},
            Scope.COMMUNE, new double[] {0.14, 0.16});
    private static final int[] PROCESSING_DAYS = {1, 2, 3, 3, 5, 5, 5, 7, 7, 10, 10, 10, 12, 15, 15, 15, 20, 20, 25, 30,
            30, 45, 60};
    private static final long[] FEES = {10_000, 20_000, 30_000, 50_000, 50_000, 100_000, 150_000, 200_000, 300_000,
            500_000, 1_000_000, 2_500_000};
    private static final String PROCEDURE_CODE_SUFFIX = ".000.00.00.H99";

    private final List<Organisation> organisations;
    private final List<OrganisationSuccession> successions;
    private final List<SampleProcedure> procedures;

    private SampleCatalogue(List<Organisation> organisations, List<OrganisationSuccession> successions,
                            List<SampleProcedure> procedures) {
        this.organisations = organisations;
        this.successions = successions;
        this.procedures = procedures;
    }

    public static SampleCatalogue binhAn() {
        return Builder.build();
    }

    /** Every version of every organisation, before and after the reform. */
    public List<Organisation> organisations() {
        return organisations;
    }

    /** The crosswalk of the reform between the province's codes and the city's. */
    public List<OrganisationSuccession> successions() {
        return successions;
    }

    /** The procedures, ordered by code. */
    public List<Procedure> procedures() {
        return procedures.stream().map(SampleProcedure::procedure).toList();
    }

    List<SampleProcedure> sampleProcedures() {
        return procedures;
    }

    private static final class Builder {
        private final SplittableRandom random = new SplittableRandom(CATALOGUE_SEED);
        private final Set<String> usedCodes = new HashSet<>();
        private final Map<String, SectorTemplate> sectors = new LinkedHashMap<>();
        private final Map<Scope, List<Procedure>> hot = new EnumMap<>(Scope.class);
        private final Map<Scope, List<Procedure>> others = new EnumMap<>(Scope.class);
        private final Map<String, SectorTemplate> sectorOf = new LinkedHashMap<>();

        static SampleCatalogue build() {
            Builder b = new Builder();
            b.readSectors();
            b.addHotProcedures();
            b.addSectorProcedures();
            List<SampleProcedure> all = new ArrayList<>();
            for (Scope scope : Scope.values()) {
                b.weigh(all, scope, b.hot.get(scope), SCOPE_SHARES.get(scope)[0], 0.8, 1);
                b.weigh(all, scope, b.shuffled(b.others.get(scope)), SCOPE_SHARES.get(scope)[1], 1.1, 20);
            }
            all.sort(Comparator.comparing(p -> p.procedure().code()));
            return new SampleCatalogue(SampleProvince.organisations(), SampleProvince.successions(),
                    List.copyOf(all));
        }

        private void readSectors() {
            for (String line : SampleResource.load("sectors.txt").lines("")) {
                SectorTemplate sector = SectorTemplate.parse(line);
                sectors.put(sector.code(), sector);
            }
            for (Scope scope : Scope.values()) {
                hot.put(scope, new ArrayList<>());
                others.put(scope, new ArrayList<>());
            }
        }

        private void addHotProcedures() {
            for (String line : SampleResource.load("hot-procedures.txt").lines("")) {
                String[] f = SampleResource.fields(line, 3);
                SectorTemplate sector = sectors.get(f[0]);
                if (sector == null) {
                    throw new IllegalStateException("hot procedure of unknown sector: " + line);
                }
                int level = random.nextInt(10) < 7 ? 4 : 3;
                hot.get(Scope.ofLetter(f[1].charAt(0))).add(procedure(sector, f[2], level, 0));
            }
        }

        private void addSectorProcedures() {
            int hotCount = hot.values().stream().mapToInt(List::size).sum();
            int[] counts = SampleMath.apportion(PROCEDURE_COUNT - hotCount,
                    sectors.values().stream().mapToDouble(SectorTemplate::relativeSize).toArray());
            int s = 0;
            for (SectorTemplate sector : sectors.values()) {
                for (int i = 0; i < counts[s]; i++) {
                    int days = random.nextInt(150) == 0 ? 0 : PROCESSING_DAYS[random.nextInt(PROCESSING_DAYS.length)];
                    others.get(sector.scope(i)).add(procedure(sector, sector.procedureName(i), onlineLevel(), days));
                }
                s++;
            }
        }

        private Procedure procedure(SectorTemplate sector, String name, int onlineLevel, int days) {
            long fee = random.nextBoolean() ? 0 : FEES[random.nextInt(FEES.length)];
            Procedure p = new Procedure(newCode(), name, sector.code(), sector.name(), onlineLevel, days,
                    ProcessingTimeUnit.WORKING_DAYS, fee);
            sectorOf.put(p.code(), sector);
            return p;
        }

        private int onlineLevel() {
            int r = random.nextInt(100);
            return r < 60 ? 4 : r < 85 ? 3 : 2;
        }

        /** A national-looking procedure code, {@code 1.0xxxxx} or {@code 2.00xxxx}, then the province's agency code. */
        private String newCode() {
            while (true) {
                boolean newer = random.nextInt(10) < 6;
                int number = newer ? 1_000 + random.nextInt(13_000) : random.nextInt(3_000);
                String code = (newer ? "1." : "2.") + SampleMath.sixDigits(number) + PROCEDURE_CODE_SUFFIX;
                if (usedCodes.add(code)) {
                    return code;
                }
            }
        }

        private List<Procedure> shuffled(List<Procedure> list) {
            List<Procedure> copy = new ArrayList<>(list);
            for (int i = copy.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                copy.set(j, copy.set(i, copy.get(j)));
            }
            return copy;
        }

        /** Zipf–Mandelbrot shares (rank + offset)^-exponent in list order, scaled to the pool's total share. */
        private void weigh(List<SampleProcedure> into, Scope scope, List<Procedure> pool, double poolShare,
                           double exponent, int offset) {
            double[] raw = new double[pool.size()];
            double sum = 0;
            for (int rank = 0; rank < raw.length; rank++) {
                raw[rank] = Math.pow(rank + offset, -exponent);
                sum += raw[rank];
            }
            for (int rank = 0; rank < raw.length; rank++) {
                Procedure p = pool.get(rank);
                SectorTemplate sector = sectorOf.get(p.code());
                String department = "000.00." + sector.departmentSegment() + ".H99";
                into.add(new SampleProcedure(p, scope, department, sector.ministryCode(), poolShare * raw[rank] / sum));
            }
        }
    }
}
