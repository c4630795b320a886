package io.budgetwatch.events.serde;

import io.budgetwatch.events.ReconciliationReport;

public class ReconciliationReportDeserializer extends JsonEventDeserializer<ReconciliationReport> {
    public ReconciliationReportDeserializer() {
        super(ReconciliationReport.class);
    }
}
