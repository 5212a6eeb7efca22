package io.ticketradar.pipelines.testing;

import org.apache.flink.runtime.state.heap.HeapKeyedStateBackend;
import org.apache.flink.streaming.util.AbstractStreamOperatorTestHarness;

/** Keyed state entries of an operator under test, for harnesses that do not count them (the broadcast one). */
public final class KeyedStateEntries {

    private KeyedStateEntries() {}

    public static int of(AbstractStreamOperatorTestHarness<?> harness) {
        if (harness.getOperator().getKeyedStateBackend() instanceof HeapKeyedStateBackend<?> heap) {
            return heap.numKeyValueStateEntries();
        }
        throw new IllegalStateException("the harness does not keep keyed state on the heap");
    }
}
