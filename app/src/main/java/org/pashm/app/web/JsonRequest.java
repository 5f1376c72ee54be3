package org.pashm.app.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record as a request body: {@link RequestReader} binds it strictly (unknown members, wrong JSON types, NUL
 * characters, numbers out of range and text after the document are refused) and checks its Bean Validation
 * constraints, and answers every problem at once as one 400 of the given problem type.
 *
 * <pre>{@code
 * @JsonRequest(problem = "invalid-organisation", title = "Invalid organisation")
 * public record OrganisationRequest(@NotNull @Size(max = 200) String name, @NotNull String kind) {}
 * }</pre>
 *
 * Nested records of a request are bound the same way and need no annotation.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface JsonRequest {

    /** The problem type's name, e.g. {@code invalid-organisation} for {@code urn:pashm:problem:invalid-organisation}. */
    String problem();

    /** The problem's title, e.g. "Invalid organisation". */
    String title();
}
