package io.budgetwatch.reconcile.rules;

import static io.budgetwatch.reconcile.fixtures.Reports.check;
import static io.budgetwatch.reconcile.fixtures.Reports.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.events.Finding;
import io.budgetwatch.events.ReconciliationReport;
import io.budgetwatch.events.TableTypes;
import io.budgetwatch.reconcile.fixtures.DisclosureBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Generated 类/款/项 trees whose parents print the exact sum of their printed children (with 其中 rows sprinkled in)
 * never fail BAL-007 or BAL-003; one parent printed beyond its bound fails exactly at that parent and its own parent.
 */
class CodeHierarchyPropertyTest {
    private static final int TREES = 150;

    /** A generated tree: printed values by code, children by code, in print order. */
    private record Tree(Map<String, BigDecimal> values, Map<String, List<String>> children, List<String> order) {
        String parentOf(String code) {
            return children.entrySet().stream().filter(e -> e.getValue().contains(code)).map(Map.Entry::getKey)
                    .findFirst().orElse(null);
        }
    }

    @Test
    void parentsPrintingTheSumOfTheirChildrenNeverFail() {
        Random random = new Random(2060101);
        for (int i = 0; i < TREES; i++) {
            Tree tree = generate(random);
            ReconciliationReport report = check(disclosure(tree, random, Map.of()));
            assertEquals(List.of(), hierarchyFindings(report), describe(report));
        }
    }

    @Test
    void aParentPrintedBeyondItsBoundFailsAtItselfAndNowhereElseButItsParent() {
        Random random = new Random(30101);
        for (int i = 0; i < TREES; i++) {
            Tree tree = generate(random);
            List<String> parents = new ArrayList<>(tree.children().keySet());
            String broken = parents.get(random.nextInt(parents.size()));
            int children = tree.children().get(broken).size();
            // strictly beyond ½·0.01·(n+1), and printable in cents
            BigDecimal offset = BigDecimal.valueOf((children + 1) / 2 + 1, 2);
            ReconciliationReport report = check(disclosure(tree, random, Map.of(broken, offset)));

            Set<String> flagged = hierarchyFindings(report).stream()
                    .map(f -> f.evidence().get(0).rowCode()).collect(Collectors.toSet());
            assertTrue(flagged.contains(broken), () -> broken + " not flagged:" + describe(report));
            Set<String> allowed = new HashSet<>(Arrays.asList(broken, tree.parentOf(broken)));
            assertTrue(allowed.containsAll(flagged.stream().filter(Objects::nonNull).toList()),
                    () -> "flagged " + flagged + " for " + broken + describe(report));
        }
    }

    private static List<Finding> hierarchyFindings(ReconciliationReport report) {
        return report.findings().stream().filter(f -> Set.of("BAL-007", "BAL-003").contains(f.ruleId())).toList();
    }

    /** 1-4 类 of 1-3 款 of 1-4 项; leaves random to the cent, every parent the exact sum. */
    private static Tree generate(Random random) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        Map<String, List<String>> children = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        int classes = 1 + random.nextInt(4);
        for (int c = 0; c < classes; c++) {
            String classCode = String.valueOf(201 + c * 3);
            order.add(classCode);
            int sections = 1 + random.nextInt(3);
            for (int s = 1; s <= sections; s++) {
                String sectionCode = classCode + String.format("%02d", s);
                order.add(sectionCode);
                children.computeIfAbsent(classCode, k -> new ArrayList<>()).add(sectionCode);
                int items = 1 + random.nextInt(4);
                for (int it = 1; it <= items; it++) {
                    String itemCode = sectionCode + String.format("%02d", it);
                    order.add(itemCode);
                    children.computeIfAbsent(sectionCode, k -> new ArrayList<>()).add(itemCode);
                    values.put(itemCode, BigDecimal.valueOf(random.nextInt(10_000_000), 2));
                }
            }
        }
        for (int i = order.size() - 1; i >= 0; i--) {
            String code = order.get(i);
            if (children.containsKey(code)) {
                values.put(code, children.get(code).stream().map(values::get).reduce(BigDecimal.ZERO, BigDecimal::add));
            }
        }
        return new Tree(values, children, order);
    }

    private static DisclosureParsed disclosure(Tree tree, Random random,
            Map<String, BigDecimal> offsets) {
        BigDecimal total = tree.order().stream().filter(c -> c.length() == 3).map(tree.values()::get)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return DisclosureBuilder.budget("测试局", null, "测试市", 2024)
                .table(TableTypes.GENERAL_BUDGET_EXPENDITURE, "一般公共预算财政拨款支出表", t -> {
                    t.columns("total=合计").page(1).total("合计", total.toPlainString());
                    for (String code : tree.order()) {
                        BigDecimal value = tree.values().get(code).add(offsets.getOrDefault(code, BigDecimal.ZERO));
                        t.row(code, "科目" + code, value.toPlainString());
                        if (random.nextInt(5) == 0) {
                            // a coded 其中 row whose code extends its predecessor's: excluded, or the parent would fail
                            t.codedSubset(code + "01", "其中：专项",
                                    BigDecimal.valueOf(random.nextInt(1_000_000), 2).toPlainString());
                        }
                    }
                })
                .build();
    }
}
