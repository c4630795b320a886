package io.budgetwatch.local;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What the user sees: one line per event, prefixed with the seconds since start. Several threads print (the
 * pipeline watcher, the webhook, the supervisor), so lines are written whole.
 */
final class Console {
    private final PrintStream out;
    private final long startNanos = System.nanoTime();

    Console(PrintStream out) {
        this.out = out;
    }

    /** Standard output in UTF-8 whatever the locale says: department names and findings are Chinese. */
    static Console stdout() {
        return new Console(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
    }

    synchronized void line(String text) {
        long seconds = (System.nanoTime() - startNanos) / 1_000_000_000L;
        out.printf("[%4ds] %s%n", seconds, text);
    }
}
