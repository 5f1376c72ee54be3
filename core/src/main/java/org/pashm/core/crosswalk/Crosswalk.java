package org.pashm.core.crosswalk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.StandardRef;

/**
 * How the requirements of one standard edition relate to the clauses of another: "audit once, comply with many".
 * Declared by a module (usually the one that defines {@code from}) and checked by the registry: both standards must
 * be loaded, every requirement must be a clause of {@code from}, every target a clause, rule or heading of
 * {@code to}, and no requirement mapped twice.
 *
 * <p>A requirement the crosswalk does not list is covered by nothing: an assessment against {@code to} leaves it
 * "not assessed". Build one with {@link #from(StandardRef)}:
 * <pre>{@code
 * Crosswalk.from(SUPPLIER_CODE).to(Iso22786.DIS_2025)
 *     .map("2.2", Relation.SUBSET, "ISO asks for water and feed in more detail", "5.13", "5.14", "6.13", "6.14")
 *     .build();
 * }</pre>
 */
public record Crosswalk(StandardRef from, StandardRef to, List<Correspondence> correspondences) {

    public Crosswalk {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        correspondences = List.copyOf(correspondences);
    }

    /** The correspondence of one requirement, if the crosswalk maps it. */
    public Optional<Correspondence> of(ClauseNumber requirement) {
        return correspondences.stream().filter(c -> c.requirement().equals(requirement)).findFirst();
    }

    public static Start from(StandardRef from) {
        return new Start(from);
    }

    /** The first step of the builder: the standard the requirements belong to. */
    public static final class Start {
        private final StandardRef from;

        private Start(StandardRef from) {
            this.from = Objects.requireNonNull(from, "from");
        }

        /** The standard the requirements are mapped to. */
        public Builder to(StandardRef to) {
            return new Builder(from, to);
        }
    }

    public static final class Builder {
        private final StandardRef from;
        private final StandardRef to;
        private final List<Correspondence> lines = new ArrayList<>();

        private Builder(StandardRef from, StandardRef to) {
            this.from = from;
            this.to = Objects.requireNonNull(to, "to");
        }

        /**
         * Maps one requirement.
         *
         * @param targets clause numbers ({@code 5.14.1}), headings ({@code 5.14}) or one rule of a clause
         *                ({@code 5.3.5#grazing-shelter})
         */
        public Builder map(String requirement, Relation relation, String rationale, String... targets) {
            lines.add(new Correspondence(ClauseNumber.of(requirement), relation,
                    Arrays.stream(targets).map(Target::parse).toList(), rationale));
            return this;
        }

        public Crosswalk build() {
            return new Crosswalk(from, to, lines);
        }
    }
}
