package org.pashm.app.traceability.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.pashm.app.calendar.FarmCalendar;
import org.pashm.app.problem.Problem.FieldError;
import org.pashm.app.problem.ProblemException;
import org.pashm.app.problem.Problems;
import org.pashm.app.web.RequestReader;
import org.pashm.app.problem.Rule;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Bulk import of goats from CSV or NDJSON, streamed from the request body to PostgreSQL:
 *
 * <ol>
 *   <li>each record is read and checked as it arrives ({@link GoatFields}: the same rules as a single registration),
 *       and a good one is written straight into {@code COPY goat_staging FROM STDIN}, a temporary table of this
 *       transaction; nothing of the file is held in memory but the current record;</li>
 *   <li>ear tags repeated within the file are found in the staging table with one query;</li>
 *   <li>when any record is bad the transaction is rolled back and the answer lists every bad record (line, field,
 *       reason; the first {@code pashm.import.max-errors}, with the total count) and nothing is stored;</li>
 *   <li>otherwise the staging table is merged into {@code goat} with set-based SQL: the earlier values of goats whose
 *       data change are copied to {@code goat_history} (key parameters are kept permanently, 11.1.4), those goats
 *       are updated, and new ear tags inserted; all in one transaction.</li>
 * </ol>
 *
 * Importing the same file twice changes nothing the second time, so a retried upload is harmless.
 */
@ApplicationScoped
public class GoatImportService {

    private static final Logger LOG = Logger.getLogger(GoatImportService.class);
    static final int MAX_RECORD_CHARS = 64 * 1024;
    /** A file of millions of goats takes minutes; the default transaction timeout (60 s) would cut it. */
    static final int IMPORT_TIMEOUT_SECONDS = 3600;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RequestReader requests;

    @Inject
    FarmCalendar farmCalendar;

    @ConfigProperty(name = "pashm.import.max-errors", defaultValue = "1000")
    int maxErrors;

    @ConfigProperty(name = "pashm.import.max-rows", defaultValue = "5000000")
    long maxRows;

    /** What a committed import did. */
    public record Result(UUID id, UUID organisation, String format, long rows, long inserted, long updated,
                         long unchanged, OffsetDateTime startedAt, OffsetDateTime finishedAt) {
    }

    /** Every bad record found so far, up to a limit, and how many there were. */
    static final class Report {
        final List<FieldError> errors = new ArrayList<>();
        final int limit;
        long total;

        Report(int limit) {
            this.limit = limit;
        }

        void add(int line, String field, Rule rule, String detail) {
            total++;
            if (errors.size() < limit) {
                errors.add(FieldError.line(line, field, rule, detail));
            }
        }

        boolean isEmpty() {
            return total == 0;
        }
    }

    /**
     * Imports goats into {@code organisation}'s registry.
     *
     * @param format "csv" or "ndjson"
     * @param sites  the organisation's site ids, lower case
     */
    @Transactional
    @TransactionConfiguration(timeout = IMPORT_TIMEOUT_SECONDS)
    public Result importGoats(UUID organisation, String format, InputStream body, Set<String> sites) {
        OffsetDateTime started = farmCalendar.now();
        Report report = new Report(maxErrors);
        LocalDate day = farmCalendar.latestDateOnEarth();
        // The transaction's own connection (Agroal enlists it): COPY, the checks and the merge commit or roll back
        // with everything else of this request, and never outside the transaction manager.
        try (Connection c = dataSource.getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("create temp table goat_staging (line integer not null, ear_tag text not null, "
                        + "sex text not null, birth_date date, strain text, coat_colour text, category text not "
                        + "null, site_id uuid) on commit drop");
            }
            long t0 = System.nanoTime();
            long rows = copy(c, format, reader(body), sites, day, report);
            long t1 = System.nanoTime();
            if (report.isEmpty() && rows == 0) {
                report.add(format.equals("csv") ? 2 : 1, null, Rule.NO_GOATS, "the file holds no goats");
            }
            duplicates(c, report);
            if (!report.isEmpty()) {
                throw rejected(format, report);
            }
            long t2 = System.nanoTime();
            Result r = merge(c, organisation, format, rows, started);
            LOG.infof("Goat import %s: read and copied in %d ms, checked in %d ms, merged in %d ms", r.id(),
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
            return r;
        } catch (Malformed e) {
            report.add(e.line, null, Rule.MALFORMED, e.getMessage());
            throw rejected(format, report);
        } catch (CharacterCodingException e) {
            report.add(Math.max(1, (int) report.total), null, Rule.NOT_UTF_8, "the file is not UTF-8 text");
            throw rejected(format, report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("goat import failed: " + e.getMessage(), e);
        }
    }

    /** A file that is not valid CSV or NDJSON: refused whole, naming the line. */
    static final class Malformed extends IOException {
        private static final long serialVersionUID = 1L;
        final int line;

        Malformed(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    /**
     * The records of an RFC 4180 file as Jackson's CSV parser reads them from the stream, one at a time, with the
     * line each begins on (a quoted field may span lines). A field longer than {@link #MAX_RECORD_CHARS} is an
     * error, so that a file without line ends cannot fill the memory.
     */
    private static final class CsvRecords implements AutoCloseable {

        private static final CsvFactory FACTORY = CsvFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_RECORD_CHARS).build())
                .build();

        private final CsvParser parser;
        private int line;

        CsvRecords(Reader in) throws IOException {
            parser = FACTORY.createParser(in);
            parser.setSchema(CsvSchema.emptySchema());
        }

        /** The line the last record returned began on (1 is the first line). */
        int line() {
            return line;
        }

        /**
         * The next record's fields, or null at the end of the file; a blank line is one empty field. Of a record
         * longer than {@code max} fields, only the first {@code max + 1} are kept.
         */
        List<String> next(int max) throws IOException {
            if (parser.nextToken() == null) {
                return null;
            }
            List<String> fields = new ArrayList<>(8);
            line = -1;
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY && t != null; t = parser.nextToken()) {
                if (line < 0) {
                    line = parser.currentTokenLocation().getLineNr();
                }
                if (fields.size() <= max) {
                    fields.add(parser.getText());
                }
            }
            return fields;
        }

        @Override
        public void close() throws IOException {
            parser.close();
        }
    }

    private static Reader reader(InputStream body) {
        return new InputStreamReader(new java.io.BufferedInputStream(body, 1 << 16), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** Reads every record, checks it and copies the good ones into goat_staging; returns the records read. */
    private long copy(Connection c, String format, Reader in, Set<String> sites, LocalDate day, Report report)
            throws SQLException, IOException {
        PGCopyOutputStream copy = new PGCopyOutputStream(c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                "copy goat_staging (line, ear_tag, sex, birth_date, strain, coat_colour, category, site_id) "
                        + "from stdin (format text)"), 1 << 16);
        long rows;
        // Not closed: closing would flush the copy stream after endCopy; the connection's transaction owns it.
        Writer out = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), 1 << 16);
        try {
            rows = format.equals("csv") ? csv(in, sites, day, report, out) : ndjson(in, sites, day, report, out);
            out.flush();
            copy.endCopy();
        } catch (RuntimeException | IOException e) {
            if (copy.isActive()) {
                try {
                    copy.cancelCopy();
                } catch (SQLException ignored) {
                    // the rollback that follows discards everything anyway
                }
            }
            throw e;
        }
        return rows;
    }

    private long csv(Reader in, Set<String> sites, LocalDate day, Report report, Writer out) throws IOException {
        try (CsvRecords records = new CsvRecords(in)) {
            List<String> header = records.next(Integer.MAX_VALUE);
            if (header == null) {
                report.add(1, null, Rule.NO_HEADER, "the file is empty; its first line names the columns: "
                        + String.join(",", GoatFields.FIELDS));
                return 0;
            }
            int[] fieldOf = new int[header.size()];
            boolean[] seen = new boolean[GoatFields.FIELDS.size()];
            for (int i = 0; i < header.size(); i++) {
                String name = i == 0 ? header.get(0).replace("\uFEFF", "") : header.get(i);
                int f = GoatFields.column(name);
                fieldOf[i] = f;
                if (f < 0) {
                    report.add(1, name, Rule.UNKNOWN_COLUMN, "'" + name + "' is not a column; expected "
                            + String.join(", ", GoatFields.FIELDS));
                } else if (seen[f]) {
                    report.add(1, name, Rule.DUPLICATE_COLUMN, "the column " + GoatFields.FIELDS.get(f)
                            + " appears twice");
                } else {
                    seen[f] = true;
                }
            }
            for (int f : new int[] {GoatFields.EAR_TAG, GoatFields.SEX, GoatFields.CATEGORY}) {
                if (!seen[f]) {
                    report.add(1, GoatFields.FIELDS.get(f), Rule.REQUIRED_COLUMN, "the column "
                            + GoatFields.FIELDS.get(f) + " is required");
                }
            }
            if (!report.isEmpty()) {
                return 0;
            }
            long rows = 0;
            String[] values = new String[GoatFields.FIELDS.size()];
            List<String> record;
            while ((record = records.next(header.size())) != null) {
                int line = records.line();
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                if (++rows > maxRows) {
                    report.add(line, null, Rule.TOO_MANY, "a file holds at most " + maxRows + " goats");
                    break;
                }
                if (record.size() != header.size()) {
                    report.add(line, null, Rule.COLUMN_COUNT, "the line has " + (record.size() > header.size()
                            ? "more than " + header.size() : record.size()) + " fields; the header has "
                            + header.size());
                    continue;
                }
                java.util.Arrays.fill(values, null);
                for (int i = 0; i < fieldOf.length; i++) {
                    values[fieldOf[i]] = record.get(i);
                }
                row(line, values, sites, day, report, out);
            }
            return rows;
        } catch (StreamConstraintsException e) {
            throw new Malformed(e.getLocation() == null ? 1 : e.getLocation().getLineNr(), "a field is longer than "
                    + MAX_RECORD_CHARS + " characters");
        } catch (JsonProcessingException e) {
            throw new Malformed(e.getLocation() == null ? 1 : e.getLocation().getLineNr(), e.getOriginalMessage());
        }
    }

    private long ndjson(Reader in, Set<String> sites, LocalDate day, Report report, Writer out) throws IOException {
        Lines lines = new Lines(in, MAX_RECORD_CHARS);
        long rows = 0;
        String text;
        while ((text = lines.next()) != null) {
            int line = lines.line();
            if (text.isBlank()) {
                continue;
            }
            if (++rows > maxRows) {
                report.add(line, null, Rule.TOO_MANY, "a file holds at most " + maxRows + " goats");
                break;
            }
            // Each line is bound as a single registration's body is (the same strictness, the same words), and its
            // problems, of shape and against the organisation's sites, are the line's.
            byte[] goat = (line == 1 ? text.replace("\uFEFF", "") : text).getBytes(StandardCharsets.UTF_8);
            GoatFields.Row[] checked = new GoatFields.Row[1];
            try {
                requests.receive(GoatRequest.class, goat).check((g, errors) ->
                        checked[0] = GoatFields.check(g, sites, day, errors));
            } catch (ProblemException e) {
                for (FieldError error : e.problem().errors()) {
                    String pointer = error.pointer();
                    report.add(line, pointer == null || pointer.isEmpty() ? null : pointer.substring(1), error.rule(),
                            pointer == null || pointer.isEmpty() ? "the line is not one goat object: "
                                    + error.detail() : error.detail());
                }
                continue;
            }
            write(out, line, checked[0]);
        }
        return rows;
    }

    private static void row(int line, String[] values, Set<String> sites, LocalDate day, Report report, Writer out)
            throws IOException {
        GoatFields.Row r = GoatFields.check(values, sites, day, (field, rule, detail) ->
                report.add(line, field, rule, detail));
        if (r != null) {
            write(out, line, r);
        }
    }

    /** One checked goat as a line of COPY's text format. */
    private static void write(Writer out, int line, GoatFields.Row r) throws IOException {
        out.write(Integer.toString(line));
        out.write('\t');
        escaped(out, r.earTag());
        out.write('\t');
        out.write(r.sex());
        out.write('\t');
        out.write(r.birthDate() == null ? "\\N" : r.birthDate().toString());
        out.write('\t');
        escaped(out, r.strain());
        out.write('\t');
        escaped(out, r.coatColour());
        out.write('\t');
        out.write(r.category());
        out.write('\t');
        out.write(r.site() == null ? "\\N" : r.site());
        out.write('\n');
    }

    /** COPY text format: null is \N, a backslash is doubled (control characters are refused before). */
    private static void escaped(Writer out, String s) throws IOException {
        if (s == null) {
            out.write("\\N");
        } else if (s.indexOf('\\') < 0) {
            out.write(s);
        } else {
            out.write(s.replace("\\", "\\\\"));
        }
    }

    /** Ear tags given twice in the file: each later line is an error naming the first. */
    private void duplicates(Connection c, Report report) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                select ear_tag, array_agg(line order by line) from goat_staging
                group by ear_tag having count(*) > 1 order by min(line) limit ?""")) {
            s.setInt(1, maxErrors + 1);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Array a = r.getArray(2);
                    Integer[] lines = (Integer[]) a.getArray();
                    for (int i = 1; i < lines.length; i++) {
                        report.add(lines[i], "earTag", Rule.DUPLICATE_EAR_TAG, "ear tag " + r.getString(1)
                                + " is also on line " + lines[0] + "; an ear tag is unique within the organisation");
                    }
                }
            }
        }
    }

    private Result merge(Connection c, UUID organisation, String format, long rows, OffsetDateTime started)
            throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement s = c.prepareStatement("select pg_advisory_xact_lock(?)")) {
            // One import (or registration) at a time per organisation, so that two never race on an ear tag.
            s.setLong(1, lockKey(organisation));
            s.execute();
        }
        boolean hasGoats;
        try (PreparedStatement s = c.prepareStatement("select exists (select 1 from goat where organisation_id = ?)")) {
            s.setObject(1, organisation);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                hasGoats = r.getBoolean(1);
            }
        }
        long updated = 0;
        long inserted;
        // The app's clock, not the database's: a goat registered or changed one by one gets its times from it too,
        // and a history row must not end before it began.
        OffsetDateTime at = farmCalendar.now();
        String changed = "(g.site_id, g.sex, g.birth_date, g.strain, g.coat_colour, g.category) is distinct from "
                + "(s.site_id, s.sex, s.birth_date, s.strain, s.coat_colour, s.category)";
        if (hasGoats) {
            try (Statement s = c.createStatement()) {
                // Statistics for the joins below (a temporary table has none).
                s.execute("analyze goat_staging");
            }
            try (PreparedStatement s = c.prepareStatement("""
                    insert into goat_history (organisation_id, goat_id, ear_tag, site_id, sex, birth_date, strain,
                                              coat_colour, category, valid_from, valid_until, changed_by)
                    select g.organisation_id, g.id, g.ear_tag, g.site_id, g.sex, g.birth_date, g.strain, g.coat_colour,
                           g.category, g.updated_at, ?, ?
                    from goat_staging s join goat g on g.organisation_id = ? and g.ear_tag = s.ear_tag
                    where """ + changed)) {
                s.setObject(1, at);
                s.setObject(2, id);
                s.setObject(3, organisation);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("""
                    update goat g set site_id = s.site_id, sex = s.sex, birth_date = s.birth_date, strain = s.strain,
                                      coat_colour = s.coat_colour, category = s.category, updated_at = ?
                    from goat_staging s where g.organisation_id = ? and g.ear_tag = s.ear_tag and """ + changed)) {
                s.setObject(1, at);
                s.setObject(2, organisation);
                updated = s.executeUpdate();
            }
        }
        try (PreparedStatement s = c.prepareStatement("""
                insert into goat (id, organisation_id, site_id, ear_tag, sex, birth_date, strain, coat_colour,
                                  category, registered_at, updated_at)
                select gen_random_uuid(), ?, s.site_id, s.ear_tag, s.sex, s.birth_date, s.strain, s.coat_colour,
                       s.category, ?, ?
                from goat_staging s""" + (hasGoats
                ? " where not exists (select 1 from goat g where g.organisation_id = ? and g.ear_tag = s.ear_tag)"
                : ""))) {
            s.setObject(1, organisation);
            s.setObject(2, at);
            s.setObject(3, at);
            if (hasGoats) {
                s.setObject(4, organisation);
            }
            inserted = s.executeUpdate();
        }
        OffsetDateTime finished = farmCalendar.now();
        long unchanged = rows - inserted - updated;
        try (PreparedStatement s = c.prepareStatement("""
                insert into goat_import (id, organisation_id, format, rows, inserted, updated, unchanged, started_at,
                                         finished_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            s.setObject(1, id);
            s.setObject(2, organisation);
            s.setString(3, format);
            s.setLong(4, rows);
            s.setLong(5, inserted);
            s.setLong(6, updated);
            s.setLong(7, unchanged);
            s.setObject(8, started);
            s.setObject(9, finished);
            s.executeUpdate();
        }
        LOG.infof("Imported %d goats (%s) into organisation %s: %d new, %d changed, %d unchanged", rows, format,
                organisation, inserted, updated, unchanged);
        return new Result(id, organisation, format, rows, inserted, updated, unchanged, started, finished);
    }

    /** The advisory lock that serialises writes to one organisation's herd registry. */
    public static long lockKey(UUID organisation) {
        return organisation.getMostSignificantBits() ^ organisation.getLeastSignificantBits() ^ 0x676f6174L;
    }

    private static RuntimeException rejected(String format, Report report) {
        String detail = report.total == 1 ? report.errors.get(0).detail()
                : report.total + " problems in the " + format.toUpperCase(java.util.Locale.ROOT) + " file; nothing was "
                + "imported" + (report.total > report.errors.size() ? " (the first " + report.errors.size()
                + " are listed)" : "") + ".";
        if (report.total == 1) {
            detail = detail + "; nothing was imported.";
        }
        return Problems.invalid("invalid-goat-import", "Invalid goat import", detail, report.errors)
                .with("errorCount", report.total).with("errorsListed", report.errors.size());
    }
}
