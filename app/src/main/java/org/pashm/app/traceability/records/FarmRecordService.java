package org.pashm.app.traceability.records;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.pashm.app.calendar.FarmCalendar;
import org.pashm.app.problem.Problems;
import org.pashm.app.problem.Rule;
import org.pashm.app.site.Site;
import org.pashm.app.traceability.registry.Organisations;
import org.pashm.app.web.FieldErrors;
import org.pashm.app.web.Page;
import org.pashm.app.web.Paging;
import org.pashm.app.web.Received;
import org.pashm.traceability.Retention;

/**
 * Records a farm or herder household keeps under clause 11 (training, health, grazing-land evaluations, breeding
 * archives, key parameters), each deleted only once its retention has ended ({@link RetentionGuard}).
 */
@ApplicationScoped
public class FarmRecordService {

    /** The kinds of record, by the retention each has (clause 11, in traceability's {@link Retention}). */
    static final List<String> KINDS = Stream.of(Retention.RECORD, Retention.GRAZING_LAND_EVALUATION,
            Retention.BREEDING_ARCHIVE, Retention.KEY_PARAMETERS).map(Retention::code).toList();

    @Inject
    Organisations organisations;

    @Inject
    FarmCalendar farmCalendar;

    /** The retention of a kind of record, or null when it is none. */
    static Retention kind(String code) {
        return KINDS.contains(code) ? Retention.fromCode(code) : null;
    }

    /** Keeps a record; runs in the caller's transaction (a creation's). */
    public FarmRecordView create(UUID organisation, Received<FarmRecordRequest> received) {
        organisations.find(organisation);
        FarmRecordRequest request = received.check((r, errors) -> check(organisation, r, errors));
        FarmRecord r = new FarmRecord();
        r.id = UUID.randomUUID();
        r.organisationId = organisation;
        r.siteId = request.site();
        r.kind = request.kind();
        r.recordedOn = request.recordedOn();
        r.title = request.title().strip();
        r.content = request.content();
        r.createdAt = farmCalendar.now();
        r.persist();
        return FarmRecordView.of(r);
    }

    private void check(UUID organisation, FarmRecordRequest r, FieldErrors errors) {
        // The latest date anywhere on Earth: a household far east of the platform's zone may date today's record.
        if (r.recordedOn() != null && r.recordedOn().isAfter(farmCalendar.latestDateOnEarth())) {
            errors.add("/recordedOn", Rule.IN_THE_FUTURE, "recordedOn " + r.recordedOn() + " is in the future");
        }
        if (r.site() != null) {
            Site s = Site.findById(r.site());
            if (s == null || !s.organisationId.equals(organisation)) {
                errors.add("/site", Rule.UNKNOWN_SITE, "there is no site " + r.site() + " of this organisation");
            }
        }
    }

    /** The organisation's records, newest first, of one kind or all. */
    public Page<FarmRecordView> list(UUID organisation, String kind, Paging paging) {
        organisations.find(organisation);
        if (kind != null && kind(kind) == null) {
            throw Problems.badParameter("kind", Rule.UNKNOWN_KIND, "'" + kind + "' is not a kind of record; expected "
                    + "one of " + KINDS);
        }
        var query = kind == null
                ? FarmRecord.<FarmRecord>find("organisationId = ?1 order by recordedOn desc, id", organisation)
                : FarmRecord.<FarmRecord>find("organisationId = ?1 and kind = ?2 order by recordedOn desc, id",
                organisation, kind);
        return Page.of(query.page(paging.page(), paging.size()).list().stream().map(FarmRecordView::of).toList(),
                paging, query.count());
    }

    public FarmRecord find(UUID id) {
        FarmRecord r = FarmRecord.findById(id);
        if (r == null) {
            throw Problems.notFound("unknown-record", "Unknown record", "There is no record " + id + ".");
        }
        return r;
    }

    /** Deletes a record once its retention has ended; before, 409 with the day it ends. */
    @Transactional
    public void delete(UUID id) {
        FarmRecord r = find(id);
        RetentionGuard.check(Retention.fromCode(r.kind), r.recordedOn, farmCalendar.today(),
                "This " + r.kind.replace('-', ' '));
        r.delete();
    }
}
