package vn.onedoor.app.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * What a benchmark run cost, beside its rate: CPU time of this JVM (server and load generator
 * together) and of the MariaDB server process, and the statements and commits MariaDB counted.
 * Divided by the run's units these figures move far less from run to run than the rate does on a
 * shared 2-core machine, so they show whether a change made the work cheaper.
 */
final class CostMeter {

    /** Linux's USER_HZ, the unit of utime and stime in /proc/PID/stat. */
    private static final double TICK_MILLIS = 10.0;

    record Reading(long jvmCpuNanos, long dbCpuTicks, long questions, long commits) {}

    private final String url;
    private final Optional<Path> dbStat;

    CostMeter(String url) {
        this.url = url;
        this.dbStat = ProcessHandle.current().descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("mariadbd") || c.endsWith("mysqld")).orElse(false))
                .findFirst().map(p -> Path.of("/proc", Long.toString(p.pid()), "stat"));
    }

    Reading read() {
        long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        long questions = 0;
        long commits = 0;
        try (Connection c = DriverManager.getConnection(url, "root", "");
                ResultSet rs = c.createStatement().executeQuery(
                        "SHOW GLOBAL STATUS WHERE Variable_name IN ('Questions', 'Com_commit')")) {
            while (rs.next()) {
                if (rs.getString(1).equalsIgnoreCase("Questions")) {
                    questions = rs.getLong(2);
                } else {
                    commits = rs.getLong(2);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading MariaDB's counters: " + e.getMessage(), e);
        }
        return new Reading(jvm, dbTicks(), questions, commits);
    }

    /** Per unit of work between two readings: JVM ms, MariaDB ms, statements, commits ("—" when unknown). */
    String perUnit(Reading before, Reading after, long units) {
        double jvmMs = (after.jvmCpuNanos() - before.jvmCpuNanos()) / 1e6 / units;
        String dbMs = dbStat.isEmpty() ? "—"
                : String.format("%.2f", (after.dbCpuTicks() - before.dbCpuTicks()) * TICK_MILLIS / units);
        // the two readings' own SHOW STATUS count one question each
        double statements = (after.questions() - before.questions() - 1) / (double) units;
        double commits = (after.commits() - before.commits()) / (double) units;
        return String.format("%.2f | %s | %.1f | %.1f", jvmMs, dbMs, statements, commits);
    }

    private long dbTicks() {
        if (dbStat.isEmpty()) {
            return 0;
        }
        try {
            String stat = Files.readString(dbStat.get());
            // fields after the command name in parentheses; utime and stime are the 14th and 15th fields
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
