package io.ticketradar.pipelines.alerts;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookTest {

    private static Webhook wecom(String url) {
        return new Webhook(URI.create(url), WebhookFormat.WECOM);
    }

    @Test
    void aMaskedAddressKeepsWhatTellsEndpointsApartAndHidesWhatCouldBeASecret() {
        assertEquals(
                "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=***",
                wecom("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa")
                        .masked(),
                "WeCom's key is in the query");
        assertEquals(
                "https://open.feishu.cn/open-apis/bot/v2/hook/***",
                wecom("https://open.feishu.cn/open-apis/bot/v2/hook/0a1b2c3d-4e5f-6789-abcd-ef0123456789")
                        .masked(),
                "Feishu's token is the last path segment");
        assertEquals(
                "http://***@ops.example:8443/hooks/tr?team=***&sig=***",
                wecom("http://user:pass@ops.example:8443/hooks/tr?team=field&sig=abc")
                        .masked());
        assertEquals(
                "https://ops.example/hooks/tr",
                wecom("https://ops.example/hooks/tr").masked());
    }

    @Test
    void aMaskedAddressIsToldFromAWholeOneAndNoneIsAccepted() {
        assertTrue(Webhook.isMasked("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=***"));
        assertFalse(Webhook.isMasked("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc"));
        assertThrows(IllegalArgumentException.class, () -> wecom("ftp://ops.example/hooks"));
    }

    @Test
    void logsSeeHostAndPathOnly() {
        assertEquals(
                "WECOM https://qyapi.weixin.qq.com/cgi-bin/webhook/send",
                wecom("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=secret")
                        .toString());
    }
}
