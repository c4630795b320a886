package io.budgetwatch.events;

/** Where in the PDF a finding can be seen: table type, page, row code, column key, or a sentence of the text. */
public record Evidence(String table, Integer page, String rowCode, String column, String sentence) {
}
