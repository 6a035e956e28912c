package org.tthc.api.national;

import static org.tthc.api.control.db.Tables.NATIONAL_OUTBOX;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.tthc.api.control.ControlDatabase;
import org.tthc.api.control.db.tables.records.NationalOutboxRecord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The national outbox in the control database: queueing, the packets due for delivery, and every state change.
 * Each change is one conditional update, so a second acknowledgement of the same packet changes nothing.
 */
public final class Outbox {
    /** Packets that are snapshots of a period: once queued, a different content needs an explicit correction. */
    private static final Set<String> SNAPSHOT_TYPES = Set.of("MStatistic", "MVotes");
    private static final int RESPONSE_LIMIT = 4000;
    private static final List<String> UNSETTLED = List.of(OutboxStatus.PENDING.name(), OutboxStatus.SENT.name(),
            OutboxStatus.FAILED.name(), OutboxStatus.DEAD.name());
    private static final Set<String> DELIVERABLE = Set.of(OutboxStatus.PENDING.name(), OutboxStatus.FAILED.name());
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DSLContext dsl;

    public Outbox(ControlDatabase database) {
        this.dsl = database.dsl();
    }

    /** What queueing a packet did. */
    public enum Queueing {
        /** A new row. */
        QUEUED,
        /** The same content for the same subject is already in the outbox: nothing changed. */
        ALREADY_QUEUED,
        /** A snapshot of this subject with other content is already queued or sent: a correction must say so. */
        DIFFERS_FROM_QUEUED
    }

    public record Queued(Queueing outcome, OutboxEntry entry) {
    }

    /**
     * Queues {@code packet} as pending, due now. A snapshot packet (MStatistic, MVotes) whose subject already has a
     * row with other content is not queued unless it names that row in {@code supersedes}: what was submitted is
     * frozen, a correction is explicit.
     */
    public Queued enqueue(OutboxPacket packet, Instant now) {
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            String key = packet.idempotencyKey();
            Optional<NationalOutboxRecord> same = db.selectFrom(NATIONAL_OUTBOX)
                    .where(NATIONAL_OUTBOX.IDEMPOTENCY_KEY.eq(key)).fetchOptional();
            if (same.isPresent()) {
                return new Queued(Queueing.ALREADY_QUEUED, entry(same.get()));
            }
            if (SNAPSHOT_TYPES.contains(packet.packetType()) && packet.supersedes() == null) {
                Optional<NationalOutboxRecord> latest = db.selectFrom(NATIONAL_OUTBOX)
                        .where(NATIONAL_OUTBOX.PACKET_TYPE.eq(packet.packetType()))
                        .and(NATIONAL_OUTBOX.ORG_CODE.eq(packet.orgCode()))
                        .and(NATIONAL_OUTBOX.SUBJECT.eq(packet.subject()))
                        .orderBy(NATIONAL_OUTBOX.ID.desc()).limit(1).fetchOptional();
                if (latest.isPresent()) {
                    return new Queued(Queueing.DIFFERS_FROM_QUEUED, entry(latest.get()));
                }
            }
            NationalOutboxRecord row = db.newRecord(NATIONAL_OUTBOX);
            row.setPacketType(packet.packetType());
            row.setOrgCode(packet.orgCode());
            row.setSubject(packet.subject());
            row.setContentHash(packet.contentHash());
            row.setIdempotencyKey(key);
            row.setOrderingKey(packet.orderingKey());
            row.setEndpoint(packet.endpoint());
            row.setMediaType(packet.mediaType());
            row.setPayload(packet.payload());
            row.setRuleSet(packet.ruleSet());
            row.setTableVersions(packet.tableVersions().isEmpty() ? null : toJson(packet.tableVersions()));
            row.setSupersedes(packet.supersedes());
            row.setStatus(OutboxStatus.PENDING.name());
            row.setAttempts(0);
            row.setNextAttemptAt(at(now));
            row.setQueuedAt(at(now));
            row.store();
            return new Queued(Queueing.QUEUED, entry(row));
        });
    }

    /**
     * Packets due at {@code now} after {@code afterId}, in id order, at most {@code limit}: pending or failed with
     * their next attempt time reached, and no earlier packet of the same ordering key still unacknowledged (so at
     * most one per key, and a dead packet holds back the later packets of its dossier until an operator re-arms it).
     * The outbox is read by primary key from {@code afterId} on, a window of {@code limit} rows at a time (status and
     * time are filtered here, not in SQL: with them in the WHERE clause H2 chose the status index and sorted every
     * pending row for each window), and only the window's own keys' heads are looked up (index
     * {@code national_outbox_ordering}). A pass that moves {@code afterId} to {@link Due#scannedTo()} thus reads each
     * row once however many are queued. (Finding the heads of all keys for every batch made a drain of n packets cost
     * n/batch scans of the unsettled rows: a 300k day did not drain in 80 minutes.) A packet passed over because its
     * predecessor was still unsettled is found by the next pass.
     */
    public Due due(Instant now, long afterId, int limit) {
        long cursor = afterId;
        OffsetDateTime until = at(now);
        while (true) {
            var window = dsl.select(NATIONAL_OUTBOX.ID, NATIONAL_OUTBOX.STATUS, NATIONAL_OUTBOX.NEXT_ATTEMPT_AT,
                            NATIONAL_OUTBOX.ORDERING_KEY)
                    .from(NATIONAL_OUTBOX)
                    .where(NATIONAL_OUTBOX.ID.gt(cursor))
                    .orderBy(NATIONAL_OUTBOX.ID)
                    .limit(limit)
                    .fetch();
            if (window.isEmpty()) {
                return new Due(List.of(), cursor);
            }
            cursor = window.get(window.size() - 1).value1();
            var candidates = window.stream()
                    .filter(row -> DELIVERABLE.contains(row.value2()) && !row.value3().isAfter(until))
                    .toList();
            Set<String> keys = new HashSet<>();
            candidates.stream().map(row -> row.value4()).filter(Objects::nonNull).forEach(keys::add);
            Map<String, Long> heads = keys.isEmpty() ? Map.of()
                    : dsl.select(NATIONAL_OUTBOX.ORDERING_KEY, DSL.min(NATIONAL_OUTBOX.ID)).from(NATIONAL_OUTBOX)
                            .where(NATIONAL_OUTBOX.ORDERING_KEY.in(keys))
                            .and(NATIONAL_OUTBOX.STATUS.in(UNSETTLED))
                            .groupBy(NATIONAL_OUTBOX.ORDERING_KEY)
                            .fetchMap(NATIONAL_OUTBOX.ORDERING_KEY, DSL.min(NATIONAL_OUTBOX.ID));
            List<Long> due = candidates.stream()
                    .filter(row -> row.value4() == null || row.value1().equals(heads.get(row.value4())))
                    .map(row -> row.value1())
                    .toList();
            if (!due.isEmpty()) {
                return new Due(dsl.selectFrom(NATIONAL_OUTBOX).where(NATIONAL_OUTBOX.ID.in(due))
                        .orderBy(NATIONAL_OUTBOX.ID).fetch(Outbox::entry), cursor);
            }
        }
    }

    /**
     * Where a pass starts reading: the smallest id of a packet not yet acknowledged (pending, in flight, failed or
     * dead), if any. Rows before it are settled for good, so a pass need not read them.
     */
    public OptionalLong firstUnsettledId() {
        Long first = dsl.select(DSL.min(NATIONAL_OUTBOX.ID)).from(NATIONAL_OUTBOX)
                .where(NATIONAL_OUTBOX.STATUS.in(UNSETTLED))
                .fetchOne(0, Long.class);
        return first == null ? OptionalLong.empty() : OptionalLong.of(first);
    }

    /** Packets due, and the id up to which the outbox was read for them (where the next call of a pass goes on). */
    public record Due(List<OutboxEntry> entries, long scannedTo) {
    }

    /**
     * Pending or failed, and not held back: the first unacknowledged packet of its ordering key. The heads of all
     * keys come from one uncorrelated subquery over the unacknowledged rows (a correlated NOT EXISTS per candidate
     * made H2 scan the table once per row).
     */
    private static Condition open() {
        org.tthc.api.control.db.tables.NationalOutbox unsettled = NATIONAL_OUTBOX.as("unsettled");
        var heads = DSL.select(DSL.min(unsettled.ID)).from(unsettled)
                .where(unsettled.STATUS.in(UNSETTLED))
                .and(unsettled.ORDERING_KEY.isNotNull())
                .groupBy(unsettled.ORDERING_KEY);
        return NATIONAL_OUTBOX.STATUS.in(OutboxStatus.PENDING.name(), OutboxStatus.FAILED.name())
                .and(NATIONAL_OUTBOX.ORDERING_KEY.isNull().or(NATIONAL_OUTBOX.ID.in(heads)));
    }

    /**
     * The earliest next attempt of a packet that can become due (not held back behind a dead one), if any: when a
     * drain should look again.
     */
    public Optional<Instant> nextRetry() {
        OffsetDateTime next = dsl.select(DSL.min(NATIONAL_OUTBOX.NEXT_ATTEMPT_AT)).from(NATIONAL_OUTBOX)
                .where(open())
                .fetchOne(0, OffsetDateTime.class);
        return Optional.ofNullable(next).map(OffsetDateTime::toInstant);
    }

    /** Marks {@code entry} in flight and counts the attempt; false when another worker changed it meanwhile. */
    public boolean markSent(OutboxEntry entry, Instant now) {
        return dsl.update(NATIONAL_OUTBOX)
                .set(NATIONAL_OUTBOX.STATUS, OutboxStatus.SENT.name())
                .set(NATIONAL_OUTBOX.ATTEMPTS, NATIONAL_OUTBOX.ATTEMPTS.plus(1))
                .set(NATIONAL_OUTBOX.LAST_ATTEMPT_AT, at(now))
                .where(NATIONAL_OUTBOX.ID.eq(entry.id()))
                .and(NATIONAL_OUTBOX.STATUS.eq(entry.status().name()))
                .and(NATIONAL_OUTBOX.ATTEMPTS.eq(entry.attempts()))
                .execute() == 1;
    }

    /** The portal accepted the packet in flight. A second acknowledgement changes nothing. */
    public void markAcknowledged(long id, String response, Instant now) {
        dsl.update(NATIONAL_OUTBOX)
                .set(NATIONAL_OUTBOX.STATUS, OutboxStatus.ACKNOWLEDGED.name())
                .set(NATIONAL_OUTBOX.LAST_RESPONSE, truncated(response))
                .set(NATIONAL_OUTBOX.ACKNOWLEDGED_AT, at(now))
                .where(NATIONAL_OUTBOX.ID.eq(id)).and(NATIONAL_OUTBOX.STATUS.eq(OutboxStatus.SENT.name()))
                .execute();
    }

    /** The attempt failed; try again at {@code nextAttemptAt}. */
    public void markFailed(long id, String response, Instant nextAttemptAt) {
        dsl.update(NATIONAL_OUTBOX)
                .set(NATIONAL_OUTBOX.STATUS, OutboxStatus.FAILED.name())
                .set(NATIONAL_OUTBOX.LAST_RESPONSE, truncated(response))
                .set(NATIONAL_OUTBOX.NEXT_ATTEMPT_AT, at(nextAttemptAt))
                .where(NATIONAL_OUTBOX.ID.eq(id)).and(NATIONAL_OUTBOX.STATUS.eq(OutboxStatus.SENT.name()))
                .execute();
    }

    /** Refused, or out of attempts: the packet waits for an operator, with the reason. */
    public void markDead(long id, String reason) {
        dsl.update(NATIONAL_OUTBOX)
                .set(NATIONAL_OUTBOX.STATUS, OutboxStatus.DEAD.name())
                .set(NATIONAL_OUTBOX.LAST_RESPONSE, truncated(reason))
                .where(NATIONAL_OUTBOX.ID.eq(id)).and(NATIONAL_OUTBOX.STATUS.eq(OutboxStatus.SENT.name()))
                .execute();
    }

    /**
     * After a worker was killed: every packet left in flight is due again now, to be sent with the same
     * idempotency key (the portal may have received it; the key lets it tell). Returns how many.
     */
    public int recoverInFlight(Instant now) {
        return dsl.update(NATIONAL_OUTBOX)
                .set(NATIONAL_OUTBOX.STATUS, OutboxStatus.FAILED.name())
                .set(NATIONAL_OUTBOX.NEXT_ATTEMPT_AT, at(now))
                .set(NATIONAL_OUTBOX.LAST_RESPONSE, "interrupted in flight: the worker stopped before the answer")
                .where(NATIONAL_OUTBOX.STATUS.eq(OutboxStatus.SENT.name()))
                .execute();
    }

    /**
     * An operator re-arms a dead (or failed) packet: pending, due now, attempts counted from zero, the payload
     * unchanged. False when {@code id} is neither dead nor failed.
     */
    public boolean rearm(long id, Instant now) {
        return dsl.update(NATIONAL_OUTBOX)
                .set(NATIONAL_OUTBOX.STATUS, OutboxStatus.PENDING.name())
                .set(NATIONAL_OUTBOX.ATTEMPTS, 0)
                .set(NATIONAL_OUTBOX.NEXT_ATTEMPT_AT, at(now))
                .where(NATIONAL_OUTBOX.ID.eq(id))
                .and(NATIONAL_OUTBOX.STATUS.in(OutboxStatus.DEAD.name(), OutboxStatus.FAILED.name()))
                .execute() == 1;
    }

    /** Whether any packet of {@code packetType} about {@code subject} (a period, a dossier) is in the outbox. */
    public boolean anyQueued(String packetType, String subject) {
        return dsl.fetchExists(dsl.selectOne().from(NATIONAL_OUTBOX)
                .where(NATIONAL_OUTBOX.PACKET_TYPE.eq(packetType)).and(NATIONAL_OUTBOX.SUBJECT.eq(subject)));
    }

    public Optional<OutboxEntry> find(long id) {
        return dsl.selectFrom(NATIONAL_OUTBOX).where(NATIONAL_OUTBOX.ID.eq(id)).fetchOptional(Outbox::entry);
    }

    /** The newest rows first, optionally only those in {@code status}. */
    public List<OutboxEntry> list(Optional<OutboxStatus> status, int limit) {
        Condition filter = status.map(s -> NATIONAL_OUTBOX.STATUS.eq(s.name())).orElse(DSL.noCondition());
        return dsl.selectFrom(NATIONAL_OUTBOX).where(filter).orderBy(NATIONAL_OUTBOX.ID.desc()).limit(limit)
                .fetch(Outbox::entry);
    }

    /** Every packet of {@code packetType} about {@code subject} (a period, a dossier), newest first. */
    public List<OutboxEntry> about(String packetType, String subject) {
        return dsl.selectFrom(NATIONAL_OUTBOX)
                .where(NATIONAL_OUTBOX.PACKET_TYPE.eq(packetType)).and(NATIONAL_OUTBOX.SUBJECT.eq(subject))
                .orderBy(NATIONAL_OUTBOX.ID.desc())
                .fetch(Outbox::entry);
    }

    /** How many packets are in each state (every state present, zero when none). */
    public Map<OutboxStatus, Integer> counts() {
        Map<OutboxStatus, Integer> counts = new EnumMap<>(OutboxStatus.class);
        for (OutboxStatus s : OutboxStatus.values()) {
            counts.put(s, 0);
        }
        dsl.select(NATIONAL_OUTBOX.STATUS, DSL.count()).from(NATIONAL_OUTBOX).groupBy(NATIONAL_OUTBOX.STATUS)
                .fetch().forEach(r -> counts.put(OutboxStatus.valueOf(r.value1()), r.value2()));
        return counts;
    }

    private static OutboxEntry entry(NationalOutboxRecord r) {
        return new OutboxEntry(r.getId(), r.getPacketType(), r.getOrgCode(), r.getSubject(), r.getIdempotencyKey(),
                r.getOrderingKey(), r.getEndpoint(), r.getMediaType(), r.getPayload(), r.getRuleSet(),
                r.getTableVersions() == null ? Map.of() : fromJson(r.getTableVersions()), r.getSupersedes(),
                OutboxStatus.valueOf(r.getStatus()), r.getAttempts(), instant(r.getNextAttemptAt()),
                instant(r.getLastAttemptAt()), r.getLastResponse(), instant(r.getQueuedAt()),
                instant(r.getAcknowledgedAt()));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static String truncated(String text) {
        return text == null || text.length() <= RESPONSE_LIMIT ? text : text.substring(0, RESPONSE_LIMIT - 1) + "…";
    }

    private static String toJson(Map<String, Long> versions) {
        try {
            return JSON.writeValueAsString(versions);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write table versions " + versions, e);
        }
    }

    private static Map<String, Long> fromJson(String text) {
        try {
            return JSON.readValue(text, new TypeReference<Map<String, Long>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("table_versions is not a JSON object of versions: " + text, e);
        }
    }
}
