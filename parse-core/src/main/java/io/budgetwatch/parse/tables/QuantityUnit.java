package io.budgetwatch.parse.tables;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unit of a printed quantity: the row's 计量单位 cell, else the unit the row name ends with in brackets
 * (资产表: 1、房屋（平方米）). Null when neither prints one; the quantity is then kept as text, never as money.
 */
final class QuantityUnit {
    private static final Pattern IN_NAME = Pattern.compile("[(（]([^()（）0-9]+)[)）]$");

    private QuantityUnit() {
    }

    static String of(String rowName, String measureUnitCell) {
        if (measureUnitCell != null && !measureUnitCell.isBlank()) {
            return measureUnitCell.trim();
        }
        Matcher inName = IN_NAME.matcher(rowName);
        return inName.find() ? inName.group(1) : null;
    }
}
