package org.tthc.ingestion.sample;

import java.util.SplittableRandom;

import org.tthc.domain.dossier.ApplicantType;
import org.tthc.domain.dossier.Channel;

/**
 * Who submits a dossier, with realistic personal data (the reader drops it): 85% citizens with a 12-digit citizen ID
 * ({@code 099} — a code no real province uses — then century-and-sex digit, birth year, six digits), the rest
 * enterprises and organisations with a 10-digit tax code; a mobile number; an e-mail address for most online citizens.
 */
final class Applicants {
    private static final int[] MOBILE_PREFIXES = {32, 33, 34, 35, 36, 37, 38, 39, 70, 76, 77, 78, 79, 81, 82, 83, 84,
            85, 86, 88, 89, 90, 91, 93, 94, 96, 97, 98};
    private static final long CITIZEN_ID_PROVINCE = 99L * 1_000_000_000L;

    private final PeopleNames names;

    Applicants(PeopleNames names) {
        this.names = names;
    }

    void fill(DossierDraft d, SplittableRandom r, boolean hasFee) {
        int roll = r.nextInt(100);
        d.applicantType = roll < 85 ? ApplicantType.CITIZEN
                : roll < 96 ? ApplicantType.ENTERPRISE
                : roll < 97 ? ApplicantType.STATE_AGENCY : ApplicantType.ORGANISATION_OR_OTHER;
        boolean online = d.channel == Channel.ONLINE;
        if (d.applicantType == ApplicantType.CITIZEN) {
            d.applicant = names.randomPerson(r);
            int birthYear = 1950 + r.nextInt(58);
            int centuryAndSex = (birthYear >= 2000 ? 2 : 0) + (names.isFemale(d.applicant) ? 1 : 0);
            d.idNumber = CITIZEN_ID_PROVINCE + centuryAndSex * 100_000_000L + (birthYear % 100) * 1_000_000L
                    + r.nextInt(1_000_000);
            d.idDigits = 12;
            d.hasEmail = online && r.nextInt(10) < 7;
            d.emailNumber = r.nextInt(1_000);
        } else {
            d.applicant = names.randomCompany(r);
            d.idNumber = 3_700_000_000L + r.nextInt(300_000_000);
            d.idDigits = 10;
            d.hasEmail = false;
        }
        d.phone = MOBILE_PREFIXES[r.nextInt(MOBILE_PREFIXES.length)] * 10_000_000L + r.nextInt(10_000_000);
        d.digitised = r.nextInt(100) < (online ? 80 : 40);
        int payment = r.nextInt(10);
        d.onlinePayment = !online || !hasFee ? 0 : payment < 6 ? 1 : payment < 8 ? 2 : 0;
    }
}
