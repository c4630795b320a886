package io.budgetwatch.events;

/**
 * Where in the PDF a finding can be seen: table type, page, row code, column key, or a sentence of the text;
 * {@code box} is the cell's rectangle on that page when the evidence is one located cell, so a console can highlight
 * it (an additive field: null otherwise, and in reports written before it). {@code documentId} names the file the page
 * belongs to when it is not the report's own: a disclosure published as two files (情况说明 and 报表) is checked as
 * one, and each half numbers its pages from 1 (report schema 2; null in earlier reports and for the report's file).
 */
public record Evidence(String table, Integer page, String rowCode, String column, String sentence, Box box,
        String documentId) {
    /** Evidence that is not one located cell. */
    public Evidence(String table, Integer page, String rowCode, String column, String sentence) {
        this(table, page, rowCode, column, sentence, null, null);
    }

    /** Evidence in the report's own file. */
    public Evidence(String table, Integer page, String rowCode, String column, String sentence, Box box) {
        this(table, page, rowCode, column, sentence, box, null);
    }

    /** The same evidence, in the file {@code document}. */
    public Evidence in(String document) {
        return new Evidence(table, page, rowCode, column, sentence, box, document);
    }
}
