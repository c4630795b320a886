package io.budgetwatch.console.api;

/** A service the console reads from did not answer, or answered an error ({@code status}, 0 when none). */
public final class ServiceFailure extends RuntimeException {
    private final String service;
    private final int status;

    public ServiceFailure(String service, String message) {
        this(service, message, 0);
    }

    public ServiceFailure(String service, String message, int status) {
        super(service + ": " + message);
        this.service = service;
        this.status = status;
    }

    public String service() {
        return service;
    }

    /** A 4xx answer: the request was refused (e.g. an invalid silence), not the service broken. */
    public boolean refused() {
        return status / 100 == 4;
    }
}
