package org.pashm.app.traceability.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.pashm.app.calendar.FarmCalendar;
import org.pashm.app.duty.SubjectRequest;
import org.pashm.app.duty.SubjectService;
import org.pashm.app.problem.Problems;
import org.pashm.app.problem.Rule;
import org.pashm.app.web.Page;
import org.pashm.app.web.Paging;
import org.pashm.app.web.Received;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.traceability.CustodyStep;

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

    @Transactional
    public GroupView create(UUID organisation, Received<GoatGroupRequest> received) {
        organisations.taking(organisation, CustodyStep.HERD_KEEPING);
        Set<String> sites = organisations.siteIds(organisation);
        GoatGroupRequest request = received.check((group, errors) -> {
            if (group.site() != null && !sites.contains(group.site().toString())) {
                errors.add("/site", Rule.UNKNOWN_SITE, "the organisation has no site " + group.site());
            }
            if (group.classes() != null && !errors.has("/classes")) {
                // A class refused while binding is null here, and already reported.
                Map<String, String> bound = new TreeMap<>(group.classes());
                bound.values().removeIf(java.util.Objects::isNull);
                subjects.checkClasses(bound, SubjectKind.GOAT_GROUP.name(), errors);
            }
        });
        String name = request.name().strip();
        UUID site = request.site();
        if (GoatGroup.count("organisationId = ?1 and name = ?2", organisation, name) > 0) {
            throw Problems.conflict("goat-group-exists", "Goat group exists", "This organisation already has a goat "
                    + "group named '" + name + "'.");
        }
        GoatGroup g = new GoatGroup();
        g.id = UUID.randomUUID();
        g.organisationId = organisation;
        g.name = name;
        g.description = request.description();
        g.siteId = site;
        g.createdAt = farmCalendar.now();
        g.persist();
        if (site != null) {
            subjects.register(site, new SubjectRequest(SubjectKind.GOAT_GROUP.name(), g.id.toString(), name,
                    request.classesOrNone()));
        }
        return view(g);
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
     * unknown one, with the request's own problems); goats already in the group stay. Returns the group.
     */
    @Transactional
    public GroupView addMembers(UUID groupId, Received<GoatMembersRequest> received) {
        GoatGroup g = find(groupId);
        String[][] wanted = new String[1][];
        received.check((request, errors) -> {
            // Too many tags are not looked up; a refused tag is checked no further (its pointer tells).
            if (request.earTags() == null || request.earTags().size() > GoatMembersRequest.MAX_PER_REQUEST) {
                return;
            }
            List<String> tags = request.earTags().stream().map(t -> t == null ? null : t.strip()).toList();
            wanted[0] = tags.stream().filter(t -> t != null && !t.isEmpty()).distinct().toArray(String[]::new);
            List<?> known = em.createNativeQuery("select ear_tag from goat where organisation_id = ?1 "
                            + "and ear_tag = any(cast(?2 as varchar[]))")
                    .setParameter(1, g.organisationId).setParameter(2, wanted[0]).getResultList();
            for (int i = 0; i < tags.size(); i++) {
                String pointer = "/earTags/" + i;
                if (tags.get(i) != null && !errors.has(pointer) && !known.contains(tags.get(i))) {
                    errors.add(pointer, Rule.UNKNOWN_GOAT, "no goat of this organisation has ear tag " + tags.get(i));
                }
            }
        });
        em.createNativeQuery("""
                        insert into goat_group_member (organisation_id, group_id, goat_id)
                        select ?1, ?2, id from goat where organisation_id = ?1 and ear_tag = any(cast(?3 as varchar[]))
                        on conflict do nothing""")
                .setParameter(1, g.organisationId).setParameter(2, g.id).setParameter(3, wanted[0]).executeUpdate();
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
