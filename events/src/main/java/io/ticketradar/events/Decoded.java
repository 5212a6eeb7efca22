package io.ticketradar.events;

/** The outcome of {@link EventCodec#decode}: an event, or the reason it was rejected. */
public sealed interface Decoded {

    record Valid(Event event) implements Decoded {}

    record Invalid(Rejection rejection) implements Decoded {}
}
