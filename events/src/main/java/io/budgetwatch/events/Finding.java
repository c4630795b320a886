package io.budgetwatch.events;

import java.math.BigDecimal;
import java.util.List;

/**
 * One rule violation. {@code expected}, {@code actual}, {@code difference} and {@code tolerance} are in 元 (null
 * where the rule is not arithmetic); {@code message} is Chinese and carries the numbers; {@code fingerprint}
 * identifies the problem (department, year, rule, location) so it alerts once.
 */
public record Finding(String ruleId, String category, Severity severity, String message, BigDecimal expected,
        BigDecimal actual, BigDecimal difference, BigDecimal tolerance, List<Evidence> evidence, String fingerprint) {
}
