package io.ticketradar.pipelines.alerts;

import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * Posts each alert to the webhooks it is addressed to. Delivery runs on the {@link WebhookDispatcher}'s threads and no
 * checkpoint waits for it, so it is best effort: deliveries still queued when the job fails are lost, and
 * alerts decided again after a restore are posted again (receivers can drop repeats by the alert id header).
 */
public final class WebhookSink implements Sink<AddressedAlert> {

    private static final long serialVersionUID = 1L;

    private final WebhookPolicy delivery;

    /** @param delivery how deliveries are retried and bounded */
    public WebhookSink(WebhookPolicy delivery) {
        this.delivery = delivery;
    }

    @Override
    public SinkWriter<AddressedAlert> createWriter(WriterInitContext context) {
        return new Writer(new WebhookDispatcher(delivery, DeliveryCounters.register(context.metricGroup())));
    }

    private static final class Writer implements SinkWriter<AddressedAlert> {

        private final WebhookDispatcher dispatcher;

        Writer(WebhookDispatcher dispatcher) {
            this.dispatcher = dispatcher;
        }

        @Override
        public void write(AddressedAlert addressed, Context context) {
            Alert alert = addressed.alert();
            for (Webhook webhook : addressed.webhooks()) {
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
