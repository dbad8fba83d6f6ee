package vn.onedoor.rating;

import vn.onedoor.platform.rules.Rejection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.onedoor.center.Center;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.center.CounterOverview;
import vn.onedoor.demo.DemoCenter;
import vn.onedoor.identity.StaffAccounts;
import vn.onedoor.queue.Actor;
import vn.onedoor.queue.CounterDesk;
import vn.onedoor.queue.IssueTicket;
import vn.onedoor.queue.TicketHandling;
import vn.onedoor.queue.model.Outcomes;
import vn.onedoor.queue.model.Priority;
import vn.onedoor.queue.model.Ticket;
import vn.onedoor.testing.DatabaseTest;

/** Ratings on a real MariaDB: the unique keys hold under concurrency, and a vote knows its officer. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubmitRatingIT implements DatabaseTest {

    @Inject DemoCenter demo;
    @Inject CenterDirectory directory;
    @Inject StaffAccounts accounts;
    @Inject IssueTicket issue;
    @Inject CounterDesk desk;
    @Inject TicketHandling handling;
    @Inject SubmitRating submit;
    @Inject RatingStats stats;
    @Inject RatingScales scales;

    private Center center;

    @BeforeAll
    void demoCenter() {
        center = demo.install();
    }

    private CounterOverview counter(int number) {
        return directory.counters(center.id()).stream().filter(c -> c.counter().number() == number).findFirst().orElseThrow();
    }

    /** A citizen served at a counter by its officer, the ticket completed with an outcome. */
    private Ticket servedAt(int counterNumber, String dossierCode, String outcome) {
        CounterOverview counter = counter(counterNumber);
        Ticket ticket = issue.issue(new IssueTicket.Request(center.id(), counter.serves().get(0).serviceGroupId(),
                Priority.NORMAL, null, null, dossierCode, null, null, null)).ticket();
        Actor officer = new Actor(accounts.authenticate("officer" + counterNumber, "demo").orElseThrow().userId(), false);
        desk.open(counter.counter().id(), officer);
        Ticket called = desk.callNext(counter.counter().id(), officer).orElseThrow();
        assertThat(called.id()).isEqualTo(ticket.id());
        return handling.complete(counter.counter().id(), outcome, officer);
    }

    private SubmitRating.Request vote(String dossierCode, Long ticketId, int score) {
        return new SubmitRating.Request(center.id(), dossierCode, ticketId, score, List.of(), null, null,
                RatingSource.KIOSK, null, null);
    }

    /** Runs the attempts on as many threads, released together by one latch; returns each outcome's code. */
    private static List<String> atOnce(int threads, IntFunction<Runnable> attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Runnable task = attempt.apply(i);
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        task.run();
                        return "CREATED";
                    } catch (Rejection e) {
                        return e.code();
                    }
                }));
            }
            start.countDown();
            List<String> codes = new ArrayList<>();
            for (Future<String> f : results) {
                codes.add(f.get(1, TimeUnit.MINUTES));
            }
            return codes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, Long> tally(List<String> codes) {
        return codes.stream().collect(Collectors.groupingBy(c -> c, Collectors.counting()));
    }

    @Test
    void one_rating_per_dossier_holds_under_ten_concurrent_attempts() throws Exception {
        String code = "000.00.03.H39-261123-0001";
        List<String> codes = atOnce(10, i -> () -> submit.submit(vote(code, null, 1 + i % 3)));

        assertThat(tally(codes)).containsExactlyInAnyOrderEntriesOf(Map.of("CREATED", 1L, "ALREADY_RATED", 9L));
        assertThat(submit.dossierRated(code.toLowerCase())).isTrue();
    }

    @Test
    void one_rating_per_ticket_holds_under_ten_concurrent_attempts() throws Exception {
        Ticket ticket = servedAt(2, null, Outcomes.ADVICE_ONLY);
        List<String> codes = atOnce(10, i -> () -> submit.submit(vote(null, ticket.id(), 3)));

        assertThat(tally(codes)).containsExactlyInAnyOrderEntriesOf(Map.of("CREATED", 1L, "ALREADY_RATED", 9L));
    }

    @Test
    void a_vote_at_the_counter_records_the_counter_its_officer_and_the_agency_of_the_dossier() {
        Ticket ticket = servedAt(3, "000.00.05.H39-261123-0042", Outcomes.RESULT_RETURNED);

        Rating rating = submit.submit(new SubmitRating.Request(null, ticket.dossierCode(), ticket.id(), 2,
                List.of("TIME", "TIME"), "  Nhanh gọn  ", null, RatingSource.TERMINAL, null, null));

        assertThat(rating.counterId()).isEqualTo(counter(3).counter().id());
        assertThat(rating.officerId()).isEqualTo(accounts.authenticate("officer3", "demo").orElseThrow().userId());
        assertThat(rating.agencyId()).as("from the code's agency part, the ticket has no procedure").isNotNull();
        assertThat(rating.satisfied()).isTrue();
        assertThat(rating.criteria()).containsExactly("TIME");
        assertThat(rating.comment()).isEqualTo("Nhanh gọn");
        assertThatThrownBy(() -> submit.submit(vote(ticket.dossierCode(), null, 1)))
                .isInstanceOfSatisfying(Rejection.class, e -> assertThat(e.code()).isEqualTo("ALREADY_RATED"));
        assertThatThrownBy(() -> submit.submit(vote(null, ticket.id(), 1)))
                .isInstanceOfSatisfying(Rejection.class, e -> assertThat(e.code()).isEqualTo("ALREADY_RATED"));
    }

    @Test
    void a_vote_by_dossier_code_at_the_kiosk_finds_the_visit_that_handed_the_result_over() {
        Ticket returned = servedAt(4, "000.00.07.H39-261123-0055", Outcomes.RESULT_RETURNED);

        Rating rating = submit.submit(vote("000.00.07.h39-261123-0055", null, 3));

        assertThat(rating.dossierCode()).isEqualTo("000.00.07.H39-261123-0055");
        assertThat(rating.ticketId()).as("keyed by the dossier only").isNull();
        assertThat(rating.counterId()).isEqualTo(returned.counterId());
        assertThat(rating.officerId()).isEqualTo(accounts.authenticate("officer4", "demo").orElseThrow().userId());
    }

    @Test
    void a_supervisor_completing_for_an_officer_leaves_the_vote_to_the_officer_of_the_counter() {
        CounterOverview counter = counter(8);
        Ticket ticket = issue.issue(new IssueTicket.Request(center.id(), counter.serves().get(0).serviceGroupId(),
                Priority.NORMAL, null, null, null, null, null, null)).ticket();
        long officer8 = accounts.authenticate("officer8", "demo").orElseThrow().userId();
        desk.open(counter.counter().id(), new Actor(officer8, false));
        desk.call(counter.counter().id(), ticket.id(), "test", new Actor(officer8, false));
        Actor manager = new Actor(accounts.authenticate("manager", "demo").orElseThrow().userId(), true);
        handling.complete(counter.counter().id(), Outcomes.ADVICE_ONLY, manager);

        assertThat(submit.submit(vote(null, ticket.id(), 2)).officerId()).isEqualTo(officer8);
    }

    @Test
    void bad_votes_are_refused_with_a_code() {
        Ticket waiting = issue.issue(new IssueTicket.Request(center.id(), counter(1).serves().get(0).serviceGroupId(),
                Priority.NORMAL, null, null, null, null, null, null)).ticket();

        assertThat(codeOf(vote(null, null, 3))).isEqualTo("INVALID_SUBJECT");
        assertThat(codeOf(vote("not a code", null, 3))).isEqualTo("INVALID_DOSSIER_CODE");
        assertThat(codeOf(vote("000.00.03.H39-261123-0777", null, 4))).isEqualTo("INVALID_SCORE");
        assertThat(codeOf(vote("000.00.03.H39-261123-0777", null, 0))).isEqualTo("INVALID_SCORE");
        assertThat(codeOf(vote(null, waiting.id(), 3))).isEqualTo("TICKET_NOT_COMPLETED");
        assertThat(codeOf(vote(null, 987_654L, 3))).isEqualTo("TICKET_NOT_FOUND");
        assertThat(codeOf(new SubmitRating.Request(center.id(), "000.00.03.H39-261123-0777", null, 3,
                List.of("PARKING"), null, null, RatingSource.KIOSK, null, null))).isEqualTo("INVALID_CRITERION");
        assertThat(submit.dossierRated("000.00.03.H39-261123-0777")).as("nothing was stored").isFalse();
    }

    @Test
    void a_five_level_scale_takes_five_and_counts_four_and_five_as_satisfied() {
        Center other = directory.centers().stream().filter(c -> c.id() == center.id()).findFirst().orElseThrow();
        scales.configure(other.id(), List.of(new RatingLevel(5, "Rất hài lòng", "Very satisfied", true),
                new RatingLevel(4, "Hài lòng", "Satisfied", true), new RatingLevel(3, "Bình thường", "Neutral", false),
                new RatingLevel(2, "Không hài lòng", "Unsatisfied", false),
                new RatingLevel(1, "Rất không hài lòng", "Very unsatisfied", false)), List.of());
        try {
            assertThat(submit.submit(vote("000.00.03.H39-261123-0555", null, 5)).satisfied()).isTrue();
            assertThat(submit.submit(vote("000.00.03.H39-261123-0556", null, 3)).satisfied()).isFalse();
            assertThat(scales.scale(center.id()).criteria()).isEmpty();
        } finally {
            scales.configure(center.id(), List.of(), List.of());
        }
        assertThat(scales.scale(center.id()).size()).isEqualTo(3);
        assertThatThrownBy(() -> scales.configure(center.id(), List.of(new RatingLevel(1, "A", "A", true)), List.of()))
                .isInstanceOfSatisfying(Rejection.class, e -> assertThat(e.code()).isEqualTo("INVALID_SCALE"));
    }

    @Test
    void ratings_aggregate_per_officer_with_a_satisfaction_rate() {
        Ticket good = servedAt(7, null, Outcomes.RESULT_RETURNED);
        Ticket bad = servedAt(7, null, Outcomes.DOSSIER_RECEIVED);
        submit.submit(vote(null, good.id(), 3));
        submit.submit(vote(null, bad.id(), 1));
        LocalDate today = LocalDate.now(ZoneId.of(center.timeZone()));

        long officer7 = accounts.authenticate("officer7", "demo").orElseThrow().userId();
        RatingStats.Row row = stats.aggregate(center.id(), today, today, RatingStats.GroupBy.OFFICER).stream()
                .filter(r -> r.key() != null && r.key() == officer7).findFirst().orElseThrow();
        assertThat(row.votes()).isEqualTo(2);
        assertThat(row.levels()).containsExactly(Map.entry(3, 1L), Map.entry(2, 0L), Map.entry(1, 1L));
        assertThat(row.satisfactionRate()).isEqualByComparingTo("0.5");
        assertThat(stats.aggregate(center.id(), today.minusDays(3), today.minusDays(1), RatingStats.GroupBy.COUNTER))
                .isEmpty();
    }

    private String codeOf(SubmitRating.Request request) {
        try {
            submit.submit(request);
            return "CREATED";
        } catch (Rejection e) {
            return e.code();
        }
    }
}
