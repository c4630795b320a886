package io.budgetwatch.parse.claims;

import java.util.List;

/**
 * A subject phrase found in a sentence: {@code subject} as printed, its topics (empty for a blocker), where it
 * starts, where it and its suffixes end, and its bracket depth (a mention inside {@code （其中：…）} is a part).
 */
record Mention(String subject, List<String> topics, int start, int end, int depth) {
    boolean isBlocker() {
        return topics.isEmpty();
    }
}
