package io.budgetwatch.local;

/**
 * The four services in pipeline order, then the console that shows their results, by Maven module, and whether each
 * keeps state in PostgreSQL.
 */
enum Service {
    INGEST("ingest-service", true),
    PARSE("parse-service", false),
    RECONCILE("reconcile-service", true),
    NOTIFY("notify-service", true),
    CONSOLE("console", false);

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
