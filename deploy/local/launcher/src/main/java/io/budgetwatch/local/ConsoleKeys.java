package io.budgetwatch.local;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The console's keys for one run, fresh each time: the one it writes silences to notify-service with, and the one
 * its user signs in with (printed on start-up; nobody else on the machine learns it from a file).
 */
record ConsoleKeys(String notifyApiKey, String operatorKey) {
    /** The creator notify-service records for the console's silences. */
    static final String NOTIFY_IDENTITY = "console";
    /** Who the console says signed in. */
    static final String OPERATOR_IDENTITY = "local";

    static ConsoleKeys random() {
        SecureRandom random = new SecureRandom();
        return new ConsoleKeys(key(random), key(random));
    }

    private static String key(SecureRandom random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
