package io.budgetwatch.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;

import com.sun.net.httpserver.HttpServer;

/** HTTP peers for tests (a portal, a webhook receiver, a content store): loopback only, on a free port. */
public final class LoopbackServers {
    private LoopbackServers() {
    }

    /** A server on 127.0.0.1 and a free port, not yet started. */
    public static HttpServer create() {
        try {
            return HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
