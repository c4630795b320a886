package io.budgetwatch.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** 部门预算 (budget) or 部门决算 (final accounts). */
public enum DisclosureKind {
    @JsonProperty("budget") BUDGET,
    @JsonProperty("final_account") FINAL_ACCOUNT
}
