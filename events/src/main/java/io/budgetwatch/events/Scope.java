package io.budgetwatch.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether the disclosure covers the whole department (部门) or one unit (单位). */
public enum Scope {
    @JsonProperty("department") DEPARTMENT,
    @JsonProperty("unit") UNIT
}
