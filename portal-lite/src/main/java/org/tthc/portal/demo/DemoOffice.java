package org.tthc.portal.demo;

import java.time.LocalDateTime;
import java.util.Random;

import org.tthc.portal.rating.RatingService;
import org.tthc.portal.workflow.DossierWorkflow;

/** What every demo dossier's walk shares: the services on the moved clock, office time, the random source, now. */
record DemoOffice(DossierWorkflow workflow, RatingService ratings, MovableClock clock, OfficeTime time, Random random,
                  LocalDateTime now) {
}
