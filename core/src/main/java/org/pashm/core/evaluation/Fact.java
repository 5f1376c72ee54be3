package org.pashm.core.evaluation;

/**
 * One value a verdict rests on, as a person reads it: an observed value ("housing.shelter.ammonia" = "24 mg/m3")
 * or one derived from observations ("required area" = "135 m2"). The facts are the trace of a verdict.
 */
public record Fact(String name, String value) {
}
