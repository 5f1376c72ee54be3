package org.pashm.app.traceability.registry;

import org.pashm.app.web.FieldErrors;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.pashm.app.calendar.FarmCalendar;
import org.pashm.app.duty.SubjectRequest;
import org.pashm.app.duty.SubjectService;
import org.pashm.app.problem.JsonPointers;
import org.pashm.app.problem.Problem.FieldError;
import org.pashm.app.problem.Problems;
import org.pashm.app.problem.Rule;
import org.pashm.app.web.Json;
import org.pashm.app.web.Page;
import org.pashm.app.web.Paging;
import org.pashm.core.evidence.SubjectKind;

/** Goat groups of the herd registry and their members (added by ear tag, set-based). */
@ApplicationScoped
public class GoatGroupService {

    @Inject
    EntityManager em;

    @Inject
    FarmCalendar farmCalendar;

    @Inject
    Organisations organisations;

    @Inject
    SubjectService subjects;

    /**
     * @param site    the site the group is kept at, or null
     * @param subject where its duties are: {@code /sites/{site}/subjects/goat-group/{id}}, or null without a site
     */
    public record GroupView(UUID id, UUID organisation, String name, String description, UUID site, String subject,
                            long members, OffsetDateTime createdAt) {
    }

    public GroupView create(UUID organisation, JsonNode body) {
        organisations.ofKind(organisation, Organisations.HERD_KEEPERS, "keep goats");
        List<FieldError> errors = new ArrayList<>();
        if (body == null || !body.isObject()) {
            throw Problems.invalid("invalid-body", "Invalid request body", "The body must be a JSON object",
                    List.of(FieldError.body("", Rule.WRONG_TYPE, "The body must be a JSON object")));
        }
        String name = Json.text(body.get("name"), "/name", true, 200, errors);
        String description = Json.text(body.get("description"), "/description", false, 2000, errors);
        // Kept at a site, the group is that site's goat-group duty subject, with the classes its duties depend on
        // (5.18.3: hoof repairing every 2, 4 or 6 months by housing.goat-group.class).
        UUID site = Json.uuid(body.get("site"), "/site", false, errors);
        if (site != null && !organisations.siteIds(organisation).contains(site.toString())) {
            errors.add(FieldError.body("/site", Rule.UNKNOWN_SITE, "the organisation has no site " + site));
            site = null;
        }
        if (body.has("classes") && site == null && !errors.stream().anyMatch(e -> "/site".equals(e.pointer()))) {
            errors.add(FieldError.body("/classes", Rule.SITE_REQUIRED, "classes are the group's duty classes at a site; "
                    + "name the site"));
        }
        Map<String, String> classes = classes(body.get("classes"), errors);
        FieldErrors vocabulary = new FieldErrors();
        subjects.checkClasses(classes, SubjectKind.GOAT_GROUP.name(), vocabulary);
        errors.addAll(vocabulary.list());
        FieldErrors.unknownFields(body, List.of("name", "description", "site", "classes"), errors);
        if (!errors.isEmpty()) {
            throw Problems.invalid("invalid-goat-group", "Invalid goat group", FieldErrors.summary(errors),
                    errors);
        }
        if (GoatGroup.count("organisationId = ?1 and name = ?2", organisation, name) > 0) {
            throw Problems.conflict("goat-group-exists", "Goat group exists", "This organisation already has a goat "
                    + "group named '" + name + "'.");
        }
        GoatGroup g = new GoatGroup();
        g.id = UUID.randomUUID();
        g.organisationId = organisation;
        g.name = name;
        g.description = description;
        g.siteId = site;
        g.createdAt = farmCalendar.now();
        g.persist();
        if (site != null) {
            subjects.register(site, new SubjectRequest(SubjectKind.GOAT_GROUP.name(), g.id.toString(), name, classes));
        }
        return view(g);
    }

    /** The body's duty classes as text by evidence code (their vocabulary is the subject service's to check). */
    private static Map<String, String> classes(JsonNode node, List<FieldError> errors) {
        Map<String, String> classes = new TreeMap<>();
        if (node == null || node.isNull()) {
            return classes;
        }
        if (!node.isObject()) {
            errors.add(FieldError.body("/classes", Rule.WRONG_TYPE, "classes is an object: evidence code -> class"));
            return classes;
        }
        node.fields().forEachRemaining(e -> {
            String value = Json.text(e.getValue(), "/classes/" + JsonPointers.escape(e.getKey()), true, 100, errors);
            if (value != null) {
                classes.put(e.getKey(), value);
            }
        });
        return classes;
    }

    public GoatGroup find(UUID id) {
        GoatGroup g = GoatGroup.findById(id);
        if (g == null) {
            throw Problems.notFound("unknown-goat-group", "Unknown goat group", "There is no goat group " + id + ".");
        }
        return g;
    }

    public GroupView view(GoatGroup g) {
        long members = ((Number) em.createNativeQuery(
                        "select count(*) from goat_group_member where organisation_id = ?1 and group_id = ?2")
                .setParameter(1, g.organisationId).setParameter(2, g.id).getSingleResult()).longValue();
        return new GroupView(g.id, g.organisationId, g.name, g.description, g.siteId,
                g.siteId == null ? null : "/sites/" + g.siteId + "/subjects/" + SubjectKind.GOAT_GROUP.name() + "/" + g.id,
                members, g.createdAt);
    }

    public Page<GroupView> list(UUID organisation, Paging paging) {
        organisations.find(organisation);
        var query = GoatGroup.<GoatGroup>find("organisationId = ?1 order by name", organisation);
        long total = query.count();
        return Page.of(query.page(paging.page(), paging.size()).list().stream().map(this::view).toList(), paging,
                total);
    }

    /**
     * Adds goats to a group by ear tag. Every ear tag must be a goat of the group's organisation (400 naming each
     * unknown one); goats already in the group stay. Returns the group.
     */
    @Transactional
    public GroupView addMembers(UUID groupId, GoatMembersRequest request) {
        GoatGroup g = find(groupId);
        List<String> tags = request.earTags().stream().map(String::strip).toList();
        String[] wanted = tags.stream().distinct().toArray(String[]::new);
        List<?> known = em.createNativeQuery("select ear_tag from goat where organisation_id = ?1 "
                        + "and ear_tag = any(cast(?2 as varchar[]))")
                .setParameter(1, g.organisationId).setParameter(2, wanted).getResultList();
        FieldErrors errors = new FieldErrors();
        for (int i = 0; i < tags.size(); i++) {
            if (!known.contains(tags.get(i))) {
                errors.add("/earTags/" + i, Rule.UNKNOWN_GOAT, "no goat of this organisation has ear tag " + tags.get(i));
            }
        }
        errors.throwIfAny("invalid-members", "Invalid goat group members");
        em.createNativeQuery("""
                        insert into goat_group_member (organisation_id, group_id, goat_id)
                        select ?1, ?2, id from goat where organisation_id = ?1 and ear_tag = any(cast(?3 as varchar[]))
                        on conflict do nothing""")
                .setParameter(1, g.organisationId).setParameter(2, g.id).setParameter(3, wanted).executeUpdate();
        return view(g);
    }

    @Transactional
    public void removeMember(UUID groupId, UUID goatId) {
        GoatGroup g = find(groupId);
        int removed = em.createNativeQuery("delete from goat_group_member where organisation_id = ?1 and group_id = ?2 "
                        + "and goat_id = ?3")
                .setParameter(1, g.organisationId).setParameter(2, g.id).setParameter(3, goatId).executeUpdate();
        if (removed == 0) {
            throw Problems.notFound("not-a-member", "Not a member", "Goat " + goatId + " is not in group " + g.name + ".");
        }
    }

    @SuppressWarnings("unchecked")
    public Page<GoatView> members(UUID groupId, Paging paging) {
        GoatGroup g = find(groupId);
        long total = ((Number) em.createNativeQuery("select count(*) from goat_group_member where organisation_id = ?1 "
                + "and group_id = ?2").setParameter(1, g.organisationId).setParameter(2, g.id).getSingleResult())
                .longValue();
        List<Goat> goats = em.createNativeQuery("""
                        select g.* from goat g join goat_group_member m
                          on m.organisation_id = g.organisation_id and m.goat_id = g.id
                        where m.organisation_id = ?1 and m.group_id = ?2 order by g.ear_tag limit ?3 offset ?4""",
                        Goat.class)
                .setParameter(1, g.organisationId).setParameter(2, g.id).setParameter(3, paging.size())
                .setParameter(4, paging.offset()).getResultList();
        return Page.of(goats.stream().map(GoatView::of).toList(), paging, total);
    }
}
