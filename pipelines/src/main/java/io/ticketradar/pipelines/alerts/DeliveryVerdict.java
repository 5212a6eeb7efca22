package io.ticketradar.pipelines.alerts;

/** What one webhook attempt came to. */
enum DeliveryVerdict {
    DELIVERED,
    RETRY,
    REJECTED
}
