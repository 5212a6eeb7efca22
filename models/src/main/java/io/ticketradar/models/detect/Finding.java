package io.ticketradar.models.detect;

/** A combination whose count in some recent window is significantly above its expectation. */
record Finding(Combination combination, Evidence evidence) {}
