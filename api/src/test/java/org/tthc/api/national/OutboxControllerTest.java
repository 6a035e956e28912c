package org.tthc.api.national;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.tthc.api.control.ControlDatabase;

/** {@code GET /api/national/outbox} over a real outbox in the embedded control database. */
class OutboxControllerTest {
    private static final Instant NOW = Instant.parse("2025-11-05T01:00:00Z");

    @TempDir
    Path data;

    private ControlDatabase database;
    private Outbox outbox;
    private MockMvc mvc;

    @BeforeEach
    void open() {
        database = ControlDatabase.embedded(data);
        outbox = new Outbox(database);
        mvc = MockMvcBuilders.standaloneSetup(new OutboxController(outbox)).build();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void listsThePacketsNewestFirstWithTheCountInEachState() throws Exception {
        OutboxEntry statistics = outbox.enqueue(TestPackets.statistics("000.00.00.H99", 10, 1), NOW).entry();
        OutboxEntry progress = outbox.enqueue(TestPackets.progress("H99-0001", 1), NOW).entry();
        outbox.markSent(progress, NOW);
        outbox.markAcknowledged(progress.id(), "HTTP 200: received", NOW);

        mvc.perform(get("/api/national/outbox"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.pending").value(1))
                .andExpect(jsonPath("$.counts.acknowledged").value(1))
                .andExpect(jsonPath("$.counts.dead").value(0))
                .andExpect(jsonPath("$.packets[0].id").value(progress.id()))
                .andExpect(jsonPath("$.packets[0].status").value("acknowledged"))
                .andExpect(jsonPath("$.packets[0].lastResponse").value("HTTP 200: received"))
                .andExpect(jsonPath("$.packets[1].packetType").value("MStatistic"))
                .andExpect(jsonPath("$.packets[1].subject").value("2025-10"))
                .andExpect(jsonPath("$.packets[1].ruleSet").value("R2025.1"))
                .andExpect(jsonPath("$.packets[1].tableVersions.dossier").value(12))
                .andExpect(jsonPath("$.packets[1].idempotencyKey").value(statistics.idempotencyKey()))
                .andExpect(jsonPath("$.packets[1].payload").doesNotExist());
    }

    @Test
    void filtersByStateAndShowsPayloadsWhenAsked() throws Exception {
        OutboxEntry statistics = outbox.enqueue(TestPackets.statistics("000.00.00.H99", 10, 1), NOW).entry();
        outbox.enqueue(TestPackets.progress("H99-0001", 1), NOW);

        mvc.perform(get("/api/national/outbox").param("status", "pending").param("payload", "true").param("limit", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.packets.length()").value(1))
                .andExpect(jsonPath("$.packets[0].payload").isString());
        mvc.perform(get("/api/national/outbox").param("status", "lost"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/national/outbox").param("status", "dead"))
                .andExpect(jsonPath("$.packets.length()").value(0));
    }
}
