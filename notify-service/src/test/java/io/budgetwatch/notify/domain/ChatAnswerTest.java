package io.budgetwatch.notify.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class ChatAnswerTest {
    @Test
    void acceptedAnswers() {
        assertTrue(ChatAnswer.failure(200, "{\"errcode\":0,\"errmsg\":\"ok\"}").isEmpty());
        assertTrue(ChatAnswer.failure(200, "{\"code\":0,\"msg\":\"success\",\"data\":{}}").isEmpty());
        assertTrue(ChatAnswer.failure(200, "{\"StatusCode\":0,\"StatusMessage\":\"success\"}").isEmpty());
        assertTrue(ChatAnswer.failure(204, "").isEmpty());
        assertTrue(ChatAnswer.failure(200, "not json").isEmpty());
    }

    @Test
    void rejectedAnswers() {
        assertEquals(Optional.of("HTTP 500"), ChatAnswer.failure(500, "{\"errcode\":0}"));
        assertEquals(Optional.of("errcode 310000: sign not match"),
                ChatAnswer.failure(200, "{\"errcode\":310000,\"errmsg\":\"sign not match\"}"));
        assertEquals(Optional.of("errcode 93000: invalid webhook url"),
                ChatAnswer.failure(200, "{\"errcode\":93000,\"errmsg\":\"invalid webhook url\"}"));
        assertEquals(Optional.of("code 19021: sign match fail"),
                ChatAnswer.failure(200, "{\"code\":19021,\"msg\":\"sign match fail\",\"data\":{}}"));
    }
}
