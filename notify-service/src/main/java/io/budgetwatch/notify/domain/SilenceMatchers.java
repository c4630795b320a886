package io.budgetwatch.notify.domain;

import java.util.Locale;

/**
 * What a silence mutes, Alertmanager-style: every set matcher must equal the alert's value (all unset matchers
 * match anything). {@code department} matches the department's name or key; {@code severity} ignores case.
 */
public record SilenceMatchers(String department, String ruleId, String category, String severity, String region) {

    /** Whether at least one matcher is set: a silence without any would mute everything. */
    public boolean isEmpty() {
        return blank(department) && blank(ruleId) && blank(category) && blank(severity) && blank(region);
    }

    public boolean matches(AlertChange alert) {
        return (blank(department) || department.equals(alert.department())
                || department.equals(alert.departmentKey()))
                && (blank(ruleId) || ruleId.equals(alert.ruleId()))
                && (blank(category) || category.equals(alert.category()))
                && (blank(severity) || (alert.severity() != null
                        && severity.equalsIgnoreCase(alert.severity().name().toLowerCase(Locale.ROOT))))
                && (blank(region) || region.equals(alert.region()));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
