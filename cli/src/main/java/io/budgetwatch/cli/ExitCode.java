package io.budgetwatch.cli;

/** Exit codes of {@code bw}, after BSD sysexits.h, so scripts can tell a wrong call from a bad file. */
public final class ExitCode {
    public static final int OK = 0;
    /** The command line is wrong (EX_USAGE). */
    public static final int USAGE = 64;
    /** A file was opened but is not a readable disclosure PDF (EX_DATAERR). */
    public static final int UNREADABLE = 65;
    /** A file could not be opened at all: missing, a directory, no permission (EX_NOINPUT). */
    public static final int NO_INPUT = 66;

    private ExitCode() {
    }
}
