package org.pashm.app.record;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pashm.core.record.RecordKind;
import org.pashm.core.record.Retention;
import org.pashm.core.registry.Registry;

/**
 * The kinds of record the loaded standard modules declare (built-in and plugins alike), which a client may post to
 * {@code /sites/{id}/records}, and the one kind the app adds: {@code void}, which voids an earlier record and is
 * made by {@code POST .../records/{id}/void} only.
 */
@ApplicationScoped
public class RecordKinds {

    /** The app's own kind: a record that voids another and is kept as long as it. */
    public static final String VOID = "void";

    @Inject
    Registry registry;

    private Map<String, RecordKind> byCode;
    private Map<String, Retention> retentions;

    @PostConstruct
    void init() {
        Map<String, RecordKind> kinds = new LinkedHashMap<>();
        Map<String, Retention> kept = new LinkedHashMap<>();
        for (RecordKind k : registry.recordKinds()) {
            if (k.code().equals(VOID)) {
                throw new IllegalStateException("A standard module declares a record kind '" + VOID + "', which the "
                        + "app keeps for records that void another: give the kind another code");
            }
            Retention other = kept.putIfAbsent(k.retention().code(), k.retention());
            if (other != null && !other.equals(k.retention())) {
                throw new IllegalStateException("Record kind " + k.code() + " is kept as '" + k.retention().code()
                        + "' for " + k.retention().words() + " (" + k.retention().clause() + "), but another kind "
                        + "keeps that retention " + other.words() + " (" + other.clause() + "): records store the "
                        + "retention by its code, so one code has one meaning");
            }
            kinds.put(k.code(), k);
        }
        byCode = Map.copyOf(kinds);
        retentions = Map.copyOf(kept);
    }

    /** Every kind a client may post, ordered by code. */
    public List<RecordKind> all() {
        return registry.recordKinds();
    }

    /** A kind a client may post; empty for {@code void} and for codes no module declares. */
    public Optional<RecordKind> kind(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** Whether records of this type may exist: a declared kind, or a void. */
    public boolean isKnown(String code) {
        return VOID.equals(code) || byCode.containsKey(code);
    }

    /** The codes a client may post. */
    public List<String> postable() {
        return all().stream().map(RecordKind::code).toList();
    }

    /** A retention by the code stored with a record; every stored code is a declared kind's. */
    public Retention retention(String code) {
        Retention r = retentions.get(code);
        if (r == null) {
            throw new IllegalStateException("No loaded record kind is kept as '" + code + "': a record was stored "
                    + "under a module that is no longer loaded");
        }
        return r;
    }
}
