package io.budgetwatch.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {

    @Test
    void quotesTheLastMessagesWithoutStackFrames(@TempDir Path dir) throws IOException {
        Path log = Files.writeString(dir.resolve("svc.log"), """
                INFO starting
                ERROR Failed to start application: java.lang.RuntimeException: Failed to start quarkus
                \tat io.quarkus.runtime.Application.start(Application.java:101)
                Caused by: java.net.ConnectException: Connection refused
                \tat java.base/sun.nio.ch.Net.connect(Net.java:579)
                \t... 5 more

                """);

        assertEquals("last lines of " + log + " (stack frames left out):\n"
                + "    ERROR Failed to start application: java.lang.RuntimeException: Failed to start quarkus\n"
                + "    Caused by: java.net.ConnectException: Connection refused", LogTail.of(log, 2));
    }

    @Test
    void saysSoWhenTheLogCannotBeRead(@TempDir Path dir) {
        assertEquals("(could not read " + dir.resolve("absent.log") + ": java.nio.file.NoSuchFileException: "
                + dir.resolve("absent.log") + ")",
                LogTail.of(dir.resolve("absent.log"), 5));
    }
}
