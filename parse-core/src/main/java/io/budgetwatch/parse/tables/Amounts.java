package io.budgetwatch.parse.tables;

import java.util.regex.Pattern;

import io.budgetwatch.events.Amount;

/** Reads a printed amount: thousands separators removed, printed decimals kept, so "1,700.00" is "1700.00". */
public final class Amounts {
    private static final Pattern AMOUNT = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?|-?\\d+(\\.\\d+)?");

    private Amounts() {
    }

    public static boolean isAmount(String text) {
        return AMOUNT.matcher(clean(text)).matches();
    }

    /** The amount printed in {@code text} in {@code unit}, or null when the text is not a number. */
    public static Amount parse(String text, String unit) {
        String cleaned = clean(text);
        if (!AMOUNT.matcher(cleaned).matches()) {
            return null;
        }
        return new Amount(cleaned.replace(",", ""), unit);
    }

    private static String clean(String text) {
        return text.replace(" ", "").replace("，", ",");
    }
}
