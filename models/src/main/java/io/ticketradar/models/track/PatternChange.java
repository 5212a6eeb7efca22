package io.ticketradar.models.track;

/**
 * A pattern written by an evaluation, and what changed: new patterns, status and definition changes go to R&D's
 * feed; new or changed hints of an open pattern go to dispatch.
 */
public record PatternChange(
        FailurePattern pattern, boolean isNew, boolean statusChanged, boolean definitionChanged, boolean hintsChanged) {

    public boolean forResearch() {
        return pattern.status() != PatternStatus.DISMISSED && (isNew || statusChanged || definitionChanged);
    }

    public boolean forDispatch() {
        return pattern.status().open()
                && (isNew || hintsChanged)
                && !pattern.hints().isEmpty();
    }
}
