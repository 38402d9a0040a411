package com.truereach.api.search;

import java.util.Optional;

/** A discovery query: free text and filters, a page size and where the previous page ended. */
public record CreatorQuery(Optional<String> text, Optional<String> country, int limit, Optional<SearchCursor> after) {}
