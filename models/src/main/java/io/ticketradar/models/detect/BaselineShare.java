package io.ticketradar.models.detect;

/**
 * What a combination's target held of its context over a baseline: the reference a pattern is followed against.
 *
 * @param observed cases of the target in the context over the baseline
 * @param exposure cases of the context over the baseline
 * @param prior    the share a context without history is expected to hold
 */
public record BaselineShare(int observed, int exposure, double prior) {}
