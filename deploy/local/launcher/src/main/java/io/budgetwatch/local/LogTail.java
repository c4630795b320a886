package io.budgetwatch.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The end of a log file, quoted in failure messages so the cause is on screen, not only on disk. Stack frames are
 * left out: the messages and "Caused by" lines say what went wrong, the frames only push them off the screen.
 */
final class LogTail {
    private static final Pattern STACK_FRAME = Pattern.compile("^\\s+(at |\\.\\.\\. \\d+ more).*");

    private LogTail() {
    }

    static String of(Path log, int lines) {
        try {
            // decoded leniently: a half-written multi-byte character at the end must not hide the whole tail
            List<String> all = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !STACK_FRAME.matcher(line).matches()).toList();
            List<String> tail = all.subList(Math.max(0, all.size() - lines), all.size());
            return "last lines of " + log + " (stack frames left out):\n    " + String.join("\n    ", tail);
        } catch (IOException e) {
            return "(could not read " + log + ": " + e + ")";
        }
    }
}
