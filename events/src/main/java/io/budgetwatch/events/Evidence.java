package io.budgetwatch.events;

/**
 * Where in the PDF a finding can be seen: table type, page, row code, column key, or a sentence of the text;
 * {@code box} is the cell's rectangle on that page when the evidence is one located cell, so a console can highlight
 * it (an additive field: null otherwise, and in reports written before it).
 */
public record Evidence(String table, Integer page, String rowCode, String column, String sentence, Box box) {
    /** Evidence that is not one located cell. */
    public Evidence(String table, Integer page, String rowCode, String column, String sentence) {
        this(table, page, rowCode, column, sentence, null);
    }
}
