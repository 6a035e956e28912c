package org.tthc.domain.personal;

/**
 * The applicant's personal data as the operational source holds it: name, identity document number, phone and email.
 * It leaves the platform only in the dossier packets the national portal requires it in (DongBoHoSoMC's
 * {@code ChuHoSo}, {@code SoGiayToChuHoSo}, {@code SoDienThoai}, {@code Email}; the 2018 MSyncDocument's
 * {@code CitizenName}, {@code ApplicantsId}, {@code Phone}, {@code Email}); the warehouse never holds it.
 * Every part but the name may be null. {@link #toString()} prints none of it.
 */
public record ApplicantContact(String name, String idNumber, String phone, String email) {

    @Override
    public String toString() {
        return "ApplicantContact[personal data withheld]";
    }
}
