package org.tthc.warehouse.delta;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.tthc.domain.organisation.OrganisationCatalogue;

/**
 * Rows of {@code org_rollup}: each organisation code with itself and every organisation it rolls up to, as the
 * domain's {@link OrganisationCatalogue#selfAndAncestors} says (unknown codes included: they roll up by code).
 */
final class OrganisationRollup {
    private OrganisationRollup() {
    }

    static List<Row> rows(OrganisationCatalogue catalogue, Collection<String> codes) {
        List<Row> rows = new ArrayList<>();
        for (String code : codes) {
            List<String> chain = catalogue.selfAndAncestors(code);
            for (int depth = 0; depth < chain.size(); depth++) {
                rows.add(RowFactory.create(code, chain.get(depth), depth));
            }
        }
        return rows;
    }
}
