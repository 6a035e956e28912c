package org.tthc.warehouse.process;

import java.util.List;

/**
 * Process monitoring of a period ({@link StepTimes}): where the time goes.
 *
 * @param bySteps       each step name over all departments, longest average first
 * @param byDepartments each department of each organisation over all its steps, longest average first: where
 *                      dossiers wait longest
 * @param overrunSteps  the steps that overran their deadline at least once, most overruns first
 */
public record ProcessReport(List<StepTime> bySteps, List<StepTime> byDepartments, List<StepTime> overrunSteps) {
    public ProcessReport {
        bySteps = List.copyOf(bySteps);
        byDepartments = List.copyOf(byDepartments);
        overrunSteps = List.copyOf(overrunSteps);
    }
}
