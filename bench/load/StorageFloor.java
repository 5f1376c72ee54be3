import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The storage floor of bench/load/run.sh: the assessment rows the app stored during the run, inserted again through
 * the same JDBC driver (PgJDBC), one row per transaction as the app does, from as many threads as wrk had
 * connections, with no HTTP and no evaluation. What a submission cannot beat: its own INSERT.
 *
 *   java -cp postgresql.jar bench/load/StorageFloor.java JDBC_URL USER PASSWORD THREADS SECONDS
 */
public class StorageFloor {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        String password = args[2];
        int threads = Integer.parseInt(args[3]);
        long seconds = Long.parseLong(args[4]);
        List<Object[]> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, user, password);
             PreparedStatement s = c.prepareStatement("select organisation_id, site_id, standard_id, edition, "
                     + "production_system, assessed_on, assessor, overall_result, conformant, submitted_at, "
                     + "submission::text, observations::text, report::text, module_versions::text, report_format "
                     + "from assessment limit 200");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                Object[] row = new Object[15];
                for (int i = 0; i < 15; i++) {
                    row[i] = r.getObject(i + 1);
                }
                rows.add(row);
            }
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException("no assessment was stored to copy");
        }
        AtomicLong inserted = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t;
            Thread w = new Thread(() -> {
                try (Connection c = DriverManager.getConnection(url, user, password);
                     PreparedStatement s = c.prepareStatement("insert into assessment (id, organisation_id, site_id, "
                             + "lineage_id, version, standard_id, edition, production_system, assessed_on, assessor, "
                             + "overall_result, conformant, submitted_at, submission, observations, report, "
                             + "module_versions, report_format) values (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, "
                             + "cast(? as json), cast(? as json), ?, cast(? as json), ?)")) {
                    c.setAutoCommit(true);
                    int i = offset;
                    while (System.nanoTime() < end) {
                        Object[] row = rows.get(i++ % rows.size());
                        UUID id = UUID.randomUUID();
                        s.setObject(1, id);
                        s.setObject(2, row[0]);
                        s.setObject(3, row[1]);
                        s.setObject(4, id);
                        for (int k = 2; k < 15; k++) {
                            s.setObject(k + 3, row[k]);
                        }
                        s.executeUpdate();
                        inserted.incrementAndGet();
                    }
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            w.start();
            workers.add(w);
        }
        for (Thread w : workers) {
            w.join();
        }
        System.out.printf("storage floor: %d rows in %d s, %.1f rows/s (%d threads)%n", inserted.get(), seconds,
                inserted.get() / (double) seconds, threads);
    }
}
