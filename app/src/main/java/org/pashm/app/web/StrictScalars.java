package org.pashm.app.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * How request bodies read scalars: a value of the wrong JSON type is a problem, never coerced (a number where text is
 * asked for, text where a number is, 1.5 where a whole number is), and what PostgreSQL or arithmetic cannot hold is
 * refused where it arrives: a NUL or other control character in text, a number that overflows to infinity
 * ({@code 1e309}).
 *
 * <p>Each refusal goes through {@link DeserializationContext#handleUnexpectedToken} or
 * {@link DeserializationContext#handleWeirdNumberValue}, so that {@link RequestReader}'s handler records it with its
 * JSON pointer and binding goes on to find the next one.
 */
final class StrictScalars {

    private StrictScalars() {
    }

    static SimpleModule module() {
        SimpleModule m = new SimpleModule("pashm-strict-scalars");
        m.addDeserializer(String.class, new Text());
        m.addDeserializer(Integer.class, new Whole<>(Integer.class, Integer.MIN_VALUE, Integer.MAX_VALUE) {
            @Override
            Integer of(long v) {
                return (int) v;
            }
        });
        m.addDeserializer(Long.class, new Whole<>(Long.class, Long.MIN_VALUE, Long.MAX_VALUE) {
            @Override
            Long of(long v) {
                return v;
            }
        });
        m.addDeserializer(BigDecimal.class, new Decimal());
        m.addDeserializer(Double.class, new Real());
        m.addDeserializer(Boolean.class, new Truth());
        m.addDeserializer(LocalDate.class, new Day());
        return m;
    }

    /**
     * Why {@code s} may not be stored as text, or null when it may: NUL (which PostgreSQL cannot hold) and every other
     * control character (C0, DEL, C1: a terminal escape in a name reaches logs, exports and calendars), save the
     * tab, line feed and carriage return of ordinary multi-line text (issue 22, one text rule).
     */
    static String unstorable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u0000') {
                return "contains a NUL character (U+0000), which text cannot hold";
            }
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return String.format("contains the control character U+%04X, which text may not hold", (int) c);
            }
        }
        return null;
    }

    /** Text: stripped of surrounding white space; blank is absent; NUL and other control characters are refused. */
    static final class Text extends JsonDeserializer<String> {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            String s = p.getText();
            String unstorable = unstorable(s);
            if (unstorable != null) {
                return (String) ctxt.handleWeirdStringValue(String.class, s, unstorable);
            }
            s = s.strip();
            return s.isEmpty() ? null : s;
        }
    }

    abstract static class Whole<T extends Number> extends JsonDeserializer<T> {
        private final Class<T> type;
        private final long min;
        private final long max;

        Whole(Class<T> type, long min, long max) {
            this.type = type;
            this.min = min;
            this.max = max;
        }

        abstract T of(long v);

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
                BigInteger v = p.getBigIntegerValue();
                if (v.compareTo(BigInteger.valueOf(min)) >= 0 && v.compareTo(BigInteger.valueOf(max)) <= 0) {
                    return of(v.longValue());
                }
                return (T) ctxt.handleWeirdNumberValue(type, v, "is out of range");
            }
            if (p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
                BigDecimal d = p.getDecimalValue();
                if (d.stripTrailingZeros().scale() <= 0 && d.compareTo(BigDecimal.valueOf(min)) >= 0
                        && d.compareTo(BigDecimal.valueOf(max)) <= 0) {
                    return of(d.longValueExact());
                }
                return (T) ctxt.handleWeirdNumberValue(type, d, "is not a whole number");
            }
            return (T) ctxt.handleUnexpectedToken(type, p);
        }
    }

    static final class Decimal extends JsonDeserializer<BigDecimal> {
        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_INT || p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
                BigDecimal d = p.getDecimalValue();
                // A decimal beyond any measure (1e309, 1e-400) is a mistake or an attack, and overflows a double.
                if (d.signum() != 0 && (d.precision() - d.scale() > 300 || d.precision() - d.scale() < -300)) {
                    return (BigDecimal) ctxt.handleWeirdNumberValue(BigDecimal.class, d, "is out of range");
                }
                return d;
            }
            return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
        }
    }

    static final class Real extends JsonDeserializer<Double> {
        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_INT || p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
                double d = p.getDoubleValue();
                if (Double.isInfinite(d) || Double.isNaN(d)) {
                    return (Double) ctxt.handleWeirdNumberValue(Double.class, d, "is out of range");
                }
                return d;
            }
            return (Double) ctxt.handleUnexpectedToken(Double.class, p);
        }
    }

    static final class Truth extends JsonDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_TRUE || p.currentToken() == JsonToken.VALUE_FALSE) {
                return p.getBooleanValue();
            }
            return (Boolean) ctxt.handleUnexpectedToken(Boolean.class, p);
        }
    }

    /**
     * A day as YYYY-MM-DD and nothing else (no arrays, no epoch days), from year 1: PostgreSQL stores year 0 as 1 BC,
     * which no page can show.
     */
    static final class Day extends JsonDeserializer<LocalDate> {
        private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String s = p.getText().strip();
            if (ISO_DAY.matcher(s).matches()) {
                try {
                    LocalDate day = LocalDate.parse(s);
                    if (day.getYear() >= 1) {
                        return day;
                    }
                } catch (DateTimeException e) {
                    // not a day of the calendar (2026-02-30): refused below
                }
            }
            return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, s, "is not a date as YYYY-MM-DD");
        }
    }
}
