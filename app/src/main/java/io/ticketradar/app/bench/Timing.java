package io.ticketradar.app.bench;

/**
 * Wall-clock and process CPU nanoseconds of one measured piece of work (every thread: the JIT and the collector work
 * for it too). On a machine shared with other work the CPU time is the steadier figure.
 */
record Timing(long wall, long cpu) {}
