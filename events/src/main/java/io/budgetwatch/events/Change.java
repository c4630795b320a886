package io.budgetwatch.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The direction a text states for a year-over-year change (增加 / 减少 / 持平). */
public enum Change {
    @JsonProperty("increase") INCREASE,
    @JsonProperty("decrease") DECREASE,
    @JsonProperty("flat") FLAT
}
