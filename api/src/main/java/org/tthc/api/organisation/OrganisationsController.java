package org.tthc.api.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.tthc.api.security.DataScope;
import org.tthc.api.security.DataScopes;
import org.tthc.api.statistics.UnknownOrganisationException;
import org.tthc.domain.TthcTime;
import org.tthc.domain.organisation.Organisation;
import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.warehouse.Warehouse;

/**
 * {@code GET /api/organisations} and {@code GET /api/organisations/{code}}: the organisations of the warehouse's
 * catalogue in today's structure (each code's current or latest version), limited to the caller's data scope; an
 * organisation outside it is a 403.
 */
@RestController
public class OrganisationsController {
    private final Warehouse warehouse;
    private final DataScopes scopes;
    private final Clock clock;

    public OrganisationsController(Warehouse warehouse, DataScopes scopes, Clock clock) {
        this.warehouse = warehouse;
        this.scopes = scopes;
        this.clock = clock;
    }

    public record OrganisationRow(String code, String name, int level, String kind, String parentCode,
                                  LocalDate validFrom, LocalDate validTo) {
        static OrganisationRow of(Organisation o) {
            return new OrganisationRow(o.code(), o.name(), o.level(), o.kind().name(), o.parentCode(), o.validFrom(),
                    o.validTo());
        }
    }

    @GetMapping("/api/organisations")
    public List<OrganisationRow> organisations(Authentication user) {
        OrganisationCatalogue catalogue = warehouse.catalogue();
        DataScope scope = scopes.of(user);
        LocalDate today = TthcTime.today(clock);
        return catalogue.all().stream().filter(o -> scope.permits(catalogue, o.code(), today))
                .sorted(Comparator.comparing(Organisation::code)).map(OrganisationRow::of).toList();
    }

    @GetMapping("/api/organisations/{code}")
    public OrganisationRow organisation(@PathVariable String code, Authentication user) {
        OrganisationCatalogue catalogue = warehouse.catalogue();
        Organisation organisation = catalogue.find(code).orElseThrow(() -> new UnknownOrganisationException(code));
        scopes.of(user).check(catalogue, code, TthcTime.today(clock));
        return OrganisationRow.of(organisation);
    }
}
