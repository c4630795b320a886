package io.budgetwatch.events;

import java.util.List;

/**
 * How complete the reading was: canonical table types found, missing (neither printed nor declared absent) and
 * declared absent (the document says it does not publish them: a {@code table_declared_absent} warning says where),
 * and the reader's warnings. {@code tablesDeclaredAbsent} is null in events of schema versions before 4.
 */
public record Quality(List<String> tablesFound, List<String> tablesMissing, List<String> tablesDeclaredAbsent,
        List<Warning> warnings) {
}
