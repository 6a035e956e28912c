package org.tthc.api.audit;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/audit[?actor=][&action=][&limit=100]}: the audit log, newest first (admins only). */
@RestController
public class AuditController {
    private final AuditLog audit;

    public AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/api/audit")
    public List<AuditEntry> audit(@RequestParam(required = false) String actor,
                                  @RequestParam(required = false) String action,
                                  @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("limit must be 1 to 10000, was " + limit);
        }
        return audit.latest(actor, action, limit);
    }
}
