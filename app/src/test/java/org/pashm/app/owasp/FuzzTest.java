package org.pashm.app.owasp;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pashm.app.Db;
import org.pashm.app.ProblemAnswers;
import org.pashm.app.RawHttp;
import org.pashm.app.RawHttp.Answer;
import org.pashm.app.Tokens;
import org.pashm.app.World;

/**
 * Issue 22 item 3: every write endpoint of {@link Endpoints#ALL}, called by a member in a role it allows for its own
 * party's object, is sent its own body template mutated in every class of input that once answered 500 or left a
 * partial write: NUL and other control characters in text, overlong text, deep nesting, infinities and NaN,
 * duplicated keys, text after the document, wrong content types, a chunked body over the limit, year 0, invalid UUIDs,
 * and invalid UUIDs or NUL in the path. The mutations are drawn with a fixed seed, so that every run sends the same
 * requests. Every answer must be below 500, every error answer one problem ({@link ProblemAnswers}), and after every
 * refusal (4xx) no table may have changed: no row of any table inserted, updated or deleted ({@link #watch}).
 *
 * <p>The write limit of the test profile ({@code %test.pashm.rate-limit.writes-per-minute=1000000}) already stands far
 * above the ~850 writes of a run, so this class needs no profile (and no restart) of its own.
 */
@QuarkusTest
class FuzzTest {

    private static final long SEED = 22;
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    /**
     * Tables a refused request may change, and why:
     * <ul>
     *   <li>{@code audit_event}: every write request, refused or not, is audited (after the answer, on a worker
     *   thread; leaving the table out also keeps that late insert from racing the check made after the answer);</li>
     *   <li>{@code rate_limit_bucket}: refused writes count against the caller's limit too (issue 22).</li>
     * </ul>
     * {@code idempotency_key} stays in: no request here sends an Idempotency-Key, so none may claim or release one.
     */
    private static final Set<String> MAY_CHANGE_ON_REFUSAL = Set.of("audit_event", "rate_limit_bucket");

    /** {@code pashm.http.max-body-size} of the test profile as of the default; the chunked class sends more. */
    private static final int MAX_BODY = 2 << 20;

    private static final Pattern UUID_SHAPE = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern INSTANT_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z-]+)}");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Content types sent as they are: rest-assured would otherwise append a charset to some. */
    private static final RestAssuredConfig AS_IS = RestAssured.config().encoderConfig(
            EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    @Inject
    Db db;

    @Inject
    AgroalDataSource dataSource;

    static World world;

    @BeforeEach
    void build() {
        if (world == null) {
            world = new World(db);
        }
    }

    /** One mutated request. */
    record Probe(String kind, String method, String path, String contentType, byte[] body, boolean chunked) {
    }


    /** Requests and answers of one class of input. */
    static final class Tally {
        int requests;
        int ok;
        int refused;
        int failed;
        long millis;
    }

    @Test
    void noMutatedWriteAnswers5xxOrChangesATableWhenRefused() throws Exception {
        Random random = new Random(SEED);
        List<String> tables = tables();
        try {
            watch(tables);
            fuzz(random);
        } finally {
            unwatch(tables);
        }
    }

    private void fuzz(Random random) throws Exception {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        List<String> accepted = new ArrayList<>();

        // Deletions last, so that a deletion the fuzz lets through does not take an object from the other endpoints.
        List<Endpoints.Endpoint> writes = Endpoints.ALL.stream().filter(e -> WRITES.contains(e.method()))
                .sorted(Comparator.comparing(e -> e.method().equals("DELETE"))).toList();
        changes();
        for (Endpoints.Endpoint e : writes) {
            String caller = caller(e);
            for (Probe p : probes(e, random)) {
                long start = System.nanoTime();
                Answer a = send(p, caller);
                Tally t = tallies.computeIfAbsent(p.kind(), k -> new Tally());
                t.requests++;
                t.millis += (System.nanoTime() - start) / 1_000_000;
                String what = p.kind() + ": " + p.method() + " " + p.path() + " " + p.contentType() + " "
                        + preview(p.body()) + " -> " + a.status() + " " + preview(a.body());
                if (a.status() >= 500) {
                    t.failed++;
                    failures.add("5xx " + what);
                } else if (a.status() >= 400) {
                    t.refused++;
                    String problem = problem(a, p.path());
                    if (problem != null) {
                        failures.add("not one problem (" + problem + ") " + what);
                    }
                } else {
                    t.ok++;
                    accepted.add(a.status() + " " + p.kind() + ": " + p.method() + " " + e.path() + " "
                            + preview(p.body()).replaceAll("[0-9a-f-]{36}", "<id>"));
                }
                Map<String, Long> changed = changes();
                if (a.status() >= 400 && !changed.isEmpty()) {
                    failures.add("tables changed after a refusal " + changed + ": " + what);
                }
                // The check's own check: a creation it does not see would mean it sees nothing.
                if (a.status() == 201 && changed.isEmpty()) {
                    failures.add("a 201 changed no table, so the check cannot see a change: " + what);
                }
            }
        }

        System.out.println(summary(tallies));
        // What the fuzz let through (no rule refuses it yet, and nothing requires one to): for the reader to judge.
        accepted.forEach(line -> System.out.println("  accepted " + line));
        assertThat(failures).as(failures.size() + " failures").isEmpty();
    }

    /** A member of the endpoint's own party in a role it allows (an administrator where only they may call it). */
    private static String caller(Endpoints.Endpoint e) {
        for (String role : List.of("manager", "auditor", "brand")) {
            if (e.roles().contains(role)) {
                return world.member(e.owner(), role);
            }
        }
        return Tokens.as("fuzz-admin-" + world.suffix, "admin");
    }

    // ---- the mutations ------------------------------------------------------------------------------------------

    private static List<Probe> probes(Endpoints.Endpoint e, Random random) throws IOException {
        List<Probe> probes = new ArrayList<>();
        String type = e.body() == null ? "application/json" : e.contentType();
        String template = e.body() == null ? "{}" : e.body();
        String m = e.method();

        // Invalid UUIDs and NUL in a path parameter, one placeholder at a time, with the endpoint's own body.
        Matcher placeholder = PLACEHOLDER.matcher(e.path());
        while (placeholder.find()) {
            String name = placeholder.group();
            for (String bad : List.of("not-a-uuid", "%00", "a%00b")) {
                String path = world.path(e.path().replace(name, bad));
                probes.add(new Probe("path: invalid UUID or NUL", m, path, type, bytes(world.path(template)), false));
            }
        }

        // Wrong content types with the same body.
        for (String wrong : List.of("text/plain", "application/xml", "application/json")) {
            if (!wrong.equals(type)) {
                probes.add(new Probe("wrong content type", m, world.path(e.path()), wrong,
                        bytes(world.path(template)), false));
            }
        }
        if (e.body() == null) {
            return probes;
        }

        // A chunked body past the limit, without Content-Length: the template with one text grown without end.
        probes.add(new Probe("chunked oversize", m, world.path(e.path()), type, bytes(growing(e)), true));

        if (type.equals("text/csv")) {
            csv(e, random, probes);
            return probes;
        }

        JsonNode parsed = JSON.readTree(world.path(template));
        Map<JsonPointer, JsonNode> leaves = new LinkedHashMap<>();
        leaves(parsed, JsonPointer.empty(), leaves);
        List<JsonPointer> texts = new ArrayList<>();
        List<JsonPointer> numbers = new ArrayList<>();
        List<JsonPointer> dates = new ArrayList<>();
        List<JsonPointer> uuids = new ArrayList<>();
        for (Map.Entry<JsonPointer, JsonNode> leaf : leaves.entrySet()) {
            JsonNode v = leaf.getValue();
            if (v.isNumber()) {
                numbers.add(leaf.getKey());
            } else if (v.isTextual()) {
                String s = v.asText();
                if (UUID_SHAPE.matcher(s).matches()) {
                    uuids.add(leaf.getKey());
                } else if (DATE_SHAPE.matcher(s).matches() || INSTANT_SHAPE.matcher(s).matches()) {
                    dates.add(leaf.getKey());
                } else {
                    texts.add(leaf.getKey());
                }
            }
        }

        for (JsonPointer at : texts) {
            String v = leaves.get(at).asText();
            probes.add(json("NUL in text", e, at, JsonNodeFactory.instance.textNode(v + "\u0000x")));
            // The same NUL as the overlong UTF-8 bytes C0 80 (not UTF-8 at all, but some decoders read it so).
            probes.add(new Probe("NUL in text", m, world.path(e.path()), type,
                    overlongNul(e, at, random), false));
            char control = "\u0007\u001b\u0001\u007f\u0085".charAt(random.nextInt(5));
            probes.add(json("control characters", e, at, JsonNodeFactory.instance.textNode(v + control)));
            probes.add(json("control characters", e, at, JsonNodeFactory.instance.textNode("\u001b[31m" + v)));
            probes.add(json("overlong text", e, at, JsonNodeFactory.instance.textNode(
                    String.valueOf((char) ('a' + random.nextInt(26))).repeat(100_000))));
        }
        for (JsonPointer at : dates) {
            String v = leaves.get(at).asText();
            probes.add(json("year 0", e, at, JsonNodeFactory.instance.textNode("0000" + v.substring(4))));
            probes.add(json("year 0", e, at, JsonNodeFactory.instance.textNode("0000-01-01")));
        }
        List<String> badUuids = List.of("not-a-uuid", "", "00000000-0000-0000-0000-00000000000g",
                "00000000-0000-0000-0000-000000000000", "{00000000-0000-0000-0000-000000000000}", "a\u0000b");
        for (JsonPointer at : uuids) {
            String v = leaves.get(at).asText();
            probes.add(json("invalid UUID", e, at, JsonNodeFactory.instance.textNode(
                    badUuids.get(random.nextInt(badUuids.size())))));
            probes.add(json("invalid UUID", e, at, JsonNodeFactory.instance.textNode(v + "0")));
        }
        // Infinities and NaN in every number, or in a text where the template has no number.
        List<JsonPointer> numeric = numbers.isEmpty() && !texts.isEmpty() ? List.of(texts.get(0)) : numbers;
        for (JsonPointer at : numeric) {
            for (String n : List.of("1e309", "-1e309", "NaN", "Infinity")) {
                probes.add(new Probe("infinity and NaN", m, world.path(e.path()), type,
                        bytes(replaced(e, at, "\"@@\"").replace("\"@@\"", n)), false));
            }
        }
        // Deep nesting as the value of a member (two drawn from all), and as the body itself.
        List<JsonPointer> all = new ArrayList<>(leaves.keySet());
        for (int i = 0; i < 2 && !all.isEmpty(); i++) {
            JsonPointer at = all.get(random.nextInt(all.size()));
            probes.add(new Probe("deep nesting", m, world.path(e.path()), type,
                    bytes(replaced(e, at, "\"@@\"").replace("\"@@\"", "[".repeat(10_000) + "]".repeat(10_000))),
                    false));
        }
        probes.add(new Probe("deep nesting", m, world.path(e.path()), type,
                bytes("{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000)), false));
        // Every top-level member duplicated with another value (of another type, drawn).
        String body = world.path(template);
        Iterator<String> names = parsed.fieldNames();
        List<String> dup = List.of("\"other\"", "null", "0", "[]", "{}");
        while (names.hasNext()) {
            String name = names.next();
            String doc = world.path(template).trim();
            probes.add(new Probe("duplicated keys", m, world.path(e.path()), type,
                    bytes(doc.substring(0, doc.length() - 1) + ", " + JSON.writeValueAsString(name) + ": "
                            + dup.get(random.nextInt(dup.size())) + "}"), false));
        }
        if (parsed.isEmpty()) {
            probes.add(new Probe("duplicated keys", m, world.path(e.path()), type,
                    bytes("{\"reason\": \"a\", \"reason\": \"b\"}"), false));
        }
        // Text after the document.
        for (String trailing : List.of(" x", "{}", "]", "\u0000", " " + body)) {
            probes.add(new Probe("trailing text", m, world.path(e.path()), type, bytes(world.path(template) + trailing),
                    false));
        }
        return probes;
    }

    /** The CSV import: NUL, control characters, overlong text and year 0 in the cells of its one row. */
    private static void csv(Endpoints.Endpoint e, Random random, List<Probe> probes) {
        String[] lines = world.path(e.body()).split("\n");
        String[] cells = lines[1].split(",");
        for (int i = 0; i < cells.length; i++) {
            String v = cells[i];
            List<String[]> mutations = new ArrayList<>();
            if (DATE_SHAPE.matcher(v).matches()) {
                mutations.add(new String[] {"year 0", "0000" + v.substring(4)});
            } else {
                mutations.add(new String[] {"NUL in text", v + "\u0000x"});
                mutations.add(new String[] {"control characters", v + "\u0007\u001b"});
                mutations.add(new String[] {"overlong text", "b".repeat(100_000)});
            }
            for (String[] mutation : mutations) {
                String[] row = cells.clone();
                row[i] = mutation[1];
                String body = world.path(lines[0]) + "\n" + String.join(",", row) + "\n";
                probes.add(new Probe(mutation[0], e.method(), world.path(e.path()), e.contentType(), bytes(body),
                        false));
            }
        }
        probes.add(new Probe("trailing text", e.method(), world.path(e.path()), e.contentType(),
                bytes(world.path(e.body()) + "\u0000"), false));
    }

    private static Probe json(String kind, Endpoints.Endpoint e, JsonPointer at, JsonNode value) throws IOException {
        JsonNode doc = JSON.readTree(world.path(e.body()));
        set(doc, at, value);
        return new Probe(kind, e.method(), world.path(e.path()), e.contentType(), bytes(JSON.writeValueAsString(doc)),
                false);
    }

    /** The template with the member at {@code at} replaced by the JSON text {@code marker}. */
    private static String replaced(Endpoints.Endpoint e, JsonPointer at, String marker) throws IOException {
        JsonNode doc = JSON.readTree(world.path(e.body()));
        set(doc, at, JSON.readTree(marker));
        return JSON.writeValueAsString(doc);
    }

    /** The template with the text at {@code at} holding the two bytes C0 80 (an overlong encoding of NUL). */
    private static byte[] overlongNul(Endpoints.Endpoint e, JsonPointer at, Random random) throws IOException {
        String[] halves = replaced(e, at, "\"@@\"").split("@@", 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bytes(halves[0] + "a"));
        out.write(0xC0);
        out.write(0x80);
        out.writeBytes(bytes("b" + halves[1]));
        return out.toByteArray();
    }

    private static void leaves(JsonNode node, JsonPointer at, Map<JsonPointer, JsonNode> leaves) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> leaves(f.getValue(), at.appendProperty(f.getKey()), leaves));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                leaves(node.get(i), at.appendIndex(i), leaves);
            }
        } else {
            leaves.put(at, node);
        }
    }

    private static void set(JsonNode doc, JsonPointer at, JsonNode value) {
        ContainerNode<?> parent = (ContainerNode<?>) doc.at(at.head());
        String last = at.last().getMatchingProperty();
        if (parent instanceof ObjectNode o) {
            o.set(last, value);
        } else {
            ((ArrayNode) parent).set(at.last().getMatchingIndex(), value);
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    // ---- sending ------------------------------------------------------------------------------------------------

    private Answer send(Probe p, String caller) throws Exception {
        if (p.chunked()) {
            return chunked(p, caller);
        }
        Response r = given().config(AS_IS).urlEncodingEnabled(false).header("Authorization", caller)
                .contentType(p.contentType()).body(p.body()).when().request(p.method(), p.path());
        return new Answer(r.statusCode(), r.contentType(), r.asString());
    }

    /**
     * A body of {@code MAX_BODY} and more, sent in chunks without Content-Length: the endpoint's template with its
     * first text (or a new member) growing until the server answers, as {@link org.pashm.app.ChunkedBodyLimitTest} does.
     */
    private Answer chunked(Probe p, String caller) throws Exception {
        String[] halves = new String(p.body(), StandardCharsets.UTF_8).split("@@", 2);
        Thread writer;
        Answer a;
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(60_000);
            writer = new Thread(() -> {
                try {
                    OutputStream out = socket.getOutputStream();
                    out.write((p.method() + " " + p.path() + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                            + p.contentType() + "\r\nAuthorization: " + caller + "\r\nConnection: close\r\n"
                            + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    RawHttp.chunk(out, bytes(halves[0]));
                    byte[] data = bytes("a".repeat(64 * 1024));
                    for (long sent = 0; sent < MAX_BODY + (1 << 20); sent += data.length) {
                        RawHttp.chunk(out, data);
                    }
                    RawHttp.chunk(out, bytes(halves[1]));
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException refused) {
                    // The server answered and closed the connection before the body's end.
                }
            }, "fuzz-chunked-writer");
            writer.setDaemon(true);
            writer.start();
            a = RawHttp.read(socket.getInputStream());
        }
        // Only once the socket is closed: a server that answered before reading the body (a 404, a 415) need not
        // read the rest, and the writer would wait on a full socket buffer.
        writer.join(10_000);
        return a;
    }

    /** The body template with "@@" where the chunked class grows a text: its first text, or a new member. */
    private static String growing(Endpoints.Endpoint e) throws IOException {
        if (e.contentType().equals("text/csv")) {
            String[] lines = world.path(e.body()).split("\n");
            return lines[0] + "\n" + "@@" + lines[1] + "\n";
        }
        JsonNode doc = JSON.readTree(world.path(e.body()));
        Map<JsonPointer, JsonNode> leaves = new LinkedHashMap<>();
        leaves(doc, JsonPointer.empty(), leaves);
        JsonPointer text = leaves.entrySet().stream().filter(l -> l.getValue().isTextual()).map(Map.Entry::getKey)
                .findFirst().orElse(null);
        if (text == null) {
            ((ObjectNode) doc).put("padding", "@@");
        } else {
            set(doc, text, JsonNodeFactory.instance.textNode("@@"));
        }
        return JSON.writeValueAsString(doc);
    }

    // ---- checking -----------------------------------------------------------------------------------------------

    /**
     * Why the error answer is not one problem, or null when it is: ProblemAnswers' strict read of type, title,
     * status, detail, errors and extension members. The instance is the path as the server decoded it, so a path
     * with an escaped NUL is compared decoded.
     */
    private static String problem(Answer a, String path) {
        try {
            ProblemAnswers.read(new io.restassured.builder.ResponseBuilder().setStatusCode(a.status())
                    .setContentType(a.contentType() == null ? "" : a.contentType()).setBody(a.body()).build(),
                    java.net.URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8));
            return null;
        } catch (AssertionError | RuntimeException e) {
            return String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        }
    }

    private List<String> tables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             // Tables and partitioned tables, not their partitions (a row trigger on the parent covers them).
             ResultSet r = s.executeQuery("select c.relname from pg_class c join pg_namespace n on n.oid = "
                     + "c.relnamespace where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition "
                     + "and c.relname <> 'fuzz_row_change' order by 1")) {
            while (r.next()) {
                if (!MAY_CHANGE_ON_REFUSAL.contains(r.getString(1))) {
                    tables.add(r.getString(1));
                }
            }
        }
        assertThat(tables).contains("assessment", "bag", "lot", "organisation", "idempotency_key");
        return tables;
    }

    /**
     * Watches every table but those of {@link #MAY_CHANGE_ON_REFUSAL}: a row trigger notes each committed insert,
     * update and delete (and a statement trigger each truncation) in {@code fuzz_row_change}, in the writing
     * transaction, so that a write rolled back leaves no note. A row count and content hash of every table before and
     * after each request is the same check, but it reads the whole database each time: with the rows the rest of the
     * suite leaves (goat imports), 841 snapshots took over ten minutes. The notes are exact as well: an update that
     * writes a value back, which a hash cannot see, is noted.
     */
    private void watch(List<String> tables) throws SQLException {
        unwatch(tables);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("create unlogged table fuzz_row_change (id bigserial primary key, table_name text not null, "
                    + "operation text not null)");
            s.execute("""
                    create function fuzz_note_change() returns trigger language plpgsql as $$
                    begin
                        insert into fuzz_row_change (table_name, operation) values (tg_table_name, tg_op);
                        return null;
                    end $$""");
            for (String table : tables) {
                s.execute("create trigger fuzz_note_change after insert or update or delete on \"" + table
                        + "\" for each row execute function fuzz_note_change()");
                s.execute("create trigger fuzz_note_truncate after truncate on \"" + table
                        + "\" for each statement execute function fuzz_note_change()");
            }
        }
    }

    /** Leaves the schema as the other test classes expect it: no trigger, function or table of this class. */
    private void unwatch(List<String> tables) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : tables) {
                s.execute("drop trigger if exists fuzz_note_change on \"" + table + "\"");
                s.execute("drop trigger if exists fuzz_note_truncate on \"" + table + "\"");
            }
            s.execute("drop function if exists fuzz_note_change()");
            s.execute("drop table if exists fuzz_row_change");
        }
    }

    /** The rows changed since the last call, by table and operation; forgets them. */
    private Map<String, Long> changes() throws SQLException {
        Map<String, Long> changes = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("with gone as (delete from fuzz_row_change returning table_name, operation) "
                     + "select table_name || ' ' || operation, count(*) from gone group by 1")) {
            while (r.next()) {
                changes.put(r.getString(1), r.getLong(2));
            }
        }
        return changes;
    }

    private static String preview(byte[] body) {
        return preview(new String(body, StandardCharsets.UTF_8));
    }

    private static String preview(String s) {
        String shown = s.length() > 300 ? s.substring(0, 300) + "...(" + s.length() + " chars)" : s;
        return shown.replace("\u0000", "\\u0000").replace("\u001b", "\\u001b").replace("\u0007", "\\u0007");
    }

    private static String summary(Map<String, Tally> tallies) {
        StringBuilder out = new StringBuilder("\nfuzz (issue 22, seed " + SEED + ")\n");
        out.append(String.format("%-28s %9s %6s %6s %6s %9s%n", "class", "requests", "<400", "4xx", "5xx",
                "seconds"));
        Tally total = new Tally();
        for (Map.Entry<String, Tally> t : tallies.entrySet()) {
            Tally v = t.getValue();
            out.append(String.format("%-28s %9d %6d %6d %6d %9.1f%n", t.getKey(), v.requests, v.ok, v.refused,
                    v.failed, v.millis / 1000.0));
            total.requests += v.requests;
            total.ok += v.ok;
            total.refused += v.refused;
            total.failed += v.failed;
            total.millis += v.millis;
        }
        out.append(String.format("%-28s %9d %6d %6d %6d %9.1f%n", "all", total.requests, total.ok, total.refused,
                total.failed, total.millis / 1000.0));
        return out.toString();
    }
}
