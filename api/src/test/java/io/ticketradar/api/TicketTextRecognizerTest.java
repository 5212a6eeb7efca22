package io.ticketradar.api;

import io.ticketradar.events.Priority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The chat-message reader on its own: phones, SNs, names, priorities and catalogue symptoms in zh and en. */
class TicketTextRecognizerTest {

    /** Words of the generator's catalogue (datasets catalogue.yaml), as a tenant's CODE_DEFINED events carry them. */
    static final SymptomCatalogue CATALOGUE = new SymptomCatalogue(List.of(
            new SymptomCatalogue.Symptom("abnormal_noise", "异响", "abnormal noise"),
            new SymptomCatalogue.Symptom("fan_noise", "风扇异响", "fan noise"),
            new SymptomCatalogue.Symptom("screen_frozen", "屏幕卡死", "screen frozen"),
            new SymptomCatalogue.Symptom("reboot_loop", "反复重启", "reboot loop"),
            new SymptomCatalogue.Symptom("no_charge", "无法充电", "cannot charge"),
            new SymptomCatalogue.Symptom("ac_no_cooling", "空调不制冷", "A/C not cooling")));

    private final TicketTextRecognizer recognizer = new TicketTextRecognizer();

    private TicketTextRecognizer.Reading read(String text) {
        return recognizer.read(text, CATALOGUE);
    }

    @Test
    void theIssuesExampleGivesPhoneSnAndCustomerAndSaysWhatItDidNotUnderstand() {
        TicketTextRecognizer.Reading r = read("客户王经理说PLC死机，电话13812345678，设备SN A7K2-2409-0031");

        assertAll(
                () -> assertEquals("13812345678", r.customerPhone()),
                () -> assertEquals("A7K2-2409-0031", r.deviceSn()),
                () -> assertEquals("王经理", r.customerName()),
                () -> assertEquals(List.of(), r.symptoms(), "死机 is not a word of the catalogue"),
                () -> assertNull(r.priority()),
                () -> assertEquals(List.of("PLC死机"), r.unrecognised()));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "电话13812345678|13812345678",
                "手机：138 1234 5678|13812345678",
                "tel 138-1234-5678|13812345678",
                "+86 138 1234 5678|13812345678",
                "+8613812345678|13812345678",
                "0086-13812345678|13812345678",
                "座机 021-62345678|021-62345678",
                "call 0512 6688 1234|0512-66881234"
            })
    void phonesComeAsDigitsWithoutTheCountryCode(String text, String phone) {
        assertEquals(phone, read(text).customerPhone(), text);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "设备SN A7K2-2409-0031，无法充电|A7K2-2409-0031",
                "S/N: B24C00012345 screen frozen|B24C00012345",
                "序列号：HV2409X0031，无法充电|HV2409X0031",
                "serial no. obc-6k6-000123 fan noise|obc-6k6-000123",
                "车辆 B24C00012345 反复重启|B24C00012345"
            })
    void snsAreFoundLabelledOrBareAndNeverTakenForAPhone(String text, String sn) {
        TicketTextRecognizer.Reading r = read(text);
        assertEquals(sn, r.deviceSn(), text);
        assertFalse(r.symptoms().isEmpty(), text);
    }

    @Test
    void severalChineseSymptomsComeInTextOrderTheLongestWordWinning() {
        TicketTextRecognizer.Reading r = read("车主张先生反映空调不制冷，风扇异响，还反复重启，P2");

        assertAll(
                () -> assertEquals(
                        List.of("ac_no_cooling", "fan_noise", "reboot_loop"),
                        r.symptoms().stream()
                                .map(TicketTextRecognizer.SymptomMatch::code)
                                .toList()),
                () -> assertEquals("风扇异响", r.symptoms().get(1).text()),
                () -> assertEquals("张先生", r.customerName()),
                () -> assertEquals(Priority.P2, r.priority()),
                () -> assertEquals(List.of(), r.unrecognised(), "a lone 还 says nothing"));
    }

    @Test
    void englishMessagesAreReadTooAnyCaseAndByCode() {
        TicketTextRecognizer.Reading r = read(
                "Customer Mr. Wang says the Screen Frozen and reboot_loop since Monday, phone +86 139 0000 1111, SN A7K2-2409-0031");

        assertAll(
                () -> assertEquals("Mr. Wang", r.customerName()),
                () -> assertEquals("13900001111", r.customerPhone()),
                () -> assertEquals("A7K2-2409-0031", r.deviceSn()),
                () -> assertEquals(
                        List.of("screen_frozen", "reboot_loop"),
                        r.symptoms().stream()
                                .map(TicketTextRecognizer.SymptomMatch::code)
                                .toList()),
                () -> assertEquals(List.of("since Monday"), r.unrecognised()));
    }

    @Test
    void aNameAfterItsLabelAndASymptomWithPunctuationInItsWords() {
        TicketTextRecognizer.Reading r = read("contact: Anna Li, A/C not cooling");

        assertEquals("Anna Li", r.customerName());
        assertEquals("ac_no_cooling", r.symptoms().getFirst().code());
        assertEquals("李四", read("联系人：李四，无法充电").customerName());
    }

    @Test
    void aMessageWithNothingRecognisableSaysNothing() {
        TicketTextRecognizer.Reading r = read("你好，在吗？hello there");

        assertFalse(r.saidAnything());
        assertEquals(List.of("你好", "在吗", "hello there"), r.unrecognised());
    }
}
