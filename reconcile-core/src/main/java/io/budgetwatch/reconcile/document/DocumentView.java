package io.budgetwatch.reconcile.document;

import io.budgetwatch.events.Claim;
import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.events.KeyFigure;
import io.budgetwatch.events.Table;
import io.budgetwatch.events.Warning;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A disclosure as the rules see it. A table the reader flagged (a warning on one of its pages, or naming its type)
 * is <em>unreadable</em>: it counts as present for completeness but no rule takes numbers from it, so a partly read
 * document yields one "incomplete reading" finding instead of a storm of false imbalances.
 */
public final class DocumentView {

    private static final Pattern LEADING_YEAR = Pattern.compile("(20\\d\\d)\\s*年");

    private final DisclosureParsed parsed;
    private final Map<String, TableView> readable = new LinkedHashMap<>();
    /** Every readable table in printed order, including further tables of one type (one per project). */
    private final List<TableView> allReadable = new ArrayList<>();
    private final Set<String> unreadable = new LinkedHashSet<>();
    private final Set<String> present = new LinkedHashSet<>();
    private final List<Table> unreadableTables = new ArrayList<>();

    public DocumentView(DisclosureParsed parsed) {
        this.parsed = parsed;
        for (Table table : nullSafe(parsed.tables())) {
            present.add(table.type());
            if (lowConfidence(table)) {
                unreadable.add(table.type());
                unreadableTables.add(table);
            } else {
                TableView view = new TableView(table);
                readable.putIfAbsent(table.type(), view);
                allReadable.add(view);
            }
        }
        readable.keySet().removeAll(unreadable);
    }

    public DisclosureParsed parsed() {
        return parsed;
    }

    /** The readable table of a type, or null when absent or flagged by the reader. */
    public TableView table(String type) {
        return readable.get(type);
    }

    /** Every readable table of a type: a document prints one 绩效目标表 per project. */
    public List<TableView> tables(String type) {
        return allReadable.stream().filter(t -> t.type().equals(type)).toList();
    }

    public boolean isUnreadable(String type) {
        return unreadable.contains(type);
    }

    public Set<String> unreadableTypes() {
        return unreadable;
    }

    /** The tables no rule takes numbers from, in printed order. */
    public List<Table> unreadableTables() {
        return List.copyOf(unreadableTables);
    }

    /** Table types the document carries, readable or not, declared empty or not. */
    public Set<String> presentTypes() {
        return present;
    }

    /**
     * What the text states about this year. A claim whose subject the reader qualified with an earlier year
     * (（2016年度部门支出预算安排为8,648.07万元）, subject "2016年度部门支出预算") quotes last year's figure and is not
     * one of this year's. A claim the reader found qualified below the department (a code, a project, a fund source
     * of a total: {@link Claim#qualifier()}) is about something no department-level figure measures.
     */
    public List<Claim> claims() {
        return nullSafe(parsed.claims()).stream().filter(c -> !aboutAnEarlierYear(c) && c.qualifier() == null)
                .toList();
    }

    private boolean aboutAnEarlierYear(Claim claim) {
        Matcher year = LEADING_YEAR.matcher(claim.subject() == null ? "" : claim.subject());
        return parsed.year() != null && year.lookingAt() && Integer.parseInt(year.group(1)) < parsed.year();
    }

    /**
     * What the text states about single lines of the functional classification ({@link Claim#CLASSIFICATION_ITEM})
     * with one of {@code qualifiers}: a 项's or a 类's figure of the year, a 决算's item and its 年初预算. A claim of
     * schema version 5 is a 项's.
     */
    public List<Claim> itemClaims(String... qualifiers) {
        List<String> wanted = List.of(qualifiers);
        return nullSafe(parsed.claims()).stream().filter(c -> Claim.CLASSIFICATION_ITEM.equals(c.topic()))
                .filter(c -> wanted.contains(c.qualifier() == null ? Claim.ITEM : c.qualifier())).toList();
    }

    public List<Claim> claims(String topic) {
        return claims().stream().filter(c -> topic.equals(c.topic())).toList();
    }

    public KeyFigure keyFigure(String name) {
        return parsed.keyFigures() == null ? null : parsed.keyFigures().get(name);
    }

    public List<String> tablesMissing() {
        return parsed.quality() == null ? List.of() : nullSafe(parsed.quality().tablesMissing());
    }

    /** Tables the document says it does not publish (schema 4; none in earlier events). */
    public List<String> tablesDeclaredAbsent() {
        return parsed.quality() == null ? List.of() : nullSafe(parsed.quality().tablesDeclaredAbsent());
    }

    /** The reader's warnings about its own reading (not about the document's content). */
    public List<Warning> readingWarnings() {
        return allWarnings().stream().filter(w -> !Warning.ABOUT_CONTENT.contains(w.code())).toList();
    }

    public List<Warning> allWarnings() {
        return parsed.quality() == null ? List.of() : nullSafe(parsed.quality().warnings());
    }

    /**
     * The reader's own check failed on this table, or a page-level warning (a grid it could not type, a page without
     * text) touches one of its pages. A suspect-table warning names its own table and flags no other.
     */
    private boolean lowConfidence(Table table) {
        if (table.suspect()) {
            return true;
        }
        List<Integer> pages = nullSafe(table.pages());
        return readingWarnings().stream().filter(w -> !Warning.SUSPECT_TABLE.equals(w.code()))
                .anyMatch(w -> (w.page() != null && pages.contains(w.page()))
                        || mentions(w.code(), table.type()) || mentions(w.message(), table.type()));
    }

    /** Whole-word match, so a warning about income_expenditure_summary does not flag expenditure_summary. */
    private static boolean mentions(String text, String type) {
        return text != null && Pattern.compile("(?<![a-z_])" + Pattern.quote(type) + "(?![a-z_])").matcher(text).find();
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : new ArrayList<>(list);
    }
}
