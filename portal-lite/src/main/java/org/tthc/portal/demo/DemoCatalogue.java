package org.tthc.portal.demo;

import static org.tthc.portal.db.Tables.ORGANISATIONS;
import static org.tthc.portal.db.Tables.PROCEDURES;
import static org.tthc.portal.db.Tables.PROCEDURE_COMPONENTS;
import static org.tthc.portal.db.Tables.PROCEDURE_ORGANISATIONS;
import static org.tthc.portal.db.Tables.PROCEDURE_STEPS;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.tthc.domain.organisation.OrganisationKind;
import org.tthc.domain.procedure.Procedure.ProcessingTimeUnit;

/**
 * The demo catalogue of the sample province H99: the province, two of its departments, three procedures with their
 * documents and processing steps, and which organisations receive which procedure. {@link DemoProvince} inserts it
 * into an empty store; the app's demo accounts have one officer per organisation here.
 */
public final class DemoCatalogue {
    public static final String PROVINCE = "000.00.00.H99";
    public static final String JUSTICE = "000.00.13.H99";
    public static final String CONSTRUCTION = "000.00.17.H99";
    public static final String BIRTH_REGISTRATION = "1.001193.000.00.00.H99";
    public static final String CERTIFIED_COPY = "2.000815.000.00.00.H99";
    public static final String BUILDING_PERMIT = "1.009972.000.00.00.H99";

    /** The organisations that receive each procedure's dossiers (the demo seed spreads its dossiers over them). */
    public static final Map<String, List<String>> OFFERED_AT = Map.of(
            BIRTH_REGISTRATION, List.of(JUSTICE),
            CERTIFIED_COPY, List.of(JUSTICE, PROVINCE),
            BUILDING_PERMIT, List.of(CONSTRUCTION));

    private DemoCatalogue() {
    }

    /** Inserts the catalogue; the caller checks the store has none yet. */
    static void insert(DSLContext dsl) {
        organisation(dsl, PROVINCE, "UBND tỉnh mẫu H99", 1, OrganisationKind.PROVINCE, null);
        organisation(dsl, JUSTICE, "Sở Tư pháp", 2, OrganisationKind.DEPARTMENT, PROVINCE);
        organisation(dsl, CONSTRUCTION, "Sở Xây dựng", 2, OrganisationKind.DEPARTMENT, PROVINCE);

        long birth = procedure(dsl, BIRTH_REGISTRATION, "Đăng ký khai sinh", "Hộ tịch", 3,
                ProcessingTimeUnit.WORKING_DAYS, 0);
        component(dsl, birth, "TP01", "Tờ khai đăng ký khai sinh", true);
        component(dsl, birth, "TP02", "Giấy chứng sinh", true);
        step(dsl, birth, 1, "Thẩm định hồ sơ", "Phòng Hộ tịch", 1, ProcessingTimeUnit.WORKING_DAYS);
        step(dsl, birth, 2, "Phê duyệt", "Lãnh đạo Sở", 1, ProcessingTimeUnit.WORKING_DAYS);
        step(dsl, birth, 3, "Ký số, đóng dấu", "Văn phòng Sở", 4, ProcessingTimeUnit.WORKING_HOURS);

        long copy = procedure(dsl, CERTIFIED_COPY, "Chứng thực bản sao từ bản chính", "Chứng thực", 4,
                ProcessingTimeUnit.WORKING_HOURS, 2_000);
        component(dsl, copy, "TP01", "Bản chính giấy tờ cần chứng thực", true);
        step(dsl, copy, 1, "Chứng thực", "Phòng Công chứng", 4, ProcessingTimeUnit.WORKING_HOURS);

        long permit = procedure(dsl, BUILDING_PERMIT, "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Xây dựng", 15,
                ProcessingTimeUnit.WORKING_DAYS, 75_000);
        component(dsl, permit, "TP01", "Đơn đề nghị cấp giấy phép xây dựng", true);
        component(dsl, permit, "TP02", "Bản vẽ thiết kế", true);
        step(dsl, permit, 1, "Thẩm định hồ sơ", "Phòng Quản lý xây dựng", 12, ProcessingTimeUnit.WORKING_DAYS);
        step(dsl, permit, 2, "Phê duyệt", "Lãnh đạo Sở", 3, ProcessingTimeUnit.WORKING_DAYS);

        for (var offered : OFFERED_AT.entrySet()) {
            long procedure = dsl.select(PROCEDURES.ID).from(PROCEDURES).where(PROCEDURES.CODE.eq(offered.getKey()))
                    .fetchSingle(PROCEDURES.ID);
            for (String org : offered.getValue()) {
                dsl.insertInto(PROCEDURE_ORGANISATIONS)
                        .set(PROCEDURE_ORGANISATIONS.PROCEDURE_ID, procedure)
                        .set(PROCEDURE_ORGANISATIONS.ORG_CODE, org)
                        .execute();
            }
        }
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

    private static long procedure(DSLContext dsl, String code, String name, String sector, int time,
                                  ProcessingTimeUnit unit, long feeVnd) {
        return dsl.insertInto(PROCEDURES)
                .set(PROCEDURES.CODE, code)
                .set(PROCEDURES.NAME, name)
                .set(PROCEDURES.SECTOR_NAME, sector)
                .set(PROCEDURES.ONLINE_SERVICE_LEVEL, (short) 4)
                .set(PROCEDURES.PROCESSING_TIME, time)
                .set(PROCEDURES.PROCESSING_TIME_UNIT, unit.name())
                .set(PROCEDURES.FEE_VND, feeVnd)
                .returningResult(PROCEDURES.ID)
                .fetchSingle(PROCEDURES.ID);
    }

    private static void component(DSLContext dsl, long procedure, String code, String name, boolean required) {
        dsl.insertInto(PROCEDURE_COMPONENTS)
                .set(PROCEDURE_COMPONENTS.PROCEDURE_ID, procedure)
                .set(PROCEDURE_COMPONENTS.COMPONENT_CODE, code)
                .set(PROCEDURE_COMPONENTS.NAME, name)
                .set(PROCEDURE_COMPONENTS.REQUIRED, required)
                .execute();
    }

    private static void step(DSLContext dsl, long procedure, int order, String name, String department, int duration,
                             ProcessingTimeUnit unit) {
        dsl.insertInto(PROCEDURE_STEPS)
                .set(PROCEDURE_STEPS.PROCEDURE_ID, procedure)
                .set(PROCEDURE_STEPS.STEP_ORDER, (short) order)
                .set(PROCEDURE_STEPS.NAME, name)
                .set(PROCEDURE_STEPS.DEPARTMENT, department)
                .set(PROCEDURE_STEPS.DURATION, duration)
                .set(PROCEDURE_STEPS.DURATION_UNIT, unit.name())
                .execute();
    }
}
