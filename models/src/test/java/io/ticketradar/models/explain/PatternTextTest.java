package io.ticketradar.models.explain;

import io.ticketradar.models.cases.Code;
import io.ticketradar.models.cases.CodeKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PatternTextTest {

    @Test
    void theSentencePeopleReadWithLearnedNames() {
        CodeLabels labels = new CodeLabels();
        labels.learn(Code.of(CodeKind.FAULT, "HV-OBC-LT01"), "车载充电模块冷启动失败", "on-board charger cold-start failures");
        List<Code> defining = List.of(Code.of(CodeKind.FAULT, "HV-OBC-LT01"), Code.of(CodeKind.REGION, "华北"));
        CoOccurring cold = new CoOccurring(List.of(Code.of(CodeKind.TEMP, "<-15")), 0.91, 0.12, 7.6, 30);
        PatternText.Text text =
                new PatternText(labels).write(defining, LocalDate.of(2026, 1, 8), 38, 7.0, List.of(cold));
        assertEquals("自1月8日起，华北 车载充电模块冷启动失败 38 单，预期 7 单（×5.4）；91% 发生在 −15 °C 以下", text.descriptionZh());
        assertEquals(
                "Since 8 Jan: 38 on-board charger cold-start failures in North China vs 7 expected (×5.4); 91% below −15 °C",
                text.descriptionEn());
        assertEquals("车载充电模块冷启动失败 · 华北", text.titleZh());
        assertEquals("on-board charger cold-start failures · North China", text.titleEn());
    }

    @Test
    void withoutNamesTheCodesSpeakForThemselves() {
        List<Code> defining = List.of(Code.of(CodeKind.SYMPTOM, "ac_restart"), Code.of(CodeKind.FIRMWARE, "ACC-4.2.0"));
        CoOccurring screen =
                new CoOccurring(List.of(Code.of(CodeKind.PHOTO, "non_original_screen")), 0.87, 0.02, 43, 20);
        PatternText.Text text =
                new PatternText(new CodeLabels()).write(defining, LocalDate.of(2026, 3, 2), 12, 3.9, List.of(screen));
        assertEquals(
                "Since 2 Mar: 12 ac restart on firmware ACC-4.2.0 vs 4 expected (×3.1); 87% with non original screen on"
                        + " repair photos",
                text.descriptionEn());
        assertEquals(
                "自3月2日起，固件 ACC-4.2.0 ac restart 12 单，预期 4 单（×3.1）；87% 维修照片可见 non original screen",
                text.descriptionZh());
    }

    @Test
    void aftermarketAccessoriesMakeAnOpportunity() {
        Code screen = Code.of(CodeKind.PHOTO, "non_original_screen");
        assertEquals(
                screen,
                OpportunityRule.accessory(List.of(Code.of(CodeKind.FAULT, "LV-CAN-01"), screen), List.of())
                        .orElseThrow());
        CoOccurring words = new CoOccurring(List.of(Code.of(CodeKind.WORD, "加装")), 0.7, 0.01, 70, 20);
        assertEquals(
                Code.of(CodeKind.WORD, "加装"),
                OpportunityRule.accessory(List.of(Code.of(CodeKind.FAULT, "X")), List.of(words))
                        .orElseThrow());
        CoOccurring rare = new CoOccurring(List.of(Code.of(CodeKind.WORD, "加装")), 0.2, 0.01, 20, 20);
        assertEquals(
                java.util.Optional.empty(),
                OpportunityRule.accessory(List.of(Code.of(CodeKind.FAULT, "X")), List.of(rare)));
        assertEquals(
                java.util.Optional.empty(),
                OpportunityRule.accessory(
                        List.of(Code.of(CodeKind.FAULT, "X"), Code.of(CodeKind.PHOTO, "frost")), List.of()));
    }
}
