package org.pashm.app.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Collection;
import java.util.Map;
import org.pashm.app.problem.Problem.FieldError;

/**
 * A Bean Validation violation of a request body as the API reports it: a JSON pointer, the {@link Rule} the constraint
 * stands for, and a sentence naming the field. One table maps the constraints to rules, so that {@code @Size(max)}
 * answers {@code too-long} in every feature.
 *
 * <p>A constraint with a message of its own ({@code @Pattern(regexp = ..., message = "is lower-case words joined by
 * '-'")}) has it after the field's name; the others get the sentences below. JSON names are the record components'
 * names (requests do not rename them with {@code @JsonProperty}).
 */
public final class Violations {

    private Violations() {
    }

    public static FieldError of(ConstraintViolation<?> v) {
        return of(v, pointer(v.getPropertyPath(), 0));
    }

    /** The violation at {@code pointer} (for method parameters, whose path starts with the method and parameter). */
    public static FieldError of(ConstraintViolation<?> v, String pointer) {
        String field = pointer.isEmpty() ? "the body" : pointer.substring(1);
        ConstraintDescriptor<?> d = v.getConstraintDescriptor();
        Map<String, Object> a = d.getAttributes();
        String annotation = d.getAnnotation().annotationType().getSimpleName();
        boolean text = v.getInvalidValue() instanceof CharSequence;
        boolean many = v.getInvalidValue() instanceof Collection || v.getInvalidValue() instanceof Map;
        String own = String.valueOf(a.get("message"));
        boolean hasOwnMessage = !own.startsWith("{jakarta.validation.") && !own.startsWith("{org.hibernate.validator.");
        Rule rule;
        String sentence;
        switch (annotation) {
            case "NotNull", "NotBlank" -> {
                rule = Rule.REQUIRED;
                sentence = "is required";
            }
            case "NotEmpty" -> {
                rule = Rule.REQUIRED;
                sentence = many ? "must not be empty" : "is required";
            }
            case "Size" -> {
                int size = text ? ((CharSequence) v.getInvalidValue()).length()
                        : many ? size(v.getInvalidValue()) : 0;
                int max = (Integer) a.get("max");
                int min = (Integer) a.get("min");
                if (size > max) {
                    rule = text ? Rule.TOO_LONG : Rule.TOO_MANY;
                    sentence = "must be at most " + max + (text ? " characters" : " items");
                } else {
                    rule = many && min > 0 ? Rule.REQUIRED : Rule.INVALID_VALUE;
                    sentence = "must be at least " + min + (text ? " characters" : min == 1 ? " item" : " items");
                }
            }
            case "Min", "DecimalMin" -> {
                rule = Rule.OUT_OF_RANGE;
                sentence = "must be at least " + a.get("value");
            }
            case "Max", "DecimalMax" -> {
                rule = Rule.OUT_OF_RANGE;
                sentence = "must be at most " + a.get("value");
            }
            case "Positive" -> {
                rule = Rule.OUT_OF_RANGE;
                sentence = "must be more than 0";
            }
            case "PositiveOrZero" -> {
                rule = Rule.OUT_OF_RANGE;
                sentence = "must not be negative";
            }
            case "Past", "PastOrPresent" -> {
                rule = Rule.IN_THE_FUTURE;
                sentence = "must not be in the future";
            }
            case "Pattern", "Email" -> {
                rule = Rule.INVALID_VALUE;
                sentence = v.getMessage();
            }
            default -> {
                rule = Rule.CONSTRAINT;
                sentence = v.getMessage();
            }
        }
        return FieldError.body(pointer, rule, field + " " + (hasOwnMessage ? v.getMessage() : sentence));
    }

    private static int size(Object value) {
        return value instanceof Collection<?> c ? c.size() : ((Map<?, ?>) value).size();
    }

    /** The JSON pointer of a property path, leaving out its first {@code skip} nodes (a method and a parameter). */
    public static String pointer(Path path, int skip) {
        StringBuilder pointer = new StringBuilder();
        int i = 0;
        for (Path.Node node : path) {
            if (i++ < skip) {
                continue;
            }
            if (node.isInIterable()) {
                Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
                if (at != null) {
                    pointer.append('/').append(JsonPointers.escape(at.toString()));
                }
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                pointer.append('/').append(JsonPointers.escape(node.getName()));
            }
        }
        return pointer.toString();
    }
}
