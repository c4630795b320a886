package io.budgetwatch.events;

public record Stats(int rulesRun, int passed, int failed, int skipped) {
}
