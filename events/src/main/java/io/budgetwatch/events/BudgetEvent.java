package io.budgetwatch.events;

/** What every event on a budgetwatch topic carries: a schema version, a unique id and its CloudEvents type. */
public interface BudgetEvent {
    int schemaVersion();

    String eventId();

    /** The CloudEvents {@code ce_type} of this event. */
    String cloudEventType();
}
