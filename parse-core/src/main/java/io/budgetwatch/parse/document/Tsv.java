package io.budgetwatch.parse.document;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A two-column vocabulary shipped as a resource beside the class that uses it: {@code key<TAB>value}, # comments. */
final class Tsv {
    private Tsv() {
    }

    /** The pairs in file order; a missing second column is an empty value. */
    static Map<String, String> load(Class<?> owner, String name) {
        Map<String, String> pairs = new LinkedHashMap<>();
        try (InputStream in = owner.getResourceAsStream(name);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
                String[] parts = line.split("\t", 2);
                pairs.put(parts[0].strip(), parts.length > 1 ? parts[1].strip() : "");
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(pairs);
    }
}
