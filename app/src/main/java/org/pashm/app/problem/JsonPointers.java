package org.pashm.app.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;

/** JSON pointers (RFC 6901) as the problems' {@code errors[].pointer} names a member: one place for the escaping. */
public final class JsonPointers {

    private JsonPointers() {
    }

    /** A member name or key as one segment of a pointer: {@code ~} becomes {@code ~0}, {@code /} becomes {@code ~1}. */
    public static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    /** The pointer of the place where Jackson failed, from its path of members and indexes. */
    public static String of(List<JsonMappingException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : path) {
            sb.append('/').append(r.getFieldName() != null ? escape(r.getFieldName()) : Integer.toString(r.getIndex()));
        }
        return sb.toString();
    }
}
