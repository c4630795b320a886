package io.budgetwatch.events;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum AlertStatus {
    @JsonProperty("firing") FIRING,
    @JsonProperty("resolved") RESOLVED
}
