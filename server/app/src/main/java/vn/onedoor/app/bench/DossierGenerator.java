package vn.onedoor.app.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fills a OneDoor database with N realistic dossiers of the first center, fast: multi-row INSERTs
 * of 2,000 rows on one connection, a commit every 50,000. Codes follow the national format with a
 * per-agency daily sequence over the last two years; the sequence table is brought up to date at
 * the end, so dossiers received afterwards continue the numbering. Statuses follow the dates:
 * old dossiers are mostly returned (early, on time or late), recent ones are in progress.
 * {@code java -cp onedoor.jar vn.onedoor.app.bench.DossierGenerator <jdbc-url> <user> <password> <count>}
 */
public final class DossierGenerator {

    private static final int ROWS_PER_INSERT = 2_000;
    private static final int ROWS_PER_COMMIT = 50_000;
    private static final int DAYS = 730;
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Ngọc", "Hữu", "Thanh", "Đức", "Thu"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hùng", "Lan", "Long", "Mai", "Nam", "Tuyết"};

    private record Agency(long id, String code, List<long[]> procedures) {}

    /** What was generated: rows, seconds, and a sample of codes for lookups. */
    public record Result(int rows, double seconds, List<String> sample) {}

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: DossierGenerator <jdbc-url> <user> <password> <count>");
            System.exit(2);
        }
        Result r = generate(args[0], args[1], args[2], Integer.parseInt(args[3]), 0);
        System.out.printf("%,d dossiers in %.1f s (%,.0f rows/s)%n", r.rows(), r.seconds(), r.rows() / r.seconds());
    }

    public static Result generate(String url, String user, String password, int count, int sampleSize) throws SQLException {
        long t0 = System.nanoTime();
        Random random = new Random(20261123L);
        List<String> sample = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            long centerId = single(s, "SELECT MIN(id) FROM center");
            List<Agency> agencies = agencies(s);
            LocalDate today = LocalDate.now(VN);
            LocalDate first = today.minusDays(DAYS);
            int perAgencyDay = (int) Math.ceil(count / (double) (DAYS * agencies.size()));
            if (perAgencyDay > 9999) {
                throw new IllegalArgumentException("more than 9,999 dossiers per agency and day: " + count);
            }
            StringBuilder sql = new StringBuilder();
            int inBatch = 0;
            for (int i = 0; i < count; i++) {
                Agency agency = agencies.get(i % agencies.size());
                int slot = i / agencies.size();
                LocalDate day = first.plusDays(slot / perAgencyDay);
                int sequence = slot % perAgencyDay + 1;
                long[] procedure = agency.procedures().get(random.nextInt(agency.procedures().size()));
                String code = agency.code() + "-" + day.format(YYMMDD) + "-" + String.format("%04d", sequence);
                if (sample.size() < sampleSize && random.nextInt(count) < sampleSize) {
                    sample.add(code);
                }
                if (inBatch == 0) {
                    sql.setLength(0);
                    sql.append("INSERT INTO dossier (code, center_id, procedure_id, agency_id, field_id, channel, applicant_name, "
                            + "applicant_id_number, applicant_phone, received_at, received_date, appointment_date, promised_date, "
                            + "status, current_agency_id, result_date, source, recorded_at) VALUES ");
                } else {
                    sql.append(',');
                }
                row(sql, random, code, centerId, agency, procedure, day, today);
                if (++inBatch == ROWS_PER_INSERT || i == count - 1) {
                    s.executeUpdate(sql.toString());
                    inBatch = 0;
                }
                if ((i + 1) % ROWS_PER_COMMIT == 0) {
                    c.commit();
                }
            }
            c.commit();
            s.executeUpdate("INSERT INTO dossier_sequence (agency_id, receipt_date, last_number) "
                    + "SELECT agency_id, received_date, MAX(CAST(SUBSTRING(code, -4) AS UNSIGNED)) FROM dossier "
                    + "GROUP BY agency_id, received_date ON DUPLICATE KEY UPDATE last_number = GREATEST(last_number, "
                    + "VALUES(last_number))");
            c.commit();
        }
        return new Result(count, (System.nanoTime() - t0) / 1e9, sample);
    }

    private static void row(StringBuilder sql, Random random, String code, long centerId, Agency agency, long[] procedure,
            LocalDate day, LocalDate today) {
        int days = (int) procedure[2];
        LocalDate appointment = day.plusDays(days + days / 5 * 2L);
        String status;
        LocalDate result = null;
        if (appointment.isBefore(today.minusDays(10))) {
            // mostly early or on time, one in ten late
            int offset = random.nextInt(10) == 0 ? 1 + random.nextInt(5) : -random.nextInt(Math.max(1, days / 2 + 1));
            result = appointment.plusDays(offset);
            status = random.nextInt(20) == 0 ? "RESULT_READY" : "RETURNED";
        } else {
            status = random.nextBoolean() ? "PROCESSING" : "RECEIVED";
        }
        LocalDateTime at = day.atTime(7 + random.nextInt(10), random.nextInt(60));
        String received = at.atZone(VN).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime().toString();
        String[] channels = {"DIRECT", "DIRECT", "ONLINE", "POSTAL"};
        sql.append("('").append(code).append("',").append(centerId).append(',').append(procedure[0]).append(',')
                .append(agency.id()).append(',').append(procedure[1]).append(",'").append(channels[random.nextInt(4)])
                .append("','").append(FAMILY[random.nextInt(FAMILY.length)]).append(' ').append(MIDDLE[random.nextInt(MIDDLE.length)])
                .append(' ').append(GIVEN[random.nextInt(GIVEN.length)]).append("','0792").append(String.format("%08d",
                        random.nextInt(100_000_000))).append("','09").append(String.format("%08d", random.nextInt(100_000_000)))
                .append("','").append(received).append("','").append(day).append("','").append(appointment).append("','")
                .append(appointment).append("','").append(status).append("',").append(agency.id()).append(',')
                .append(result == null ? "NULL" : "'" + result + "'").append(",'CSV','").append(received).append("')");
    }

    private static List<Agency> agencies(Statement s) throws SQLException {
        List<Agency> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT a.id, a.code, p.id, p.field_id, p.processing_days FROM agency a "
                + "JOIN admin_procedure p ON p.agency_id = a.id ORDER BY a.id, p.id")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                if (out.isEmpty() || out.get(out.size() - 1).id() != id) {
                    out.add(new Agency(id, rs.getString(2), new ArrayList<>()));
                }
                out.get(out.size() - 1).procedures().add(new long[] {rs.getLong(3), rs.getLong(4), Math.max(1, rs.getInt(5))});
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("The catalog is empty: load the demo center first");
        }
        return out;
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
