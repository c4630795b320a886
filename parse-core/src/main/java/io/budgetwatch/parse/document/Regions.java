package io.budgetwatch.parse.document;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers the region (河北省石家庄市, 江苏省, 上海市普陀区) from a department name or the text. City departments
 * rarely print their province, so the provinces of the cities whose disclosures and portals budgetwatch reads are
 * listed, as data ({@code cities.tsv}).
 */
public final class Regions {
    private static final Pattern PREFIX = Pattern.compile(
            "^((?:[\\p{IsHan}]{2,3}省|[\\p{IsHan}]{2,8}自治区)?)((?:[\\p{IsHan}]{2,4}?市)?)((?:[\\p{IsHan}]{1,4}?[区县])?)");
    private static final Pattern PROVINCE_IN_TEXT = Pattern.compile("(河北|江苏|浙江|山东|河南|广东|四川|湖北|湖南|安徽|福建|江西|山西|陕西|辽宁|吉林|黑龙江|云南|贵州|甘肃|青海|海南)省");
    /** City → province ("" for a municipality), in the order of {@code cities.tsv}. */
    private static final Map<String, String> CITY_PROVINCE = Tsv.load(Regions.class, "cities.tsv");

    private Regions() {
    }

    /** The listed city whose name without 市 starts {@code printed}, when {@code printed} is no listed city itself. */
    private static String knownCityStarting(String printed) {
        if (printed.isEmpty() || CITY_PROVINCE.containsKey(printed)) {
            return null;
        }
        return CITY_PROVINCE.keySet().stream().filter(c -> printed.startsWith(c.substring(0, c.length() - 1)))
                .findFirst().orElse(null);
    }

    /** The region a department name starts with, or the province the text names; null when neither says. */
    public static String infer(String name, String text) {
        if (name != null) {
            Matcher m = PREFIX.matcher(name);
            if (m.find() && !m.group().isEmpty() && m.group().length() < name.length()) {
                String province = m.group(1);
                String city = m.group(2);
                String district = city.isEmpty() ? "" : m.group(3);
                String known = knownCityStarting(city);
                if (known != null) {
                    // 北京城市副中心…: the city is 北京市; 城市 is the start of what follows.
                    city = known;
                    district = "";
                }
                if (province.isEmpty() && CITY_PROVINCE.containsKey(city)) {
                    province = CITY_PROVINCE.get(city);
                }
                String region = province + city + district;
                if (!region.isEmpty()) {
                    return region;
                }
            }
        }
        Matcher inText = PROVINCE_IN_TEXT.matcher(text);
        // Without a name, a provincial document (江苏 tables) names its province; the city is only an address.
        if (name == null && inText.find()) {
            return inText.group();
        }
        // The city named first in the text, whatever order the table of cities is kept in.
        String firstCity = null;
        int firstAt = Integer.MAX_VALUE;
        for (Map.Entry<String, String> city : CITY_PROVINCE.entrySet()) {
            int at = text.indexOf(city.getKey().substring(0, city.getKey().length() - 1));
            if (!city.getValue().isEmpty() && at >= 0 && at < firstAt) {
                firstAt = at;
                firstCity = city.getKey();
            }
        }
        if (firstCity != null) {
            return CITY_PROVINCE.get(firstCity) + firstCity;
        }
        return inText.find(0) ? inText.group() : null;
    }
}
