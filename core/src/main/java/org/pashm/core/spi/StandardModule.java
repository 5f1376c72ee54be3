package org.pashm.core.spi;

import java.lang.module.ModuleDescriptor;
import java.util.List;
import java.util.Optional;
import org.pashm.core.crosswalk.Crosswalk;
import org.pashm.core.duty.Duty;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.record.RecordKind;
import org.pashm.core.standard.Certification;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.Heading;
import org.pashm.core.standard.Standard;

/**
 * What a module contributes to Pashm: the standards it defines, the clauses (catalogue entries with their rules)
 * it adds to a standard, the headings that shape the clause tree, the evidence codes its rules read, and the
 * recurring duties it imposes and the kinds of record that fulfil them; how its requirements relate to another standard's clauses (crosswalks), and whether
 * a standard it defines certifies. Only {@link #clauses()} is abstract.
 *
 * <h2>Discovery</h2>
 * Implementations are found with {@link java.util.ServiceLoader}. Register each one twice:
 * <ul>
 *   <li>in {@code module-info.java}: {@code provides org.pashm.core.spi.StandardModule with ...;} (read on the
 *       module path), and</li>
 *   <li>in {@code META-INF/services/org.pashm.core.spi.StandardModule} (read on the class path, which is how the
 *       Quarkus app runs every jar).</li>
 * </ul>
 * {@link ProviderCheck} tells whether the two agree; every module's tests call it.
 *
 * <h2>Validation</h2>
 * The {@link org.pashm.core.registry.Registry} checks every contribution when it loads and refuses to start,
 * naming the module, on: a clause number used twice in one standard edition, a clause for a standard nobody
 * defines, a clause that serves no freedom or applies to no production system, a rule reading an evidence code
 * nobody defines, an evidence code defined twice, a duty citing a clause that does not exist, a record kind declared twice in disagreement or naming a duty that does not
 * exist or with ill-formed fields, a duty waiting for an event no record kind is, a crosswalk naming a
 * standard, clause or rule that does not exist or mapping a requirement twice, a certification of a standard the
 * module does not define or without its renewal duty.
 *
 * <p>Implementations must have a public no-argument constructor, be immutable, and return the same contributions
 * on every call.
 *
 * <p>Stability: this interface is the contract with integrators. Methods are only ever added with defaults.
 */
public interface StandardModule {

    /** Catalogue entries this module contributes, each naming its standard edition. */
    List<Clause> clauses();

    /** Standards (or editions) this module defines. Most modules add clauses to a standard defined elsewhere. */
    default List<Standard> standards() {
        return List.of();
    }

    /** Headings of the clause tree (sections and subsections that carry no requirement themselves). */
    default List<Heading> headings() {
        return List.of();
    }

    /** Evidence codes this module defines. Codes are global: a module may read codes another module defines. */
    default List<EvidenceCode> vocabulary() {
        return List.of();
    }

    /** Recurring duties (hoof repairing, soil testing...) this module's clauses impose. */
    default List<Duty> duties() {
        return List.of();
    }

    /**
     * The kinds of record a site keeps for this module's clauses: the work that fulfils each of its duties (with
     * the values a record carries and how long it is kept), and the events that start a duty. A kind both
     * production systems share may be declared by each of their modules, with the duties of its own; the registry
     * merges them.
     */
    default List<RecordKind> recordKinds() {
        return List.of();
    }

    /**
     * How requirements of a standard this module defines relate to the clauses of another standard, so that an
     * assessment against the other can be projected onto this one ("audit once, comply with many").
     */
    default List<Crosswalk> crosswalks() {
        return List.of();
    }

    /**
     * The standards this module defines that certify, and for how long a certificate lasts. Each names a renewal
     * duty that this module declares in {@link #duties()}.
     */
    default List<Certification> certifications() {
        return List.of();
    }

    /**
     * The module's name in messages and reports: its JPMS module name, read from its jar's module descriptor even on
     * the class path; the provider's class name for a jar without one.
     */
    default String name() {
        return ModuleDescriptors.of(getClass()).map(ModuleDescriptor::name).orElse(getClass().getName());
    }

    /**
     * The module's version, recorded with every assessment it evaluates: the version in its module descriptor, else
     * the jar's {@code Implementation-Version}, else "unversioned".
     */
    default String version() {
        return ModuleDescriptors.of(getClass()).flatMap(ModuleDescriptor::rawVersion)
                .or(() -> Optional.ofNullable(getClass().getPackage().getImplementationVersion()))
                .orElse("unversioned");
    }
}
