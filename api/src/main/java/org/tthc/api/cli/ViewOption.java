package org.tthc.api.cli;

import org.tthc.domain.organisation.OrganisationView;

import picocli.CommandLine.Option;

/** {@code --view}: which organisations the statistics are attributed to. */
final class ViewOption {
    @Option(names = "--view", defaultValue = "as-reported",
            description = "as-reported: the organisations valid at the period's end (default); restated: history "
                    + "re-attributed through merges and splits to today's organisations.")
    String view;

    OrganisationView parsed() {
        return OrganisationView.parse(view);
    }
}
