package io.budgetwatch.reconcile.rules;

import io.budgetwatch.events.Claim;
import io.budgetwatch.events.Evidence;
import io.budgetwatch.events.KeyFigureNames;
import io.budgetwatch.events.Severity;
import io.budgetwatch.events.Table;
import io.budgetwatch.events.TableTypes;
import io.budgetwatch.events.Warning;
import io.budgetwatch.reconcile.RuleCategory;
import io.budgetwatch.reconcile.RuleDescription;
import io.budgetwatch.reconcile.document.DocumentView;
import io.budgetwatch.reconcile.document.Figures;
import io.budgetwatch.reconcile.document.Names;
import io.budgetwatch.reconcile.report.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** completeness: what a disclosure must carry is there, and what the reader could not read is said once. */
final class CompletenessRules {
    /** Reader warnings quoted in the incomplete-reading message; the rest are counted. */
    private static final int QUOTED_WARNINGS = 3;

    private CompletenessRules() {
    }

    static List<Rule> rules() {
        return List.of(
                new Rule(new RuleDescription("CMP-001", RuleCategory.COMPLETENESS, Severity.WARNING,
                        "9 张标准表（收支总表、收入总表、支出总表、财政拨款收支总表、一般公共预算支出表、基本支出表、政府性基金支出表、国有资本经营支出表、“三公”经费表）均已公开、注明空表或由文档声明不公开（报表目录未列或注明“不涉及”，或说明写明没有该类资金），且文档含情况说明。只有说明或只有表格的文件（北京、江苏：说明与报表分两个文件）在另一文件到达前各得一条结论，不逐项报告；两个文件都到达后合并核对。",
                        "缺表使核对无从进行；若表在另一附件中，应与说明一并读取。",
                        "缺少标准表 9 张：收支总表、收入总表、支出总表、财政拨款收支总表、一般公共预算财政拨款支出表、一般公共预算财政拨款基本支出表、政府性基金预算财政拨款支出表、国有资本经营预算财政拨款支出表、财政拨款“三公”经费支出表"),
                        CompletenessRules::standardTables),
                new Rule(new RuleDescription("CMP-002", RuleCategory.COMPLETENESS, Severity.INFO,
                        "读取器不能担保的表（表内金额未全部读入单元格、科目编码重复或错位、层级求和大面积不成立，或其页面有读取警告）：每张表一条“读取不完整”结论，写明原因；这些表的数字不参与任何核对。与表无关的页面警告另给一条。",
                        "部分读取时宁可少报也不误报：读错的数字绝不变成严重告警；监督人员需要知道哪些表没有核对。",
                        "《预算05表一般公共预算支出表》（第8页）读取不完整，其数字未参与核对：表内 3 个金额未读入数字单元格（1839.718794、234.534624、7.000000）"),
                        CompletenessRules::incompleteReading),
                new Rule(new RuleDescription("CMP-003", RuleCategory.COMPLETENESS, Severity.WARNING,
                        "情况说明含“三公”经费预算情况（至少一个“三公”数字）；文档没有情况说明时由 CMP-001 报告一次。",
                        "“三公”说明是预决算公开的法定内容。",
                        "情况说明未见“三公”经费的数字说明"),
                        run -> sectionPresent(run, Figures.THREE_PUBLIC, "three-public", "“三公”经费")),
                new Rule(new RuleDescription("CMP-004", RuleCategory.COMPLETENESS, Severity.WARNING,
                        "情况说明含机关运行经费安排情况；文档没有情况说明时由 CMP-001 报告一次。",
                        "机关运行经费说明是预决算公开的法定内容。",
                        "情况说明未见机关运行经费的数字说明"),
                        run -> sectionPresent(run, List.of(KeyFigureNames.ORGAN_OPERATING_COSTS), "organ-operating",
                                "机关运行经费")),
                new Rule(new RuleDescription("CMP-005", RuleCategory.COMPLETENESS, Severity.WARNING,
                        "情况说明提到的表（如“项目支出表”）在文档中存在。",
                        "说明所引用的表缺失，要么漏公开，要么说明是照抄旧模板。",
                        "情况说明提到“项目支出表”，但文档中没有该表（第23页）"),
                        CompletenessRules::referencedTables));
    }

    /**
     * One finding for what the document lacks. 江苏 publishes a disclosure as two files — 情况说明 and 公开表 — so a
     * file with tables but no text, or text but no standard table, is said so once (the other half may be published
     * separately); the section rules (CMP-003/004) then have no text to look in.
     */
    private static void standardTables(RuleRun run) {
        DocumentView doc = run.doc();
        run.check(() -> {
            Set<String> missing = new LinkedHashSet<>();
            TableTypes.STANDARD.stream().filter(t -> !doc.presentTypes().contains(t)).forEach(missing::add);
            doc.tablesMissing().stream().filter(TableTypes.STANDARD::contains).forEach(missing::add);
            List<String> lacks = new ArrayList<>();
            if (missing.size() == TableTypes.STANDARD.size()) {
                // A text half may say which tables it has none of: the other half still holds the rest.
                lacks.add("文档未含任何标准表（" + missing.size() + " 张均缺）；若表格另册公开，应与本文件一并核对");
            } else {
                missing.removeAll(doc.tablesDeclaredAbsent());
                if (!missing.isEmpty()) {
                    lacks.add("缺少标准表 " + missing.size() + " 张："
                            + missing.stream().map(Names::table).collect(Collectors.joining("、")));
                }
            }
            if (!doc.presentTypes().isEmpty() && doc.claims().isEmpty()) {
                lacks.add("文档只有表格，未含情况说明（“三公”经费、机关运行经费等说明无从核对）；若说明另册公开，应与本文件一并核对");
            }
            if (!lacks.isEmpty()) {
                run.report("standard-tables", String.join("；", lacks), List.of());
            }
        });
    }

    /**
     * One finding per table the rules did not take numbers from, with the reader's reasons, so an operator sees which
     * table of which page to look at; the page-level warnings that touch no table (a page without text, a grid
     * without a title) make one more.
     */
    private static void incompleteReading(RuleRun run) {
        List<Warning> warnings = run.doc().readingWarnings();
        run.check(() -> {
            Set<String> named = new LinkedHashSet<>();
            for (Table table : run.doc().unreadableTables()) {
                if (!named.add(table.type())) {
                    continue;
                }
                int page = table.pages().get(0);
                String why = table.suspect() ? String.join("；", table.reading().suspectReasons())
                        : warnings.stream().filter(w -> w.page() != null && table.pages().contains(w.page()))
                                .map(Warning::message).findFirst().orElse("读取器对该表发出警告");
                run.report("reading/" + table.type(), "《" + table.title() + "》（第" + page + "页）读取不完整，其数字未参与核对："
                        + why, List.of(new Evidence(table.type(), page, null, null, null)));
            }
            List<Warning> loose = warnings.stream().filter(w -> !Warning.SUSPECT_TABLE.equals(w.code()))
                    .filter(w -> run.doc().unreadableTables().stream().noneMatch(t -> w.page() != null
                            && t.pages().contains(w.page())))
                    .toList();
            if (loose.isEmpty()) {
                return;
            }
            String quoted = loose.stream().limit(QUOTED_WARNINGS)
                    .map(w -> (w.page() == null || w.message().startsWith("第" + w.page() + "页") ? ""
                            : "第" + w.page() + "页") + w.message())
                    .collect(Collectors.joining("；"));
            String more = loose.size() > QUOTED_WARNINGS ? " 等" : "";
            List<Evidence> evidence = loose.stream().filter(w -> w.page() != null)
                    .map(w -> new Evidence(null, w.page(), null, null, null)).distinct().toList();
            run.report("reading", "文档仅部分读取（读取警告 " + loose.size() + " 条：" + quoted + more + "）", evidence);
        });
    }

    private static void sectionPresent(RuleRun run, List<String> topics, String location, String subject) {
        if (run.doc().claims().isEmpty()) {
            run.skip(); // no explanatory text at all: CMP-001 says so once
            return;
        }
        run.check(() -> {
            boolean stated = topics.stream().anyMatch(t -> !run.doc().claims(t).isEmpty());
            if (!stated) {
                run.report("section:" + location, "情况说明未见" + subject + "的数字说明", List.of());
            }
        });
    }

    private static void referencedTables(RuleRun run) {
        Map<String, Evidence> referenced = new LinkedHashMap<>();
        for (Warning warning : run.doc().allWarnings()) {
            String type = Warning.REFERENCED_TABLE_MISSING.equals(warning.code()) ? typeNamedIn(warning.message())
                    : null;
            if (type != null) {
                referenced.putIfAbsent(type, new Evidence(null, warning.page(), null, null, warning.message()));
            }
        }
        for (Claim claim : run.doc().claims()) {
            String type = claim.sentence() == null ? null : typeNamedIn(claim.sentence());
            if (type != null) {
                referenced.putIfAbsent(type, new Evidence(null, claim.page(), null, null, claim.sentence()));
            }
        }
        run.check(() -> referenced.forEach((type, evidence) -> {
            if (!run.doc().presentTypes().contains(type) && !run.doc().tablesMissing().contains(type)) {
                run.report("referenced:" + type, "情况说明提到“" + Names.table(type) + "”，但文档中没有该表"
                        + Messages.pages(List.of(evidence)), List.of(evidence));
            }
        }));
    }

    /** The canonical table a text names: by canonical id, else by its usual Chinese name (项目支出表 …). */
    private static String typeNamedIn(String text) {
        if (text == null) {
            return null;
        }
        for (String type : List.of(TableTypes.PROJECT_EXPENDITURE, TableTypes.PROCUREMENT,
                TableTypes.PERFORMANCE_TARGETS, TableTypes.ASSETS, TableTypes.OPERATING_COSTS)) {
            if (text.contains(type) || text.contains(Names.table(type))) {
                return type;
            }
        }
        return null;
    }
}
