package io.ticketradar.pipelines.alerts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** How an alert is put on the wire for a webhook, and how the receiver's answer is read. */
public enum WebhookFormat {

    /** The alert as {@link AlertJson}, the same object as on the alerts topic. */
    JSON {
        @Override
        String render(Alert alert) {
            return AlertJson.toJson(alert);
        }
    },

    /** A WeCom (企业微信) group robot: a markdown message. */
    WECOM {
        @Override
        String render(Alert alert) {
            String content = "## " + alert.title() + "\n"
                    + alert.detail() + "\n"
                    + "> 租户：" + alert.tenantId() + "\n"
                    + "> 日期：" + alert.day() + "\n"
                    + "> 编号：" + alert.alertId();
            ObjectNode message = MAPPER.createObjectNode().put("msgtype", "markdown");
            message.putObject("markdown").put("content", content);
            return message.toString();
        }

        /** WeCom answers 200 with a non-zero errcode when it refuses (45009 is its rate limit): worth a retry. */
        @Override
        DeliveryVerdict judge(int status, String body) {
            DeliveryVerdict byStatus = super.judge(status, body);
            if (byStatus != DeliveryVerdict.DELIVERED) {
                return byStatus;
            }
            return errcode(body) == 0 ? DeliveryVerdict.DELIVERED : DeliveryVerdict.RETRY;
        }

        private long errcode(String body) {
            try {
                return MAPPER.readTree(body).path("errcode").asLong(0);
            } catch (Exception e) {
                return 0; // not JSON: nothing says it failed
            }
        }
    };

    private static final ObjectMapper MAPPER = new ObjectMapper();

    abstract String render(Alert alert);

    /** 2xx is delivered; timeouts, throttling and server errors are worth another attempt; other answers are final. */
    DeliveryVerdict judge(int status, String body) {
        if (status >= 200 && status < 300) {
            return DeliveryVerdict.DELIVERED;
        }
        return status == 408 || status == 429 || status >= 500 ? DeliveryVerdict.RETRY : DeliveryVerdict.REJECTED;
    }
}
