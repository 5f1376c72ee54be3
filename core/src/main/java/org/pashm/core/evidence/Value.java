package org.pashm.core.evidence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A typed observed value. Quantities are held in their code's canonical unit once validated. */
public sealed interface Value {

    ValueType type();

    /** The value as a person reads it: "24 mg/m3", "yes", "2026-03-14", "cotton". */
    String display();

    record Quantity(BigDecimal value, String unit) implements Value {
        public Quantity {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(unit, "unit");
        }

        public static Quantity of(String value, String unit) {
            return new Quantity(new BigDecimal(value), unit);
        }

        @Override
        public ValueType type() {
            return ValueType.QUANTITY;
        }

        /** For people: "17.78 \u00b0C", "24 mg/m\u00b3" (the unit as people write it, a converted value rounded). */
        @Override
        public String display() {
            return Units.forPeople(Numbers.forPeople(value), unit);
        }
    }

    record Count(long value) implements Value {
        public Count {
            if (value < 0) {
                throw new IllegalArgumentException("a count cannot be negative");
            }
        }

        @Override
        public ValueType type() {
            return ValueType.COUNT;
        }

        @Override
        public String display() {
            return Long.toString(value);
        }
    }

    record Attestation(boolean value) implements Value {
        public static final Attestation YES = new Attestation(true);
        public static final Attestation NO = new Attestation(false);

        public static Attestation of(boolean value) {
            return value ? YES : NO;
        }

        @Override
        public ValueType type() {
            return ValueType.ATTESTATION;
        }

        @Override
        public String display() {
            return value ? "yes" : "no";
        }
    }

    record Date(LocalDate value) implements Value {
        public Date {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public ValueType type() {
            return ValueType.DATE;
        }

        @Override
        public String display() {
            return value.toString();
        }
    }

    record Choice(String value) implements Value {
        public Choice {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public ValueType type() {
            return ValueType.CHOICE;
        }

        @Override
        public String display() {
            return value;
        }
    }
}
