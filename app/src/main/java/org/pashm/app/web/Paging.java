package org.pashm.app.web;

import org.pashm.app.problem.Problems;
import org.pashm.app.problem.Rule;

/**
 * A validated page request. Sizes above the cap are refused (400), not silently cut, so a client never believes it
 * has everything when it does not.
 */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static Paging of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            throw Problems.badParameter("page", Rule.OUT_OF_RANGE, "page must be 0 or more (pages are numbered from 0)");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw Problems.badParameter("size", Rule.OUT_OF_RANGE, "size must be between 1 and " + MAX_SIZE);
        }
        return new Paging(p, s);
    }

    public int offset() {
        return page * size;
    }
}
