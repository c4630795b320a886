package io.budgetwatch.reconcile;

import static io.budgetwatch.reconcile.fixtures.Reports.check;
import static io.budgetwatch.reconcile.fixtures.Reports.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import static io.budgetwatch.events.KeyFigureNames.BASIC_EXPENDITURE;

import io.budgetwatch.events.Claim;
import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.events.Finding;
import io.budgetwatch.events.ReconciliationReport;
import io.budgetwatch.events.TableTypes;
import io.budgetwatch.reconcile.fixtures.Mutate;
import io.budgetwatch.reconcile.fixtures.Seed000;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A corrected re-publication resolves what it fixed and keeps the fingerprints of what it did not. */
class SupersessionTest {
    private static final DisclosureParsed ORIGINAL = Seed000.disclosure();
    private static final ReconciliationReport FIRST = check(ORIGINAL);

    @Test
    void aCorrectedAssetTableResolvesTheImbalanceAndNothingElse() {
        DisclosureParsed corrected = Mutate.republished(
                Mutate.cell(ORIGINAL, TableTypes.ASSETS, "资产总额", "amount", "2225.52"), "sha256-corrected");
        ReconciliationReport second = check(corrected);

        List<Finding> resolved = Supersession.resolved(FIRST.findings(), second.findings());
        assertEquals(List.of("BAL-003"), resolved.stream().map(Finding::ruleId).toList());
        assertEquals(fingerprints(FIRST.findings().stream().filter(f -> !f.ruleId().equals("BAL-003")).toList()),
                fingerprints(second.findings()));
    }

    @Test
    void theSameProblemWithOtherNumbersKeepsItsFingerprint() {
        DisclosureParsed stillWrong = Mutate.republished(
                Mutate.cell(ORIGINAL, TableTypes.ASSETS, "资产总额", "amount", "2240.00"), "sha256-still-wrong");
        ReconciliationReport second = check(stillWrong);
        assertEquals(List.of(), Supersession.resolved(FIRST.findings(), second.findings()));
        assertEquals(fingerprints(findings(FIRST, "BAL-003")), fingerprints(findings(second, "BAL-003")));
        assertNotEquals(findings(FIRST, "BAL-003").get(0).message(), findings(second, "BAL-003").get(0).message());
    }

    @Test
    void fingerprintsBelongToOneDepartmentYearAndKind() {
        DisclosureParsed nextYear = Seed000.builder().build();
        DisclosureParsed otherYear = new DisclosureParsed(nextYear.schemaVersion(), nextYear.eventId(),
                nextYear.documentId(), nextYear.parserVersion(), nextYear.sourceUrl(), nextYear.department(), 2024,
                nextYear.kind(), nextYear.scope(), nextYear.unit(), nextYear.pages(), nextYear.tables(),
                nextYear.keyFigures(), nextYear.claims(), nextYear.quality(), nextYear.parsedAt());
        assertNotEquals(fingerprints(findings(FIRST, "BAL-003")),
                fingerprints(findings(check(otherYear), "BAL-003")));
    }

    @Test
    void aSentenceAddedBeforeAFindingDoesNotMoveItsFingerprint() {
        DisclosureParsed wrong = Mutate.claim(ORIGINAL, BASIC_EXPENDITURE, c -> true, c -> new Claim(c.topic(),
                c.subject(), "5800.00", c.unit(), c.change(), c.delta(), c.percent(), c.page(), c.sentence()));
        ReconciliationReport first = check(wrong);
        // the re-publication adds, before it, a sentence on the basic expenditure of a named part of the budget
        List<Claim> claims = new ArrayList<>(wrong.claims());
        claims.add(0, new Claim(BASIC_EXPENDITURE, "机关基本支出", "5827.79", "万元", null, null, null, 28,
                "机关基本支出5827.79万元。"));
        DisclosureParsed republished = Mutate.republished(new DisclosureParsed(wrong.schemaVersion(), wrong.eventId(),
                wrong.documentId(), wrong.parserVersion(), wrong.sourceUrl(), wrong.department(), wrong.year(),
                wrong.kind(), wrong.scope(), wrong.unit(), wrong.pages(), wrong.tables(), wrong.keyFigures(), claims,
                wrong.quality(), wrong.parsedAt()), "sha256-added-sentence");

        List<Finding> before = findings(first, "TXT-001");
        assertEquals(1, before.size(), "the wrong 基本支出 is found");
        assertEquals(fingerprints(before), fingerprints(findings(check(republished), "TXT-001")));
    }

    private static List<String> fingerprints(List<Finding> findings) {
        return findings.stream().map(Finding::fingerprint).sorted().toList();
    }
}
