package io.ticketradar.models.detect;

import java.time.LocalDate;

/** One day of a combination: its cases and how many its context's baseline share expected. */
public record DailyPoint(LocalDate day, int observed, double expected) {}
