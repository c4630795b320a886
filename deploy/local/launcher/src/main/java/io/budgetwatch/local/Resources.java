package io.budgetwatch.local;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Everything the launcher started, stopped in reverse order (services before the broker and the database they
 * use). A resource that arrives after shutdown began (Ctrl-C during start-up) is stopped at once, so nothing
 * outlives the launcher.
 */
final class Resources {
    private record Entry(String name, AutoCloseable resource) {
    }

    private final Deque<Entry> started = new ArrayDeque<>();
    private final Console console;
    private boolean closed;

    Resources(Console console) {
        this.console = console;
    }

    <T extends AutoCloseable> T add(String name, T resource) throws StageFailure {
        synchronized (this) {
            if (!closed) {
                started.push(new Entry(name, resource));
                return resource;
            }
        }
        close(new Entry(name, resource));
        throw new StageFailure("shutdown", "stopping: " + name + " was started while the launcher shut down");
    }

    void closeAll() {
        while (true) {
            Entry next;
            synchronized (this) {
                closed = true;
                next = started.poll();
            }
            if (next == null) {
                return;
            }
            close(next);
        }
    }

    private void close(Entry entry) {
        try {
            entry.resource().close();
        } catch (Exception e) {
            console.line("could not stop " + entry.name() + " cleanly: " + e);
        }
    }
}
