package org.pashm.core.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.fhir.ucum.Decimal;
import org.fhir.ucum.UcumEssenceService;
import org.fhir.ucum.UcumException;
import org.fhir.ucum.UcumService;

/**
 * UCUM unit codes: validation and conversion, backed by the HL7 UCUM library.
 *
 * <p>The library converts every linear unit (cm to m, mg/m3 to ug/m3, wk to d) but not units with an offset
 * from zero; the three temperature scales (Cel, K, [degF]) are therefore converted here through kelvin.
 * Linear factors are cached per pair of units, so a conversion on the hot path is one multiplication.
 */
public final class Units {

    private static final MathContext PRECISION = MathContext.DECIMAL64;
    private static final BigDecimal KELVIN_AT_ZERO_CELSIUS = new BigDecimal("273.15");
    private static final BigDecimal FIVE_NINTHS = new BigDecimal(5).divide(new BigDecimal(9), PRECISION);
    private static final BigDecimal THIRTY_TWO = new BigDecimal(32);

    private static final UcumService UCUM = load();
    /**
     * Parsing a UCUM expression costs microseconds and a submission repeats a handful of units hundreds of times, so
     * results are cached. Clients can send any string, so the caches stop growing at a fixed size.
     */
    private static final int CACHE_LIMIT = 4096;
    private static final Map<String, Conversion> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, Optional<String>> VALIDITY = new ConcurrentHashMap<>();

    private Units() {
    }

    /** Thrown when a unit is not UCUM or cannot be converted to the unit asked for. */
    public static final class UnitException extends Exception {
        private static final long serialVersionUID = 1L;

        UnitException(String message) {
            super(message, null, false, false);
        }
    }

    /** An error message when {@code unit} is not a valid UCUM code, empty when it is. */
    public static Optional<String> problemWith(String unit) {
        if (unit == null || unit.isBlank()) {
            return Optional.of("a unit is required");
        }
        if (isTemperature(unit)) {
            return Optional.empty();
        }
        Optional<String> known = VALIDITY.get(unit);
        if (known != null) {
            return known;
        }
        String error = UCUM.validate(unit);
        Optional<String> result = error == null ? Optional.empty() : Optional.of("'" + unit + "' is not a UCUM unit code");
        if (VALIDITY.size() < CACHE_LIMIT) {
            VALIDITY.put(unit, result);
        }
        return result;
    }

    /** Converts {@code value} from one UCUM unit to another; throws when they measure different things. */
    public static BigDecimal convert(BigDecimal value, String from, String to) throws UnitException {
        if (from.equals(to)) {
            return value;
        }
        String key = from + "\u0000" + to;
        Conversion conversion = CACHE.get(key);
        if (conversion == null) {
            conversion = conversionFor(from, to);
            if (CACHE.size() < CACHE_LIMIT) {
                CACHE.put(key, conversion);
            }
        }
        return conversion.apply(value);
    }

    /** True when values in {@code from} can be converted to {@code to}. */
    public static boolean compatible(String from, String to) {
        try {
            convert(BigDecimal.ONE, from, to);
            return true;
        } catch (UnitException e) {
            return false;
        }
    }

    private sealed interface Conversion {
        BigDecimal apply(BigDecimal value) throws UnitException;
    }

    private record Linear(BigDecimal factor) implements Conversion {
        @Override
        public BigDecimal apply(BigDecimal value) {
            return value.multiply(factor, PRECISION);
        }
    }

    private record Temperature(String from, String to) implements Conversion {
        @Override
        public BigDecimal apply(BigDecimal value) {
            return fromKelvin(toKelvin(value, from), to);
        }
    }

    private record Impossible(String message) implements Conversion {
        @Override
        public BigDecimal apply(BigDecimal value) throws UnitException {
            throw new UnitException(message);
        }
    }

    private static Conversion conversionFor(String from, String to) {
        Optional<String> bad = problemWith(from).or(() -> problemWith(to));
        if (bad.isPresent()) {
            return new Impossible(bad.get());
        }
        if (isTemperature(from) || isTemperature(to)) {
            return isTemperature(from) && isTemperature(to)
                    ? new Temperature(from, to)
                    : new Impossible("'" + from + "' cannot be converted to '" + to + "'");
        }
        try {
            Decimal factor = UCUM.convert(new Decimal(1), from, to);
            return new Linear(new BigDecimal(factor.asDecimal()));
        } catch (UcumException | RuntimeException e) {
            return new Impossible("'" + from + "' cannot be converted to '" + to + "'");
        }
    }

    private static boolean isTemperature(String unit) {
        return "Cel".equals(unit) || "K".equals(unit) || "[degF]".equals(unit);
    }

    private static BigDecimal toKelvin(BigDecimal value, String unit) {
        return switch (unit) {
            case "Cel" -> value.add(KELVIN_AT_ZERO_CELSIUS);
            case "[degF]" -> value.subtract(THIRTY_TWO).multiply(FIVE_NINTHS, PRECISION).add(KELVIN_AT_ZERO_CELSIUS);
            default -> value;
        };
    }

    private static BigDecimal fromKelvin(BigDecimal kelvin, String unit) {
        BigDecimal result = switch (unit) {
            case "Cel" -> kelvin.subtract(KELVIN_AT_ZERO_CELSIUS);
            case "[degF]" -> kelvin.subtract(KELVIN_AT_ZERO_CELSIUS).divide(FIVE_NINTHS, PRECISION).add(THIRTY_TWO);
            default -> kelvin;
        };
        return result.round(new MathContext(12)).stripTrailingZeros();
    }

    private static UcumService load() {
        try (InputStream essence = UcumEssenceService.class.getResourceAsStream("/ucum-essence.xml")) {
            if (essence == null) {
                throw new IllegalStateException("ucum-essence.xml is missing from the UCUM library");
            }
            return new UcumEssenceService(essence);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UcumException e) {
            throw new IllegalStateException("cannot read the UCUM essence", e);
        }
    }

    /** UCUM codes and how people write them; a unit not listed is written as its code ("kg", "lx", "dB"). */
    private static final java.util.Map<String, String> FOR_PEOPLE = java.util.Map.ofEntries(
            java.util.Map.entry("Cel", "\u00b0C"),
            java.util.Map.entry("deg", "\u00b0"),
            java.util.Map.entry("m2", "m\u00b2"),
            java.util.Map.entry("m3", "m\u00b3"),
            java.util.Map.entry("cm2", "cm\u00b2"),
            java.util.Map.entry("mg/m3", "mg/m\u00b3"),
            java.util.Map.entry("ug/m3", "\u00b5g/m\u00b3"),
            java.util.Map.entry("um", "\u00b5m"),
            java.util.Map.entry("L/d", "L a day"),
            java.util.Map.entry("d", "days"),
            java.util.Map.entry("mo", "months"),
            java.util.Map.entry("a", "years"),
            java.util.Map.entry("wk", "weeks"));

    /**
     * A number and its unit as people write them: "17.8 \u00b0C", "24 mg/m\u00b3", "30\u00b0", "1 day", "90 days".
     *
     * @param number the number as it is to be shown (already rounded)
     */
    public static String forPeople(String number, String ucum) {
        if (ucum == null || ucum.equals("1")) {
            return number;
        }
        if (ucum.equals("deg")) {
            return number + "\u00b0";
        }
        String unit = FOR_PEOPLE.getOrDefault(ucum, ucum);
        if (number.equals("1") && unit.endsWith("s") && FOR_PEOPLE.containsKey(ucum) && !unit.contains(" ")) {
            unit = unit.substring(0, unit.length() - 1);
        }
        return number + " " + unit;
    }
}
