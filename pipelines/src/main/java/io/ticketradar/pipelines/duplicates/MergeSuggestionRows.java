package io.ticketradar.pipelines.duplicates;

import io.ticketradar.pipelines.sinks.WarehouseRowMapper;

/** Maps a suggestion (or a merge) to its {@code merge_suggestions} row. */
public final class MergeSuggestionRows implements WarehouseRowMapper<MergeSuggestion> {

    private static final long serialVersionUID = 1L;

    @Override
    public String toJsonRow(MergeSuggestion suggestion) {
        return MergeSuggestionJson.row(suggestion);
    }
}
