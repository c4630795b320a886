package io.budgetwatch.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import io.budgetwatch.parse.UnreadableDocumentException;

/** One input file that could not be used: the stderr line that says which file, why, and where. */
final class InputFailure extends Exception {
    private final int exitCode;

    private InputFailure(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    static InputFailure unreadable(Path file, UnreadableDocumentException e) {
        String where = e.page() == null ? "" : ", page " + e.page();
        return new InputFailure(file + ": unreadable (" + e.reason() + where + "): " + e.getMessage(),
                ExitCode.UNREADABLE, e);
    }

    static InputFailure cannotOpen(Path file, String why) {
        return new InputFailure(file + ": cannot open: " + why, ExitCode.NO_INPUT, null);
    }

    static InputFailure cannotOpen(Path file, IOException e) {
        // NoSuchFileException and AccessDeniedException carry only the path as message: say what went wrong.
        String why = e instanceof NoSuchFileException ? "no such file"
                : e instanceof AccessDeniedException ? "permission denied" : e.toString();
        return new InputFailure(file + ": cannot open: " + why, ExitCode.NO_INPUT, e);
    }

    int exitCode() {
        return exitCode;
    }
}
