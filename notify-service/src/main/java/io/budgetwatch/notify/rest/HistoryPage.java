package io.budgetwatch.notify.rest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import jakarta.ws.rs.BadRequestException;

import io.budgetwatch.notify.persistence.HistoryRecord;

/**
 * A page of the alert history and the cursor of the next one. The cursor is opaque to clients; it holds the id
 * the page ended at, so pages are stable while new events arrive (they have larger ids, on the first page).
 */
public record HistoryPage(List<HistoryRecord> items, String next) {
    private static final String PREFIX = "h1:";

    /** The first {@code size} of {@code fetched} (fetched one beyond the page), and a cursor if there was more. */
    static HistoryPage of(List<HistoryRecord> fetched, int size) {
        if (fetched.size() <= size) {
            return new HistoryPage(fetched, null);
        }
        List<HistoryRecord> page = fetched.subList(0, size);
        return new HistoryPage(List.copyOf(page), cursor(page.get(size - 1).id));
    }

    static String cursor(long lastId) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + lastId).getBytes(StandardCharsets.UTF_8));
    }

    /** The id a page ended at; null without a cursor; 400 for one this API did not give. */
    static Long after(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8);
            if (decoded.startsWith(PREFIX)) {
                return Long.parseLong(decoded.substring(PREFIX.length()));
            }
        } catch (IllegalArgumentException e) {
            // Not base64, or not a number inside: refused below.
        }
        throw new BadRequestException("cursor is not one this API gave (use the next of the previous page)");
    }

    /** The page size asked for: {@code 100} by default, 1 to {@code max}. */
    static int limit(String limit, int max) {
        if (limit == null || limit.isBlank()) {
            return Math.min(100, max);
        }
        try {
            int value = Integer.parseInt(limit.trim());
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Refused below.
        }
        throw new BadRequestException("limit must be a number from 1 to " + max);
    }
}
