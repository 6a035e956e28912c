package org.tthc.warehouse.quality;

import java.time.LocalDateTime;

import org.tthc.domain.period.Period;

/**
 * An operator's decision to let a period's packet and report go out despite an error finding.
 *
 * @param affected     the finding's count the operator saw; a later, larger count is not covered
 * @param overriddenAt local time of Asia/Ho_Chi_Minh
 */
public record QualityOverride(Period period, String checkId, long affected, String operator, String reason,
                              LocalDateTime overriddenAt) {

    /** Whether this override accepts {@code result} (a finding of the same check in the same period). */
    public boolean covers(CheckResult result) {
        return result.checkId().equals(checkId) && !result.failed() && result.affected() <= affected;
    }
}
