package org.pashm.app.web;

import java.util.List;

/** One page of a listing. Pages are numbered from 0; the size is capped by {@link Paging}. */
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <T> Page<T> of(List<T> items, Paging paging, long total) {
        return new Page<>(items, paging.page(), paging.size(), total,
                (int) ((total + paging.size() - 1) / paging.size()));
    }
}
