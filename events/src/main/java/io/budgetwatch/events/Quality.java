package io.budgetwatch.events;

import java.util.List;

/** How complete the reading was: canonical table types found and missing, and the reader's warnings. */
public record Quality(List<String> tablesFound, List<String> tablesMissing, List<Warning> warnings) {
}
