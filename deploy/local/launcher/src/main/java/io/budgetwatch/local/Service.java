package io.budgetwatch.local;

/** The four services in pipeline order, by Maven module, and whether they keep state in PostgreSQL. */
enum Service {
    INGEST("ingest-service", true),
    PARSE("parse-service", false),
    RECONCILE("reconcile-service", true),
    NOTIFY("notify-service", true);

    private final String module;
    private final boolean usesDatabase;

    Service(String module, boolean usesDatabase) {
        this.module = module;
        this.usesDatabase = usesDatabase;
    }

    String module() {
        return module;
    }

    boolean usesDatabase() {
        return usesDatabase;
    }
}
