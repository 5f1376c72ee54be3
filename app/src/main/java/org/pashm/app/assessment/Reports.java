package org.pashm.app.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.pashm.core.evaluation.Report;
import org.pashm.core.registry.Registry;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.Heading;
import org.pashm.core.standard.StandardRef;
import org.pashm.text.Renderer;

/**
 * Reports as stored and as read. An assessment stores its report as data ({@link ReportData}, format
 * {@link #DATA}); a report stored before findings were data (format {@link #ENGLISH}) holds English sentences and is
 * passed on as it was stored, in English, whatever language is asked for.
 */
@ApplicationScoped
public class Reports {

    /** The report column holds the rendered English report (assessments stored before version 2). */
    public static final short ENGLISH = 1;
    /** The report column holds the report as data. */
    public static final short DATA = 2;

    @Inject
    Registry registry;

    @Inject
    ObjectMapper json;

    /** The report as it is stored. */
    String stored(Report report) {
        return ReportData.write(report);
    }

    /** Whether the stored report is data (and so can be read in any language and projected). */
    static boolean isData(Assessment a) {
        return a.reportFormat == DATA;
    }

    /** The stored report as data; only for {@link #isData}. */
    Report report(Assessment a) {
        return ReportData.read(a.report);
    }

    /** The report of {@code a} in {@code say}'s language (a report stored in English stays English). */
    public ReportBody body(Assessment a, Renderer say) {
        return ReportBody.of(report(a), say, titles(StandardRef.of(a.standardId, a.edition)));
    }

    /** The report of {@code a} as JSON, in {@code say}'s language where it is data. */
    public String json(Assessment a, Renderer say) {
        if (!isData(a)) {
            return a.report;
        }
        try {
            return json.writeValueAsString(body(a, say));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the report of " + a.id + " cannot be written", e);
        }
    }

    /** The language the report of {@code a} is in, once rendered by {@code say}. */
    static String contentLanguage(Assessment a, Renderer say) {
        return isData(a) ? say.contentLanguage() : org.pashm.text.Languages.ENGLISH;
    }

    /** The registry's English titles and statements, for texts no bundle gives (a plugin without bundles). */
    ReportBody.Titles titles(StandardRef ref) {
        return new ReportBody.Titles() {
            @Override
            public String title(ClauseNumber number) {
                return registry.clause(ref, number).map(Clause::title)
                        .or(() -> registry.heading(ref, number).map(Heading::title))
                        .orElse("Clause " + number);
            }

            @Override
            public String statement(ClauseNumber clause, String rule) {
                return registry.clause(ref, clause).flatMap(c -> c.rules().stream()
                        .filter(r -> r.id().equals(rule)).findFirst()).map(r -> r.statement()).orElse(rule);
            }
        };
    }
}
