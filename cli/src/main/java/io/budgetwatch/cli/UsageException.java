package io.budgetwatch.cli;

/** The command line cannot be understood; the message says what is wrong. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}
