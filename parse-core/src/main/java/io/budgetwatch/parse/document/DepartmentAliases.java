package io.budgetwatch.parse.document;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * One canonical name per department, so department keys match across years: a department prints its name in full
 * one year and abbreviated the next (中国共产党江苏省委员会办公厅 / 中共江苏省委办公厅 / 江苏省委办公厅). The aliases
 * are data ({@code department-aliases.tsv}), not code.
 */
final class DepartmentAliases {
    private static final Map<String, String> CANONICAL = load();

    private DepartmentAliases() {
    }

    /** The canonical name of {@code printed}, or {@code printed} itself when it has no alias. */
    static String canonical(String printed) {
        return printed == null ? null : CANONICAL.getOrDefault(printed, printed);
    }

    private static Map<String, String> load() {
        Map<String, String> aliases = new HashMap<>();
        try (InputStream in = DepartmentAliases.class.getResourceAsStream("department-aliases.tsv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
                String[] parts = line.split("\t");
                aliases.put(parts[0].strip(), parts[1].strip());
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(aliases);
    }
}
