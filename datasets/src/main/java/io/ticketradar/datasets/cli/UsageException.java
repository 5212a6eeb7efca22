package io.ticketradar.datasets.cli;

/** A command line that cannot be run: the message says what is wrong, for a person; exit code 2. */
public final class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }
}
