package io.budgetwatch.reconcile.document;

import io.budgetwatch.events.RowNames;
import java.util.Map;

/**
 * The 类 of the government functional classification (政府收支分类科目), by the name the two-sided summary tables print
 * instead of a code (六、科学技术支出 → 206), so their rows can be matched with the coded tables.
 */
public final class FunctionClasses {
    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("一般公共服务", "201"), Map.entry("外交", "202"), Map.entry("国防", "203"),
            Map.entry("公共安全", "204"), Map.entry("教育", "205"), Map.entry("科学技术", "206"),
            Map.entry("文化旅游体育与传媒", "207"), Map.entry("社会保障和就业", "208"),
            Map.entry("社会保险基金", "209"), Map.entry("卫生健康", "210"), Map.entry("节能环保", "211"),
            Map.entry("城乡社区", "212"), Map.entry("农林水", "213"), Map.entry("交通运输", "214"),
            Map.entry("资源勘探工业信息等", "215"), Map.entry("商业服务业等", "216"), Map.entry("金融", "217"),
            Map.entry("援助其他地区", "219"), Map.entry("自然资源海洋气象等", "220"), Map.entry("住房保障", "221"),
            Map.entry("粮油物资储备", "222"), Map.entry("国有资本经营预算", "223"),
            Map.entry("灾害防治及应急管理", "224"), Map.entry("预备费", "227"), Map.entry("其他", "229"),
            Map.entry("转移性", "230"), Map.entry("债务还本", "231"), Map.entry("债务付息", "232"),
            Map.entry("债务发行费用", "233"), Map.entry("抗疫特别国债安排的", "234"));

    private FunctionClasses() {
    }

    /** The 类 code of an expenditure row name such as 六、科学技术支出, or null. */
    public static String codeOf(String rowName) {
        String name = RowNames.normalise(rowName);
        if (name.endsWith("支出")) {
            name = name.substring(0, name.length() - 2);
        }
        return CODES.get(name);
    }
}
