package io.budgetwatch.notify.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.budgetwatch.events.AlertStatus;
import io.budgetwatch.events.Severity;
import io.budgetwatch.notify.config.RoutesFile;

class InhibitStageTest {
    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    private static AlertChange alert(String fingerprint, String document, String ruleId, String category,
            Severity severity, AlertStatus status) {
        return new AlertChange(fingerprint, status, "dept", "部门", "河北省", 2023, document, null, ruleId, category, severity,
                "问题", null, NOW, null);
    }

    /** A per-document CMP-002 rule, as a routes file may configure it. */
    private static final List<InhibitRule> INCOMPLETE_READING = RoutesFile.parseAll("""
            route:
              receiver: log
            inhibit_rules:
              - source_matchers: ['ruleId="CMP-002"']
                target_matchers: ['category=~"balance|cross_table"']
                equal: [documentId]
            """).inhibitRules();

    private static final AlertChange INCOMPLETE = alert("cmp", "doc", "CMP-002", "completeness", Severity.WARNING,
            AlertStatus.FIRING);

    @Test
    void anIncompleteReadingRuleInhibitsTheBalanceAndCrossTableAlertsOfItsDocumentOnly() {
        List<AlertChange> firing = List.of(INCOMPLETE);
        AlertChange balance = alert("bal", "doc", "BAL-003", "balance", Severity.CRITICAL, AlertStatus.FIRING);
        AlertChange crossTable = alert("xt", "doc", "XT-001", "cross_table", Severity.WARNING, AlertStatus.FIRING);
        AlertChange threePublic = alert("3p", "doc", "3P-001", "three_public", Severity.CRITICAL, AlertStatus.FIRING);
        AlertChange otherDocument = alert("bal2", "doc2", "BAL-003", "balance", Severity.CRITICAL, AlertStatus.FIRING);

        assertEquals(Optional.of("cmp"), new InhibitStage(INCOMPLETE_READING).inhibitor(balance, firing));
        assertEquals(Optional.of("cmp"), new InhibitStage(INCOMPLETE_READING).inhibitor(crossTable, firing));
        assertEquals(Optional.empty(), new InhibitStage(INCOMPLETE_READING).inhibitor(threePublic, firing));
        assertEquals(Optional.empty(), new InhibitStage(INCOMPLETE_READING).inhibitor(otherDocument, firing));
        assertEquals(Optional.empty(), new InhibitStage(INCOMPLETE_READING).inhibitor(INCOMPLETE, firing),
                "an alert does not inhibit itself");
    }

    @Test
    void byDefaultATablesIncompleteReadingMutesTheBalanceAndCrossTableAlertsOfThatTableOnly() {
        AlertChange incomplete = inTable(alert("cmp", "doc", "CMP-002", "completeness", Severity.INFO,
                AlertStatus.FIRING), "general_budget_expenditure");
        AlertChange sameTable = inTable(alert("bal", "doc", "BAL-002", "balance", Severity.CRITICAL,
                AlertStatus.FIRING), "general_budget_expenditure");
        AlertChange crossTable = inTable(alert("xt", "doc", "XT-004", "cross_table", Severity.CRITICAL,
                AlertStatus.FIRING), "general_budget_expenditure");
        AlertChange otherTable = inTable(alert("bal2", "doc", "BAL-002", "balance", Severity.CRITICAL,
                AlertStatus.FIRING), "income_expenditure_summary");
        AlertChange otherDocument = inTable(alert("bal3", "doc2", "BAL-002", "balance", Severity.CRITICAL,
                AlertStatus.FIRING), "general_budget_expenditure");
        InhibitStage defaults = new InhibitStage(InhibitRule.DEFAULTS);
        List<AlertChange> firing = List.of(incomplete);

        assertTrue(defaults.isSource(incomplete), "kept as an alert although info: it inhibits");
        assertEquals(Optional.of("cmp"), defaults.inhibitor(sameTable, firing));
        assertEquals(Optional.of("cmp"), defaults.inhibitor(crossTable, firing));
        assertEquals(Optional.empty(), defaults.inhibitor(otherTable, firing));
        assertEquals(Optional.empty(), defaults.inhibitor(otherDocument, firing));
    }

    private static AlertChange inTable(AlertChange a, String table) {
        return new AlertChange(a.fingerprint(), a.status(), a.departmentKey(), a.department(), a.region(), a.year(),
                a.documentId(), table, a.ruleId(), a.category(), a.severity(), a.message(), a.evidence(),
                a.startsAt(), a.endsAt());
    }

    @Test
    void aCriticalInhibitsTheWarningsOfItsRuleFamilyInTheDocument() {
        AlertChange critical = alert("c", "doc", "3P-001", "three_public", Severity.CRITICAL, AlertStatus.FIRING);
        AlertChange sameFamily = alert("w", "doc", "3P-004", "three_public", Severity.WARNING, AlertStatus.FIRING);
        AlertChange otherFamily = alert("y", "doc", "YOY-002", "year_over_year", Severity.WARNING, AlertStatus.FIRING);
        assertEquals(Optional.of("c"), new InhibitStage(InhibitRule.DEFAULTS).inhibitor(sameFamily, List.of(critical)));
        assertEquals(Optional.empty(), new InhibitStage(InhibitRule.DEFAULTS).inhibitor(otherFamily, List.of(critical)));
    }

    @Test
    void inhibitedAlertsAreHeldApartAndResolvedOnesAreNeverInhibited() {
        AlertChange balance = alert("bal", "doc", "BAL-003", "balance", Severity.CRITICAL, AlertStatus.FIRING);
        AlertChange resolved = alert("bal-old", "doc", "BAL-001", "balance", Severity.CRITICAL, AlertStatus.RESOLVED);
        assertEquals(Optional.empty(), new InhibitStage(INCOMPLETE_READING).inhibitor(resolved, List.of(INCOMPLETE)));
        List<Batch> batches = NotifyPipelineTest.pipeline(INCOMPLETE_READING).mute("g",
                List.of(INCOMPLETE, balance, resolved), new Batch.Mutes(List.of(), List.of(INCOMPLETE, balance)), NOW);
        assertEquals(2, batches.size());
        assertNull(batches.get(0).inhibitedBy());
        assertEquals(List.of("cmp", "bal-old"), batches.get(0).alerts().stream().map(AlertChange::fingerprint).toList());
        assertEquals("cmp", batches.get(1).inhibitedBy());
    }

    @Test
    void rulesComeFromTheRoutesFileAndAnEmptyListTurnsTheDefaultsOff() {
        RoutesFile.Routes routes = RoutesFile.parseAll("""
                route:
                  receiver: log
                inhibit_rules:
                  - source_matchers: ['ruleId="PLA-001"']
                    target_matchers: ['category="balance"']
                    equal: [departmentKey, year]
                """);
        InhibitRule rule = routes.inhibitRules().get(0);
        assertEquals(1, routes.inhibitRules().size());
        AlertChange plausibility = alert("p", "doc", "PLA-001", "plausibility", Severity.CRITICAL, AlertStatus.FIRING);
        AlertChange balance = alert("b", "doc2", "BAL-003", "balance", Severity.CRITICAL, AlertStatus.FIRING);
        assertEquals(true, rule.inhibits(plausibility.labels(), balance.labels()));
        assertEquals(InhibitRule.DEFAULTS, RoutesFile.parseAll("route:\n  receiver: log\n").inhibitRules());
        assertEquals(List.of(), RoutesFile.parseAll("route:\n  receiver: log\ninhibit_rules: []\n").inhibitRules());
    }
}
