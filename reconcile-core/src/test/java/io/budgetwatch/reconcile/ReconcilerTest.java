package io.budgetwatch.reconcile;

import static io.budgetwatch.reconcile.fixtures.Reports.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.events.Finding;
import io.budgetwatch.events.KeyFigureNames;
import io.budgetwatch.events.ReconciliationReport;
import io.budgetwatch.events.Severity;
import io.budgetwatch.events.Stats;
import io.budgetwatch.reconcile.fixtures.ClaimBuilder;
import io.budgetwatch.reconcile.fixtures.Mutate;
import io.budgetwatch.reconcile.fixtures.Seed000;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The report contract the service and the CLI rely on, and the catalogue's integrity. */
class ReconcilerTest {
    private static final DisclosureParsed SEED = Seed000.disclosure();
    private static final Map<String, RuleCategory> PREFIXES = Map.of("BAL", RuleCategory.BALANCE, "XT",
            RuleCategory.CROSS_TABLE, "3P", RuleCategory.THREE_PUBLIC, "TXT", RuleCategory.NARRATIVE, "YOY",
            RuleCategory.YEAR_OVER_YEAR, "CMP", RuleCategory.COMPLETENESS, "PLA", RuleCategory.PLAUSIBILITY);

    /** A rule that throws on an input nobody foresaw (a rate printed 1,2%) loses its own findings only, and says so. */
    @Test
    void aRuleThatFailsOnItsInputIsOneInfoFindingAndTheOtherRulesStillReport() {
        ReconciliationReport clean = check(SEED);
        DisclosureParsed odd = Mutate.addClaim(SEED, ClaimBuilder.says(KeyFigureNames.EXPENDITURE_TOTAL).value("100")
                .increase("10").percent("1,2").on(3, "支出总计100万元，比上年增加10万元，增长1,2%。"));

        ReconciliationReport report = check(odd);

        Finding failure = report.findings().stream().filter(f -> f.message().contains("未能完成核对")).findFirst()
                .orElseThrow(() -> new AssertionError(report.findings().toString()));
        assertEquals("TXT-002", failure.ruleId());
        assertEquals(Severity.INFO, failure.severity());
        assertTrue(failure.message().contains("NumberFormatException"), failure.message());
        Set<String> others = new HashSet<>();
        report.findings().stream().filter(f -> !f.ruleId().equals("TXT-002")).forEach(f -> others.add(f.fingerprint()));
        clean.findings().stream().filter(f -> !f.ruleId().equals("TXT-002"))
                .forEach(f -> assertTrue(others.contains(f.fingerprint()), "still found: " + f.message()));
    }

    @Test
    void reportIdentifiesTheDocumentAndTheRuleset() {
        ReconciliationReport report = check(SEED);
        assertEquals(ReconciliationReport.SCHEMA_VERSION, report.schemaVersion());
        assertEquals(SEED.documentId(), report.documentId());
        assertEquals("河北省石家庄市/石家庄市科学技术局#306", report.departmentKey());
        assertEquals(SEED.department(), report.department());
        assertEquals(2023, report.year());
        assertEquals(SEED.kind(), report.kind());
        assertEquals(Reconciler.RULESET_VERSION, report.rulesetVersion());
        assertEquals(List.of(), report.resolved());
        assertNotEquals(report.eventId(), check(SEED).eventId());
    }

    @Test
    void statsCountEveryRuleApplicationOnce() {
        Stats stats = check(SEED).stats();
        assertEquals(stats.rulesRun(), stats.passed() + stats.failed() + stats.skipped());
        assertEquals(3, stats.failed(), "BAL-003 on the asset table, 3P-007, CMP-005");
        assertTrue(stats.skipped() >= 1, "YOY rules have no previous year to look at");
    }

    @Test
    void criticalFindingsComeFirst() {
        List<Severity> severities = check(SEED).findings().stream().map(Finding::severity).toList();
        assertEquals(severities.stream().sorted().toList(), severities);
    }

    @Test
    void everyFindingCarriesTheCatalogueCategoryAndSeverityOfItsRule() {
        Map<String, RuleDescription> byId = new java.util.HashMap<>();
        new Reconciler(RuleSettings.defaults()).catalogue().forEach(d -> byId.put(d.id(), d));
        for (Finding finding : check(SEED).findings()) {
            RuleDescription rule = byId.get(finding.ruleId());
            assertEquals(rule.category().wireName(), finding.category());
            assertEquals(rule.severity(), finding.severity());
            assertEquals(64, finding.fingerprint().length());
        }
    }

    @Test
    void catalogueIdsAreUniqueAndNamedAfterTheirCategory() {
        List<RuleDescription> catalogue = new Reconciler(RuleSettings.defaults()).catalogue();
        Set<String> ids = new HashSet<>();
        for (RuleDescription rule : catalogue) {
            assertTrue(ids.add(rule.id()), "duplicate " + rule.id());
            String prefix = rule.id().substring(0, rule.id().indexOf('-'));
            assertEquals(PREFIXES.get(prefix), rule.category(), rule.id());
            assertFalse(rule.checks().isBlank() || rule.why().isBlank() || rule.example().isBlank(), rule.id());
        }
    }

    @Test
    void settingsRejectNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new RuleSettings(BigDecimal.ZERO, BigDecimal.TEN));
        assertThrows(NullPointerException.class, () -> new Reconciler(null));
    }
}
