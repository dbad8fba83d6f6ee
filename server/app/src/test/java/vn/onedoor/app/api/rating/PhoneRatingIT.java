package vn.onedoor.app.api.rating;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.onedoor.app.DemoServerTest;
import vn.onedoor.calendar.model.Channel;
import vn.onedoor.center.Center;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.catalog.Catalog;
import vn.onedoor.dossier.Actor;
import vn.onedoor.dossier.ReceiveDossier;
import vn.onedoor.dossier.RecordDossierEvent;
import vn.onedoor.dossier.model.Applicant;
import vn.onedoor.dossier.model.DossierStep;
import vn.onedoor.dossier.model.EventType;
import vn.onedoor.rating.RatingComments;
import vn.onedoor.rating.RatingSource;
import vn.onedoor.rating.SubmitRating;

/**
 * The applicant rates a dossier from the phone page of the receipt's QR code, once, after showing
 * the last six characters of the ID number; one rating per dossier whatever the door, and the
 * manager reads the comment.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhoneRatingIT implements DemoServerTest {

    @Inject EmbeddedServer server;
    @Inject CenterDirectory directory;
    @Inject Catalog catalog;
    @Inject ReceiveDossier receive;
    @Inject RecordDossierEvent record;
    @Inject SubmitRating submit;
    @Inject RatingComments comments;

    private final HttpClient http = HttpClient.newHttpClient();

    private String dossier(String name, boolean returned) {
        Center center = directory.defaultCenter().orElseThrow();
        long procedure = catalog.procedures().get(0).id();
        String code = receive.receive(new ReceiveDossier.Request(center.id(), procedure, new Applicant(name,
                "079185001234", null, null, null), Channel.DIRECT, null, null, Actor.officer(null))).code();
        if (returned) {
            record.record(new RecordDossierEvent.Request(code, DossierStep.of(EventType.RESULT_READY), null,
                    Actor.officer(null), null, null));
            record.record(new RecordDossierEvent.Request(code, DossierStep.of(EventType.RETURNED), null,
                    Actor.officer(null), null, null));
        }
        return code;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> vote(String code, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + "/hs/" + code))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_applicant_rates_a_returned_dossier_once_from_the_phone_and_the_manager_reads_the_comment() throws Exception {
        String code = dossier("Hồ Thị Thanh", true);
        assertThat(get("/hs/" + code).body()).contains("Đánh giá mức độ hài lòng", "name=idTail", "name=score");

        HttpResponse<String> wrong = vote(code, Map.of("idTail", "999999", "score", "3", "comment", "Tốt"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("6 ký tự cuối của số giấy tờ tùy thân không khớp");

        HttpResponse<String> right = vote(code, Map.of("idTail", "001234", "score", "3",
                "comment", "Cán bộ hướng dẫn tận tình, thủ tục nhanh"));
        assertThat(right.statusCode()).isEqualTo(201);
        assertThat(right.body()).contains("Cảm ơn quý khách đã đánh giá");

        HttpResponse<String> again = vote(code, Map.of("idTail", "001234", "score", "1"));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("đã được đánh giá");
        assertThat(get("/hs/" + code).body()).contains("Hồ sơ này đã được đánh giá").doesNotContain("name=idTail");
        assertThat(submit.eligibility(code, null)).as("the kiosk's door too").isEqualTo(SubmitRating.Eligibility.ALREADY_RATED);

        long centerId = directory.defaultCenter().orElseThrow().id();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        List<RatingComments.Comment> found = comments.of(centerId, new RatingComments.Filter(today.minusDays(1), today,
                null, null, true, "huong dan tan tinh"));
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.dossierCode()).isEqualTo(code);
            assertThat(c.source()).isEqualTo(RatingSource.PHONE);
            assertThat(c.comment()).isEqualTo("Cán bộ hướng dẫn tận tình, thủ tục nhanh");
        });
        assertThat(comments.of(centerId, new RatingComments.Filter(today.minusDays(1), today, null, null, false,
                "huong dan tan tinh"))).as("filtered out as satisfied").isEmpty();
    }

    @Test
    void a_dossier_in_progress_offers_no_vote_and_a_vote_on_it_is_refused() throws Exception {
        String code = dossier("Ông Văn Kiên", false);

        assertThat(get("/hs/" + code).body()).doesNotContain("name=idTail");
        HttpResponse<String> early = vote(code, Map.of("idTail", "001234", "score", "3"));
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.body()).contains("chưa hoàn thành");
    }

    @Test
    void wrong_proofs_are_limited_per_dossier() throws Exception {
        String code = dossier("Lâm Thị Hoa", true);
        int refusedForTooMany = 0;
        for (int i = 0; i < 8; i++) {
            if (vote(code, Map.of("idTail", "00000" + i, "score", "3")).statusCode() == 429) {
                refusedForTooMany++;
            }
        }
        assertThat(refusedForTooMany).isGreaterThanOrEqualTo(3);
        assertThat(vote(code, Map.of("idTail", "001234", "score", "3")).statusCode()).as("even the right one, for now")
                .isEqualTo(429);
    }
}
