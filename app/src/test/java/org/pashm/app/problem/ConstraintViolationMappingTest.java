package org.pashm.app.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.pashm.app.problem.Problem.FieldError;

/**
 * A Bean Validation violation that reaches the last-resort mapper (a validated method's parameter, an entity checked
 * on flush) is reported as a request body's is, by {@link Violations}: the same rule codes and sentences, a parameter
 * by its name, a member by its JSON pointer (the mapper had its own table, which answered {@code constraint} for all).
 */
class ConstraintViolationMappingTest {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    public static class Greeter {
        public void greet(@Size(max = 3) String name) {
        }
    }

    record Flock(@NotNull String keeper, @Size(max = 2) List<String> earTags) {
    }

    @Test
    void aParameterIsNamedAsAParameterWithTheBodysRule() throws NoSuchMethodException {
        Method greet = Greeter.class.getMethod("greet", String.class);
        Set<ConstraintViolation<Greeter>> violations = VALIDATOR.forExecutables()
                .validateParameters(new Greeter(), greet, new Object[] {"Dorj"});
        FieldError error = ProblemMappers.fieldError(violations.iterator().next());
        assertThat(error.parameter()).isEqualTo("name");
        assertThat(error.pointer()).isNull();
        assertThat(error.rule()).isEqualTo(Rule.TOO_LONG);
        assertThat(error.detail()).isEqualTo("name must be at most 3 characters");
    }

    @Test
    void aMemberIsNamedByItsPointerWithTheBodysRule() {
        List<FieldError> errors = VALIDATOR.validate(new Flock(null, List.of("MN-1", "MN-2", "MN-3"))).stream()
                .map(ProblemMappers::fieldError).toList();
        assertThat(errors).extracting(FieldError::pointer, FieldError::rule).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("/keeper", Rule.REQUIRED),
                org.assertj.core.groups.Tuple.tuple("/earTags", Rule.TOO_MANY));
    }
}
