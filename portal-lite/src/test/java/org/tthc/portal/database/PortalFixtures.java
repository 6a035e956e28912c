package org.tthc.portal.database;

import static org.tthc.portal.db.Tables.ORGANISATIONS;
import static org.tthc.portal.db.Tables.PROCEDURES;
import static org.tthc.portal.db.Tables.PROCEDURE_COMPONENTS;

import java.time.LocalDate;

import org.jooq.DSLContext;
import org.tthc.domain.organisation.OrganisationKind;
import org.tthc.domain.procedure.Procedure.ProcessingTimeUnit;

/** A small catalogue for the tests: a province, two departments, a working-day and a working-hour procedure. */
public final class PortalFixtures {
    public static final String PROVINCE = "H38";
    public static final String JUSTICE = "H38.13";
    public static final String CONSTRUCTION = "H38.17";
    /** Birth registration style: 3 working days. */
    public static final String THREE_DAY_PROCEDURE = "1.001193.000.00.00.H38";
    /** Certified copy style: 4 working hours. */
    public static final String FOUR_HOUR_PROCEDURE = "2.000815.000.00.00.H38";

    private PortalFixtures() {
    }

    public static void insertCatalogue(DSLContext dsl) {
        organisation(dsl, PROVINCE, "UBND tỉnh Quảng Trị", 1, OrganisationKind.PROVINCE, null);
        organisation(dsl, JUSTICE, "Sở Tư pháp", 2, OrganisationKind.DEPARTMENT, PROVINCE);
        organisation(dsl, CONSTRUCTION, "Sở Xây dựng", 2, OrganisationKind.DEPARTMENT, PROVINCE);
        long threeDays = procedure(dsl, THREE_DAY_PROCEDURE, "Đăng ký khai sinh", 3, ProcessingTimeUnit.WORKING_DAYS);
        procedure(dsl, FOUR_HOUR_PROCEDURE, "Chứng thực bản sao từ bản chính", 4, ProcessingTimeUnit.WORKING_HOURS);
        dsl.insertInto(PROCEDURE_COMPONENTS)
                .set(PROCEDURE_COMPONENTS.PROCEDURE_ID, threeDays)
                .set(PROCEDURE_COMPONENTS.COMPONENT_CODE, "TP01")
                .set(PROCEDURE_COMPONENTS.NAME, "Tờ khai đăng ký khai sinh")
                .execute();
    }

    private static void organisation(DSLContext dsl, String code, String name, int level, OrganisationKind kind,
                                     String parent) {
        dsl.insertInto(ORGANISATIONS)
                .set(ORGANISATIONS.CODE, code)
                .set(ORGANISATIONS.NAME, name)
                .set(ORGANISATIONS.ORG_LEVEL, (short) level)
                .set(ORGANISATIONS.KIND, kind.name())
                .set(ORGANISATIONS.PARENT_CODE, parent)
                .set(ORGANISATIONS.VALID_FROM, LocalDate.of(2020, 1, 1))
                .execute();
    }

    private static long procedure(DSLContext dsl, String code, String name, int time, ProcessingTimeUnit unit) {
        return dsl.insertInto(PROCEDURES)
                .set(PROCEDURES.CODE, code)
                .set(PROCEDURES.NAME, name)
                .set(PROCEDURES.SECTOR_CODE, "G09-TP03")
                .set(PROCEDURES.SECTOR_NAME, "Hộ tịch")
                .set(PROCEDURES.ONLINE_SERVICE_LEVEL, (short) 4)
                .set(PROCEDURES.PROCESSING_TIME, time)
                .set(PROCEDURES.PROCESSING_TIME_UNIT, unit.name())
                .returningResult(PROCEDURES.ID)
                .fetchSingle(PROCEDURES.ID);
    }
}
