package vn.onedoor.app.publicweb;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import vn.onedoor.app.vaadin.BundleI18nProvider;
import vn.onedoor.center.Center;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.dossier.DossierStatistics;
import vn.onedoor.dossier.StatsRow;

/**
 * The center's published results (003 Điều 11.2): received, resolved, resolved on time and the
 * on-time rate since the start of the year, in total and per agency. {@code /thong-ke?center=ID&year=YYYY}
 * (a past year shows that whole year).
 */
public class StatsPageServlet extends HttpServlet {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final transient DossierStatistics statistics;
    private final transient CenterDirectory directory;
    private final transient Clock clock;
    private final transient BundleI18nProvider i18n = new BundleI18nProvider();
    /**
     * A year's report reads every dossier of the period; a public page must not let each visitor
     * start one, so a center's figures are computed at most every five minutes.
     */
    private final transient java.util.Map<String, Cached> cache = new java.util.concurrent.ConcurrentHashMap<>();
    private static final long FRESH_NANOS = java.time.Duration.ofMinutes(5).toNanos();

    private record Cached(DossierStatistics.Report report, long at) {}

    public StatsPageServlet(DossierStatistics statistics, CenterDirectory directory, Clock clock) {
        this.statistics = statistics;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Locale locale = "en".equals(req.getParameter("lang")) ? Locale.ENGLISH : BundleI18nProvider.VIETNAMESE;
        Optional<Center> center = center(req.getParameter("center"));
        String title = t(locale, "public.stats.title");
        if (center.isEmpty()) {
            PublicPages.send(resp, 404, locale, title, "<p class=e>" + t(locale, "common.no-center") + "</p>");
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(center.get().timeZone())));
        String year = req.getParameter("year");
        LocalDate from = year != null && year.matches("20\\d\\d") && Integer.parseInt(year) < today.getYear()
                ? LocalDate.of(Integer.parseInt(year), 1, 1) : today.withDayOfYear(1);
        LocalDate to = from.getYear() == today.getYear() ? today : from.withDayOfYear(from.lengthOfYear());
        DossierStatistics.Report report = report(center.get().id(), from, to);
        StatsRow total = report.total();
        StringBuilder b = new StringBuilder("<p><b>").append(PublicPages.escape(center.get().name())).append("</b><br>")
                .append(t(locale, "public.stats.period", from.format(DAY), to.format(DAY))).append("</p>");
        b.append("<p>").append(t(locale, "public.stats.on-time-rate")).append("</p><div class=big id=on-time-rate>")
                .append(percent(total.onTimeRate(), locale)).append("</div><dl>");
        row(b, locale, "public.stats.received", total.received());
        row(b, locale, "public.stats.resolved", total.resolved());
        row(b, locale, "public.stats.in-time", total.early() + total.onTime());
        row(b, locale, "public.stats.late", total.late());
        row(b, locale, "public.stats.overdue", total.overdue());
        b.append("</dl><h2>").append(t(locale, "public.stats.by-agency")).append("</h2><table><tr><th>")
                .append(t(locale, "public.stats.agency")).append("</th><th>").append(t(locale, "public.stats.received"))
                .append("</th><th>").append(t(locale, "public.stats.resolved")).append("</th><th>")
                .append(t(locale, "public.stats.on-time-rate")).append("</th></tr>");
        for (StatsRow r : report.rows()) {
            b.append("<tr><td>").append(PublicPages.escape(r.name())).append("</td><td>").append(r.received())
                    .append("</td><td>").append(r.resolved()).append("</td><td>").append(percent(r.onTimeRate(), locale))
                    .append("</td></tr>");
        }
        b.append("</table>");
        PublicPages.send(resp, 200, locale, title, b.toString());
    }

    private DossierStatistics.Report report(long centerId, LocalDate from, LocalDate to) {
        String key = centerId + ":" + from + ":" + to;
        Cached hit = cache.get(key);
        if (hit == null || System.nanoTime() - hit.at() > FRESH_NANOS) {
            if (cache.size() > 1_000) {
                cache.clear();
            }
            hit = new Cached(statistics.report(centerId, from, to, DossierStatistics.GroupBy.AGENCY), System.nanoTime());
            cache.put(key, hit);
        }
        return hit.report();
    }

    private Optional<Center> center(String id) {
        if (id != null && id.matches("\\d{1,18}")) {
            return directory.center(Long.parseLong(id));
        }
        return directory.defaultCenter();
    }

    private static String percent(Double rate, Locale locale) {
        return rate == null ? "–" : String.format(locale, "%.1f%%", rate * 100);
    }

    private void row(StringBuilder b, Locale locale, String key, long value) {
        b.append("<dt>").append(t(locale, key)).append("</dt><dd>").append(value).append("</dd>");
    }

    private String t(Locale locale, String key, Object... params) {
        return PublicPages.escape(i18n.getTranslation(key, locale, params));
    }
}
