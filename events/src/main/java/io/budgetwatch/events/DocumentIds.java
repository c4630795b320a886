package io.budgetwatch.events;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** {@code documentId} = lower-case hex SHA-256 of the PDF bytes: the same file published twice is one document. */
public final class DocumentIds {
    private DocumentIds() {
    }

    public static String of(byte[] content) {
        return sha256Hex(content);
    }

    public static String sha256Hex(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
