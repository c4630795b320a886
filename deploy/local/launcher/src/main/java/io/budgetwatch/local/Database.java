package io.budgetwatch.local;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL server the services share: the one named by {@code BUDGETWATCH_DB_URL} (with
 * {@code BUDGETWATCH_DB_USER} / {@code BUDGETWATCH_DB_PASSWORD}), else real PostgreSQL binaries from Maven Central
 * started here, with their data in the state directory.
 */
final class Database implements AutoCloseable {
    static final String URL_VARIABLE = "BUDGETWATCH_DB_URL";
    static final String USER_VARIABLE = "BUDGETWATCH_DB_USER";
    static final String PASSWORD_VARIABLE = "BUDGETWATCH_DB_PASSWORD";

    private final EmbeddedPostgres embedded;
    private final String reactiveUrl;
    private final String user;
    private final String password;

    private Database(EmbeddedPostgres embedded, String reactiveUrl, String user, String password) {
        this.embedded = embedded;
        this.reactiveUrl = reactiveUrl;
        this.user = user;
        this.password = password;
    }

    static Database start(Map<String, String> environment, Path dataDir) throws StageFailure {
        String external = environment.get(URL_VARIABLE);
        if (external != null && !external.isBlank()) {
            return new Database(null, external, environment.getOrDefault(USER_VARIABLE, "budgetwatch"),
                    environment.getOrDefault(PASSWORD_VARIABLE, "budgetwatch"));
        }
        try {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder().setDataDirectory(dataDir)
                    .setCleanDataDirectory(true).start();
            return new Database(embedded, "postgresql://localhost:" + embedded.getPort() + "/postgres", "postgres",
                    "postgres");
        } catch (IOException | RuntimeException e) {
            throw new StageFailure("postgresql", "embedded PostgreSQL did not start (" + e + "); set " + URL_VARIABLE
                    + " to use a running server", e);
        }
    }

    boolean external() {
        return embedded == null;
    }

    /** What the database services are told: URL in the reactive client's form, user, password. */
    Map<String, String> serviceEnvironment() {
        return Map.of(URL_VARIABLE, reactiveUrl, USER_VARIABLE, user, PASSWORD_VARIABLE, password);
    }

    String describe() {
        return external() ? "external PostgreSQL at " + reactiveUrl : "embedded PostgreSQL on " + reactiveUrl;
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
