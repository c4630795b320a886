package io.budgetwatch.parse.grid;

/** A line of text outside any grid (title, page header, unit, note), with its vertical position. */
public record TextLine(String text, float top, float bottom) {
}
