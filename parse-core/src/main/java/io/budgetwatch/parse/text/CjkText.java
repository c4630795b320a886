package io.budgetwatch.parse.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Normalises text extracted from disclosures: some producers draw Kangxi or supplementary radicals (⻔, ⻋) where
 * the ideograph (门, 车) is meant, use full-width digits and punctuation, and space out Han characters
 * ({@code 政 府 性基金}). Folding these lets titles, row names and sentences match one spelling.
 */
public final class CjkText {
    private static final Pattern SPACE_BETWEEN_HAN = Pattern.compile("(?<=[\\p{IsHan}（）()“”])[ \\t\\u3000\\u00a0]+(?=[\\p{IsHan}（）()“”])");
    private static final Pattern WHITESPACE = Pattern.compile("\\s");

    private CjkText() {
    }

    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            out.appendCodePoint(fold(cp));
            i += Character.charCount(cp);
        }
        // Most cells hold no space at all; folding leaves only spaces and tabs for the pattern to remove.
        boolean spaced = out.indexOf(" ") >= 0 || out.indexOf("\t") >= 0;
        return spaced ? SPACE_BETWEEN_HAN.matcher(out).replaceAll("") : out.toString();
    }

    /** {@code text} without whitespace ({@code \s}), to match titles and names that producers break anywhere. */
    public static String withoutWhitespace(String text) {
        return WHITESPACE.matcher(text).replaceAll("");
    }

    private static int fold(int cp) {
        if (Radicals.isRadical(cp)) {
            return Radicals.ideograph(cp);
        }
        if (cp >= '０' && cp <= '９' || cp >= 'Ａ' && cp <= 'Ｚ' || cp >= 'ａ' && cp <= 'ｚ') {
            return cp - 0xFEE0;
        }
        return switch (cp) {
            case '．' -> '.';
            case '（' -> '(';
            case '）' -> ')';
            case '％' -> '%';
            case '－' -> '-';
            case '\u00a0', '\u3000' -> ' ';
            default -> cp;
        };
    }

    /** NFKC maps the Kangxi radicals (U+2F00–U+2FD5) to ideographs; the supplement block needs a table. */
    private static final class Radicals {
        /** Pairs of (supplementary radical, ideograph) for the radicals that stand for a whole character. */
        private static final String SUPPLEMENT_PAIRS = "⺁厂⺄乙⺅人⺇几⺉刀⺋卩⺎兀⺏尢⺐尢⺑尢⺒巳⺓幺⺔彐⺖心⺗心⺘手⺙攵⺛无⺜日⺝月⺞歹⺟母⺠民⺡水⺢水"
                + "⺣火⺤爪⺥爪⺦丬⺨犬⺩王⺪疋⺫目⺬示⺭示⺮竹⺯糸⺰纟⺱网⺲网⺳网⺴网⺵网⺶羊⺷羊⺸羊⺹老⺺肀⺻聿⺼肉⺽臼⺾艸⺿艸⻀艸⻁虎⻂衣"
                + "⻃西⻄西⻅见⻆角⻇角⻈言⻉贝⻊足⻋车⻌辵⻍辵⻎辵⻏邑⻐钅⻑長⻒镸⻓长⻔门⻕阜⻖阜⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食⻞食⻟食⻠饣"
                + "⻡首⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫齐⻬齐⻭齿⻮齿⻯龙⻰龙⻱龟⻲龟⻳龟";

        static boolean isRadical(int cp) {
            return cp >= 0x2E80 && cp <= 0x2FDF;
        }

        static int ideograph(int cp) {
            if (cp >= 0x2F00) {
                int folded = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC).codePointAt(0);
                // NFKC gives the traditional 戶 for the 户 radical; disclosures are in simplified Chinese.
                return folded == '戶' ? '户' : folded;
            }
            for (int i = 0; i + 1 < SUPPLEMENT_PAIRS.length(); i += 2) {
                if (SUPPLEMENT_PAIRS.charAt(i) == cp) {
                    return SUPPLEMENT_PAIRS.charAt(i + 1);
                }
            }
            return cp;
        }
    }
}
