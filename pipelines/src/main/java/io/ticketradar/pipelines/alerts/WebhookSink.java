package io.ticketradar.pipelines.alerts;

import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

import java.util.List;

/**
 * Posts each alert to its tenant's webhooks. Delivery runs on the {@link WebhookDispatcher}'s threads and no
 * checkpoint waits for it, so it is best effort: deliveries still queued when the job fails are lost, and
 * alerts decided again after a restore are posted again (receivers can drop repeats by the alert id header).
 */
public final class WebhookSink implements Sink<Alert> {

    private static final long serialVersionUID = 1L;

    private final AlertSettings settings;

    public WebhookSink(AlertSettings settings) {
        this.settings = settings;
    }

    @Override
    public SinkWriter<Alert> createWriter(WriterInitContext context) {
        return new Writer(
                settings, new WebhookDispatcher(settings.delivery(), DeliveryCounters.register(context.metricGroup())));
    }

    private static final class Writer implements SinkWriter<Alert> {

        private final AlertSettings settings;
        private final WebhookDispatcher dispatcher;

        Writer(AlertSettings settings, WebhookDispatcher dispatcher) {
            this.settings = settings;
            this.dispatcher = dispatcher;
        }

        @Override
        public void write(Alert alert, Context context) {
            List<Webhook> webhooks = settings.webhooksOf(alert.tenantId());
            for (Webhook webhook : webhooks) {
                dispatcher.submit(new WebhookDispatcher.Delivery(
                        alert.tenantId(),
                        alert.alertId(),
                        webhook,
                        webhook.format().render(alert)));
            }
        }

        @Override
        public void flush(boolean endOfInput) {
            // Deliberately nothing: a checkpoint must not wait for a receiver.
        }

        @Override
        public void close() {
            dispatcher.close();
        }
    }
}
