package io.budgetwatch.parse.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RegionsTest {

    @Test
    void theRegionIsTheListedCityANameStartsWithNotTheWordsAfterIt() {
        assertEquals("北京市", Regions.infer("北京城市副中心工程建设管理办公室", ""));
        assertEquals("北京市", Regions.infer("北京市水务局", ""));
        assertEquals("河北省石家庄市", Regions.infer("石家庄市科学技术局", ""));
        assertEquals("上海市普陀区", Regions.infer("上海市普陀区人民政府办公室", ""));
    }
}
