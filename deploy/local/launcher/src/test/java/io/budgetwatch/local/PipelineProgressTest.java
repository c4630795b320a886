package io.budgetwatch.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.budgetwatch.events.Finding;
import io.budgetwatch.events.Severity;

class PipelineProgressTest {
    private static final Duration LONG_GRACE = Duration.ofHours(1);
    private final PipelineProgress progress = new PipelineProgress(Severity.WARNING);

    @Test
    void aDocumentWalksThroughTheStagesAndSaysWhereItIs() {
        assertEquals(Service.INGEST, progress.whereStuck("d1").service());
        progress.discovered("d1");
        assertEquals(Service.PARSE, progress.whereStuck("d1").service());
        progress.parsed("d1");
        assertEquals(Service.RECONCILE, progress.whereStuck("d1").service());
        progress.checked("d1", List.of(finding(Severity.CRITICAL), finding(Severity.INFO)));
        assertEquals(Service.NOTIFY, progress.whereStuck("d1").service());
        assertFalse(progress.settled("d1", LONG_GRACE), "its critical finding has not alerted yet");

        progress.alerted("d1");

        assertTrue(progress.settled("d1", LONG_GRACE));
    }

    @Test
    void aReportWithoutAlertingFindingsIsSettledAtOnce() {
        progress.checked("d1", List.of(finding(Severity.INFO)));

        assertTrue(progress.settled("d1", LONG_GRACE));
        assertEquals(0, progress.alertingFindings());
    }

    @Test
    void aReportWhoseAlertsNeverComeIsSettledAfterTheGrace() {
        progress.checked("d1", List.of(finding(Severity.WARNING)));

        assertTrue(progress.settled("d1", Duration.ZERO), "notify deduplicated its findings");
    }

    @Test
    void aDeadLetterSettlesTheDocumentAndIsCountedPerTopic() {
        progress.discovered("d1");
        progress.deadLettered("d1", "disclosure.documents.v1.dlq", "parse-service");

        assertTrue(progress.settled("d1", LONG_GRACE));
        PipelineProgress.Totals totals = progress.totals();
        assertEquals(1, totals.deadLettered());
        assertEquals(Map.of("disclosure.documents.v1.dlq", 1), totals.deadLettersByTopic());
    }

    @Test
    void totalsCountFindingsBySeverity() {
        progress.checked("d1", List.of(finding(Severity.CRITICAL), finding(Severity.WARNING)));
        progress.checked("d2", List.of(finding(Severity.WARNING)));

        PipelineProgress.Totals totals = progress.totals();
        assertEquals(2, totals.reports());
        assertEquals("1 critical, 2 warning", Severities.format(totals.findings()));
        assertEquals(3, progress.alertingFindings());
    }

    private static Finding finding(Severity severity) {
        return new Finding("rule", "balance", severity, "message", null, null, null, null, List.of(), "fp");
    }
}
