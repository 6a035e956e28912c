package org.tthc.api.security;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tthc.api.audit.AuditEntry.Outcome;
import org.tthc.api.audit.AuditLog;

/**
 * {@code GET /api/users} and {@code PUT /api/users/{username}} (admins): the REST API's local users. A user put
 * here lives until the app stops (the persistent user store is still to come, docs/security.md); every change is
 * audited, never with the password.
 */
@RestController
public class UsersController {
    private final ApiAccounts accounts;
    private final AuditLog audit;

    public UsersController(ApiAccounts accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    /** @param org the organisation the user is scoped to; null: all */
    public record UserRequest(String role, String org, String password) {
    }

    @GetMapping("/api/users")
    public List<ApiAccount> users() {
        return accounts.all();
    }

    @PutMapping("/api/users/{username}")
    public ApiAccount put(@PathVariable String username, @RequestBody UserRequest request, Authentication admin) {
        String target = "user/" + username;
        try {
            if (request.role() == null) {
                throw new IllegalArgumentException("role is required: analyst, office, operator or admin");
            }
            ApiAccount account = new ApiAccount(username, ApiRole.parse(request.role()), blankToNull(request.org()));
            boolean existed = accounts.find(username).isPresent();
            accounts.add(account, request.password());
            audit.record(admin.getName(), "user.put", target, Outcome.DONE, (existed ? "replaced" : "added")
                    + ": role " + account.role() + (account.orgCode() == null ? "" : ", scope " + account.orgCode()));
            return account;
        } catch (IllegalArgumentException e) {
            audit.record(admin.getName(), "user.put", target, Outcome.REFUSED, e.getMessage());
            throw e;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
