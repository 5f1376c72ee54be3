package org.pashm.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.Precision;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pashm.core.evaluation.Fact;
import org.pashm.core.evaluation.Finding;
import org.pashm.core.evaluation.Sentences;
import org.pashm.core.evidence.Subject;
import org.pashm.core.evidence.Units;
import org.pashm.core.evidence.Value;
import org.pashm.core.text.Keys;
import org.pashm.core.text.Message;
import org.pashm.core.text.Phrase;

/**
 * Says messages in one language: looks up each key's template in the language's {@link Bundle} (else in English's,
 * noting that it did), and formats the arguments with ICU4J for the language's locale: numbers with the decimal
 * places they were given, quantities with their unit, dates, periods and lists as the language writes them.
 *
 * <p>Thread-safe: compiled templates are shared; ICU formatters are used under a lock on the template.
 */
public final class Renderer {

    private final ULocale locale;
    private final Bundle bundle;
    private final Bundle english;
    private final Map<String, MessageFormat> compiled = new ConcurrentHashMap<>();
    private final ListFormatter lists;
    private final DateFormat dates;
    private final DateFormat monthDays;
    private final MeasureFormat periods;
    /**
     * Whether, on this thread since {@link #begin()}, some text was said in English because this language's bundles
     * lack it: a document rendered on one thread says so in its Content-Language.
     */
    private final ThreadLocal<boolean[]> fellBack = ThreadLocal.withInitial(() -> new boolean[1]);

    Renderer(Bundle bundle, Bundle english) {
        this.bundle = bundle;
        this.english = english;
        this.locale = ULocale.forLanguageTag(bundle.languageTag());
        this.lists = ListFormatter.getInstance(locale);
        this.dates = DateFormat.getDateInstance(DateFormat.LONG, locale);
        this.dates.setTimeZone(TimeZone.GMT_ZONE);
        this.monthDays = DateFormat.getInstanceForSkeleton("MMMMd", locale);
        this.monthDays.setTimeZone(TimeZone.GMT_ZONE);
        this.periods = MeasureFormat.getInstance(locale, MeasureFormat.FormatWidth.WIDE);
    }

    /** The language this renderer says things in ("en", "zh-Hans"). */
    public String languageTag() {
        return bundle.languageTag();
    }

    /** Starts a document: from now on, on this thread, {@link #fellBackToEnglish()} tells of this one only. */
    public Renderer begin() {
        fellBack.get()[0] = false;
        return this;
    }

    /** Whether some text of the document begun on this thread was said in English, its bundles lacking it here. */
    public boolean fellBackToEnglish() {
        return fellBack.get()[0];
    }

    /**
     * The Content-Language of what was rendered since {@link #begin()}: this language, and English too when some
     * text had to be said in English.
     */
    public String contentLanguage() {
        return fellBackToEnglish() ? languageTag() + ", " + Languages.ENGLISH : languageTag();
    }

    /** The text under {@code key} (a title, a label), or {@code english} when no bundle has it. */
    public String text(String key, String english) {
        String t = template(key);
        return t == null ? english : t;
    }

    /** The text under {@code key}, or null when no bundle has it. */
    public String text(String key) {
        return template(key);
    }

    /** Messages already said, by value: most findings of most reports say what others said before. */
    private final Map<Message, Said> said = new ConcurrentHashMap<>();
    /** About 40 MB at most; emptied when full, so memory stays bounded whatever is said. */
    private static final int SAID_KEPT = 200_000;

    /** Forgets every message said (a benchmark's first reading of a report; memory, in a long-running process). */
    public void forget() {
        said.clear();
    }

    /** A message in words, and whether saying it took an English text in this language's place. */
    private record Said(String words, boolean english) {
    }

    /** The message in words. */
    public String say(Message message) {
        Said known = said.get(message);
        if (known != null) {
            if (known.english()) {
                fellBack.get()[0] = true;
            }
            return known.words();
        }
        boolean[] flag = fellBack.get();
        boolean before = flag[0];
        flag[0] = false;
        String words = format(message);
        boolean english = flag[0];
        flag[0] = before || english;
        if (said.size() >= SAID_KEPT) {
            said.clear();
        }
        said.put(message, new Said(words, english));
        return words;
    }

    private String format(Message message) {
        String template = template(message.key());
        if (template == null) {
            template = message.sentence().english();
        }
        if (message.args().isEmpty()) {
            return template;
        }
        String pattern = template;
        // A key's template is the same for every message of this language (its bundle's, else English's).
        MessageFormat format = compiled.computeIfAbsent(message.key(), k -> new MessageFormat(pattern, locale));
        List<String> params = message.sentence().params();
        Map<String, Object> args = new HashMap<>(params.size() * 2);
        for (int i = 0; i < params.size(); i++) {
            args.put(params.get(i), argument(message.args().get(i)));
        }
        synchronized (format) {
            return format.format(args);
        }
    }

    /** A finding in one sentence, subject first: "Shelter shed-B: ammonia concentration is 24 mg/m³, ...". */
    public String explain(Finding finding) {
        return say(Sentences.EXPLANATION.with(subjectWords(finding.subject()), finding.says()));
    }

    /** "Shelter shed-B", "The site": the subject as a finding begins with it. */
    public String subjectWords(Subject subject) {
        return capitalised(say(Sentences.subject(subject)));
    }

    /** What a fact is called: the evidence code's label, or the derived figure's name. */
    public String factName(Fact fact) {
        return fact.label() != null ? say(fact.label()) : text(Keys.evidenceLabel(fact.name()), fact.name());
    }

    /** A fact's value in words: "24 mg/m³", "yes", "1 March 2026", the choice as the vocabulary words it. */
    public String factValue(Fact fact) {
        Value v = fact.value();
        if (v instanceof Value.Choice c) {
            return text(Keys.evidenceChoice(fact.name(), c.value()), c.value());
        }
        if (v instanceof Value.Quantity q) {
            // As written, or (a value converted to the code's unit) to four significant digits: 17.78 °C.
            return quantity(new Value.Quantity(org.pashm.core.evidence.Numbers.forPeopleValue(q.value()), q.unit()));
        }
        return String.valueOf(argument(v));
    }

    private String template(String key) {
        String t = bundle.get(key);
        if (t != null || bundle == english) {
            return t;
        }
        t = english.get(key);
        fellBack.get()[0] = true;
        return t;
    }

    /** An argument as ICU's MessageFormat takes it: counts stay numbers (for plural), everything else is words. */
    private Object argument(Object a) {
        if (a instanceof Long || a instanceof Integer) {
            return a;
        }
        if (a instanceof String s) {
            return s;
        }
        if (a instanceof Message m) {
            return say(m);
        }
        if (a instanceof Phrase p) {
            return inline(say(p.text()));
        }
        if (a instanceof BigDecimal d) {
            return number(d);
        }
        if (a instanceof Value.Quantity q) {
            return quantity(q);
        }
        if (a instanceof Value.Count c) {
            return number(BigDecimal.valueOf(c.value()));
        }
        if (a instanceof Value.Attestation y) {
            return text(y.value() ? "word/yes" : "word/no", y.value() ? "yes" : "no");
        }
        if (a instanceof Value.Date d) {
            return date(d.value());
        }
        if (a instanceof Value.Choice c) {
            return c.value();
        }
        if (a instanceof LocalDate d) {
            return date(d);
        }
        if (a instanceof MonthDay m) {
            synchronized (monthDays) {
                return monthDays.format(java.util.Date.from(m.atYear(2000).atStartOfDay(java.time.ZoneOffset.UTC)
                        .toInstant()));
            }
        }
        if (a instanceof Period p) {
            return period(p);
        }
        if (a instanceof List<?> items) {
            List<String> words = new ArrayList<>(items.size());
            for (Object item : items) {
                words.add(String.valueOf(argument(item)));
            }
            return lists.format(words);
        }
        throw new IllegalArgumentException("a message argument cannot be " + a.getClass().getName());
    }

    private String date(LocalDate d) {
        synchronized (dates) {
            return dates.format(java.util.Date.from(d.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
        }
    }

    private String period(Period p) {
        List<Measure> parts = new ArrayList<>(3);
        if (p.getYears() == 0 && p.getMonths() == 0 && p.getDays() > 0 && p.getDays() % 7 == 0) {
            parts.add(new Measure(p.getDays() / 7, MeasureUnit.WEEK));
        } else {
            if (p.getYears() != 0) {
                parts.add(new Measure(p.getYears(), MeasureUnit.YEAR));
            }
            if (p.getMonths() != 0) {
                parts.add(new Measure(p.getMonths(), MeasureUnit.MONTH));
            }
            if (p.getDays() != 0 || parts.isEmpty()) {
                parts.add(new Measure(p.getDays(), MeasureUnit.DAY));
            }
        }
        synchronized (periods) {
            return periods.formatMeasures(parts.toArray(Measure[]::new));
        }
    }

    /** The number with exactly the decimal places it has: "0.60" stays "0.60", "1500" reads "1,500" in English. */
    String number(BigDecimal d) {
        return numbers(null, Math.max(d.scale(), 0)).format(d).toString();
    }

    private String quantity(Value.Quantity q) {
        int places = Math.max(q.value().scale(), 0);
        if (UnitNames.cldr(q.unit()) == null) {
            return Units.forPeople(number(q.value()), q.unit());
        }
        return numbers(q.unit(), places).format(q.value()).toString();
    }

    /** ICU's formatter of numbers with {@code places} decimals, in {@code ucum}'s unit (none: a plain number). */
    private LocalizedNumberFormatter numbers(String ucum, int places) {
        String key = (ucum == null ? "" : ucum) + "\u0000" + places;
        return formatters.computeIfAbsent(key, k -> {
            LocalizedNumberFormatter f = NumberFormatter.withLocale(locale).precision(Precision.fixedFraction(places));
            return ucum == null ? f : f.unit(UnitNames.cldr(ucum)).unitWidth(UnitNames.width(ucum));
        });
    }

    /** ICU's number formatters are immutable and thread-safe, but costly to build: one per unit and precision. */
    private final Map<String, LocalizedNumberFormatter> formatters = new ConcurrentHashMap<>();

    /** A text quoted inside a sentence begins with a small letter, in a language with letter case. */
    private String inline(String text) {
        if (text.isEmpty() || !UCharacter.isUUppercase(text.codePointAt(0))) {
            return text;
        }
        int end = text.offsetByCodePoints(0, 1);
        return UCharacter.toLowerCase(locale, text.substring(0, end)) + text.substring(end);
    }

    private String capitalised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int end = text.offsetByCodePoints(0, 1);
        return UCharacter.toUpperCase(locale, text.substring(0, end)) + text.substring(end);
    }
}
