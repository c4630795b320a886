package io.budgetwatch.console.api;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.type.TypeReference;

import io.budgetwatch.events.EventJson;

/**
 * One service's REST API over the JDK's HTTP client, JSON read with the contracts' mapping. A service that does not
 * answer, or answers an error, is a {@link ServiceFailure} naming it; 404 is an empty answer.
 */
public final class ServiceHttp {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final String service;
    private final String baseUrl;
    private final HttpClient client;

    public ServiceHttp(String service, String baseUrl, HttpClient client) {
        this.service = service;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.client = client;
    }

    public static HttpClient newClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    }

    /** {@code path} with the non-null entries of {@code query}, URL-encoded, in the order given. */
    public static String path(String path, Map<String, ?> query) {
        String encoded = query.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return encoded.isEmpty() ? path : path + "?" + encoded;
    }

    /** A query built in order: {@code query("limit", 100, "status", "firing")}. */
    public static Map<String, Object> query(Object... namesAndValues) {
        Map<String, Object> query = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            query.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return query;
    }

    public <T> Optional<T> get(String path, Class<T> type) {
        return bytes(path).map(body -> EventJson.read(body, type));
    }

    public <T> Optional<T> get(String path, TypeReference<T> type) {
        return bytes(path).map(body -> read(body, type));
    }

    public Optional<byte[]> bytes(String path) {
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(uri(path)).GET(), path);
        return response.statusCode() == 404 ? Optional.empty() : Optional.of(ok(response, "GET " + path).body());
    }

    /** POSTs {@code body} as JSON with {@code bearer} as the credential; the answer's body. */
    public byte[] post(String path, Object body, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + bearer)
                .POST(HttpRequest.BodyPublishers.ofByteArray(EventJson.write(body)));
        return ok(send(request, path), "POST " + path).body();
    }

    public byte[] delete(String path, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + bearer)
                .DELETE();
        return ok(send(request, path), "DELETE " + path).body();
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request, String path) {
        try {
            return client.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new ServiceFailure(service, path + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceFailure(service, path + ": interrupted");
        }
    }

    private HttpResponse<byte[]> ok(HttpResponse<byte[]> response, String what) {
        if (response.statusCode() / 100 != 2) {
            throw new ServiceFailure(service, what + " answered HTTP " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8), response.statusCode());
        }
        return response;
    }

    private static <T> T read(byte[] body, TypeReference<T> type) {
        try {
            return EventJson.mapper().readValue(body, type);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable answer: " + e.getMessage(), e);
        }
    }
}
