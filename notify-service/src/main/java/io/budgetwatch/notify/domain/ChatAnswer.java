package io.budgetwatch.notify.domain;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.budgetwatch.events.EventJson;

/**
 * Whether a chat robot accepted a message. They answer HTTP 200 even when they reject it (bad signature, rate
 * limit, keyword check), with a non-zero {@code errcode} (DingTalk, WeCom) or {@code code} (Feishu) in the body.
 */
public final class ChatAnswer {
    private ChatAnswer() {
    }

    /** Empty when accepted; otherwise why not. */
    public static Optional<String> failure(int statusCode, String body) {
        if (statusCode / 100 != 2) {
            return Optional.of("HTTP " + statusCode);
        }
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        JsonNode json;
        try {
            json = EventJson.mapper().readTree(body);
        } catch (Exception e) {
            return Optional.empty();
        }
        for (String field : new String[] { "errcode", "code", "StatusCode" }) {
            JsonNode code = json.get(field);
            if (code != null && !code.isNull() && !"0".equals(code.asText())) {
                JsonNode message = json.has("errmsg") ? json.get("errmsg") : json.get("msg");
                return Optional.of(field + " " + code.asText() + (message == null ? "" : ": " + message.asText()));
            }
        }
        return Optional.empty();
    }
}
