package org.pashm.app.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pashm.app.calendar.FarmCalendar;
import org.pashm.app.problem.Problem.FieldError;
import org.pashm.app.problem.Rule;
import org.pashm.app.web.FieldErrors;
import org.pashm.app.web.RequestCheck;
import org.pashm.core.evidence.EvidenceProblem;
import org.pashm.core.evidence.Vocabulary;
import org.pashm.core.registry.Registry;

/**
 * The checks of a submission that need no stored data but the loaded vocabulary and the clock: an edition needs its
 * standard, an assessment is not dated in the future, it has at most so many observations, and each observation
 * passes the vocabulary (code, value type, unit, plausibility, subject kind, one value per code and subject). They
 * run when the body is bound (a {@link RequestCheck}), so that a client hears of every mistake at once.
 */
@ApplicationScoped
public class EvidenceChecks implements RequestCheck<SubmissionRequest> {

    @Inject
    Registry registry;

    @Inject
    FarmCalendar farmCalendar;

    @ConfigProperty(name = "pashm.assessment.max-observations", defaultValue = "5000")
    int maxObservations;

    @Override
    public Class<SubmissionRequest> type() {
        return SubmissionRequest.class;
    }

    @Override
    public void check(SubmissionRequest s, FieldErrors errors) {
        if (s.edition() != null && s.standard() == null && !errors.has("/standard")) {
            errors.add("/edition", Rule.STANDARD_REQUIRED, "an edition needs the standard it belongs to");
        }
        // The latest date anywhere on Earth: an assessor far east of the platform's zone may date today's work.
        if (s.assessedOn() != null && s.assessedOn().isAfter(farmCalendar.latestDateOnEarth())) {
            errors.add("/assessedOn", Rule.IN_THE_FUTURE, "assessedOn " + s.assessedOn() + " is in the future");
        }
        if (s.observations() == null || s.observations().isEmpty()) {
            return;
        }
        if (s.observations().size() > maxObservations) {
            errors.add("/observations", Rule.TOO_MANY, "an assessment takes at most " + maxObservations
                    + " observations; this one has " + s.observations().size());
            return;
        }
        report(registry.vocabulary().validate(s.submission().observations()), errors);
    }

    /**
     * Adds the vocabulary's problems at their pointers, but none about an observation or a member of it that binding
     * already refused (a code that is not text is not also "required").
     */
    static void report(Vocabulary.Validation validation, FieldErrors errors) {
        List<String> refused = errors.list().stream().map(FieldError::pointer)
                .filter(java.util.Objects::nonNull).toList();
        FieldErrors found = new FieldErrors();
        for (EvidenceProblem p : validation.problems()) {
            String observation = "/observations/" + p.index();
            String member = observation + "/" + p.field().split("/")[0];
            if (refused.stream().noneMatch(r -> r.equals(observation) || r.equals(member)
                    || r.startsWith(member + "/"))) {
                found.add(observation + "/" + p.field(), Rule.of(p.rule()), p.detail());
            }
        }
        errors.addAll(found.list());
    }
}
