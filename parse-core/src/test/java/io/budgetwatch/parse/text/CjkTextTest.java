package io.budgetwatch.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CjkTextTest {

    @Test
    void radicalsDrawnInsteadOfIdeographsAreFolded() {
        assertEquals("部门预算", CjkText.normalise("部⻔预算"));
        assertEquals("公务用车运行维护费", CjkText.normalise("公务用⻋运⾏维护费"));
        assertEquals("财政专户收入", CjkText.normalise("财政专⼾收入"));
        assertEquals("见长", CjkText.normalise("⻅⻓"));
    }

    @Test
    void spacesBetweenHanCharactersAreRemovedButNotBetweenNumbers() {
        assertEquals("政府性基金预算", CjkText.normalise("政 府 性基金　预算"));
        assertEquals("306 石家庄市科学技术局", CjkText.normalise("306 石家庄市科学技术局"));
        assertEquals("合计 1,700.00", CjkText.normalise("合计 1,700.00"));
    }

    @Test
    void fullWidthDigitsAndPunctuationBecomeAscii() {
        assertEquals("增长12.5%(含结转)", CjkText.normalise("增长１２．５％（含结转）"));
    }
}
