package io.budgetwatch.events.serde;

import io.budgetwatch.events.ReconciliationReport;

/** The mirror of {@link ReconciliationReportDeserializer}: SmallRye's dead-letter queue derives its serializer by that name. */
public class ReconciliationReportSerializer extends JsonEventSerializer<ReconciliationReport> {
}
