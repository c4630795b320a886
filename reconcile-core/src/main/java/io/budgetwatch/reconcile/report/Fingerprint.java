package io.budgetwatch.reconcile.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Identity of a problem: department, year, kind, rule and location — never the numbers, so a re-publication that
 * still has the problem keeps the fingerprint and a fixed problem disappears.
 */
public final class Fingerprint {
    private Fingerprint() {
    }

    public static String of(String departmentKey, Integer year, Object kind, String ruleId, String location) {
        String identity = String.join("|", departmentKey, String.valueOf(year), String.valueOf(kind), ruleId,
                location);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
