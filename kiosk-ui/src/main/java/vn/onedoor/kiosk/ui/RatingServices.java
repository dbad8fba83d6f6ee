package vn.onedoor.kiosk.ui;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import vn.onedoor.center.Center;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.center.CounterOverview;
import vn.onedoor.device.DeviceInputs;
import vn.onedoor.device.DevicePrincipal;
import vn.onedoor.dossier.LookupRateLimiter;
import vn.onedoor.queue.QueueListeners;
import vn.onedoor.queue.model.Outcomes;
import vn.onedoor.queue.model.QueueEvent;
import vn.onedoor.queue.model.Ticket;
import vn.onedoor.platform.rules.Rejection;
import vn.onedoor.rating.RatingScale;
import vn.onedoor.rating.RatingScales;
import vn.onedoor.rating.RatingSource;
import vn.onedoor.rating.RatingTerminalWoke;
import vn.onedoor.rating.SubmitRating;

/** The application services the rating screens use (the terminal at a counter and the kiosk's rating door). */
@Singleton
public class RatingServices {

    private static final Logger LOG = LoggerFactory.getLogger(RatingServices.class);

    private final CenterDirectory directory;
    private final SubmitRating submit;
    private final RatingScales scales;
    private final QueueListeners listeners;
    private final LookupRateLimiter limiter;
    private final DeviceInputs inputs;
    private final ApplicationEventPublisher<RatingTerminalWoke> woke;
    private final int timeoutSeconds;
    private final int thanksSeconds;

    public RatingServices(CenterDirectory directory, SubmitRating submit, RatingScales scales, QueueListeners listeners,
            LookupRateLimiter limiter, DeviceInputs inputs,
            ApplicationEventPublisher<RatingTerminalWoke> woke, @Value("${onedoor.rating.timeout-seconds:60}") int timeoutSeconds,
            @Value("${onedoor.rating.thanks-seconds:6}") int thanksSeconds) {
        this.directory = directory;
        this.submit = submit;
        this.scales = scales;
        this.listeners = listeners;
        this.limiter = limiter;
        this.inputs = inputs;
        this.woke = woke;
        this.timeoutSeconds = timeoutSeconds;
        this.thanksSeconds = thanksSeconds;
    }

    /** What the citizen picked: a score of the scale, criteria codes, an optional comment. */
    record Vote(int score, List<String> criteria, String comment) {}

    CenterDirectory directory() {
        return directory;
    }

    /** A terminal's own counter; staff previewing the screen (no device) see the first counter. */
    Optional<CounterOverview> counterOf(Optional<Center> center, Optional<DevicePrincipal> device) {
        return center.flatMap(c -> directory.counters(c.id()).stream()
                .filter(k -> device.isEmpty() || k.counter().id().equals(device.get().counterId()))
                .findFirst());
    }

    RatingScale scale(long centerId) {
        return scales.scale(centerId);
    }

    /**
     * Calls back with each ticket completed at the counter, whatever the outcome: advice and a
     * received dossier are service worth rating too. Run the returned action when the screen goes.
     */
    Runnable onCompletedAt(long centerId, long counterId, Consumer<Ticket> completed) {
        AutoCloseable subscription = listeners.subscribe(centerId, event -> {
            if (event instanceof QueueEvent.TicketCompleted done && done.ticket().counterId() != null
                    && done.ticket().counterId() == counterId) {
                completed.accept(done.ticket());
            }
        });
        return () -> {
            try {
                subscription.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /**
     * Calls back with the value of each key pressed on the counter's rating keypad (its agent
     * maps the key to the center's scale). Run the returned action when the screen goes.
     */
    Runnable onKeypadAt(long counterId, IntConsumer pressed) {
        DeviceInputs.Registration registration = inputs.forCounter(counterId, input -> {
            if (input.key() && input.rating() != null) {
                pressed.accept(input.rating());
            }
        });
        return registration::close;
    }

    /** The terminal woke for this ticket: the counter's keypads light up for as long as it waits. */
    void terminalWoke(Ticket ticket) {
        woke.publishEvent(new RatingTerminalWoke(ticket.centerId(), ticket.counterId(), ticket.id(), timeoutSeconds));
    }

    /**
     * Rates a visit at its counter's terminal. Only a result handed over (RESULT_RETURNED) uses up
     * the ticket's dossier code: a receipt is not yet a completed dossier (003 Điều 12.1), so
     * any other visit is rated by its ticket alone.
     */
    Outcome rateVisit(Ticket ticket, Vote vote, Long deviceId) {
        String code = Outcomes.RESULT_RETURNED.equals(ticket.outcome()) ? ticket.dossierCode() : null;
        return submit(new SubmitRating.Request(ticket.centerId(), code, ticket.id(), vote.score(),
                vote.criteria(), vote.comment(), ticket.counterId(), RatingSource.TERMINAL, deviceId, null));
    }

    /** Rates a dossier by its code at the kiosk. */
    Outcome rateDossier(long centerId, String dossierCode, Vote vote, Long deviceId, Long userId) {
        return submit(new SubmitRating.Request(centerId, dossierCode, null, vote.score(), vote.criteria(),
                vote.comment(), null, userId == null ? RatingSource.KIOSK : RatingSource.STAFF, deviceId, userId));
    }

    /** How a vote ended, as a citizen is told: thanks, already rated, or please try again. */
    enum Outcome { RECORDED, ALREADY_RATED, FAILED }

    private Outcome submit(SubmitRating.Request request) {
        try {
            submit.submit(request);
            return Outcome.RECORDED;
        } catch (Rejection e) {
            if (e.is("ALREADY_RATED")) {
                return Outcome.ALREADY_RATED;
            }
            LOG.warn("A vote from a screen was refused: {} {}", e.code(), e.getMessage());
            return Outcome.FAILED;
        } catch (RuntimeException e) {
            LOG.error("A vote from a screen could not be stored", e);
            return Outcome.FAILED;
        }
    }

    /** Whether the kiosk may ask for a vote on a dossier, and if not, why. */
    enum Door { OPEN, UNKNOWN, NOT_FINISHED, ALREADY_RATED, TOO_MANY }

    record DoorCheck(Door door, long retryAfterSeconds) {}

    /**
     * Whether the kiosk may ask for a vote on a dossier: the rule is the core's
     * ({@link SubmitRating#eligibility}); each check counts against the kiosk's lookup limit, so
     * the door cannot be used to probe codes faster than the lookup.
     */
    DoorCheck checkDossier(long centerId, String dossierCode) {
        LookupRateLimiter.Decision decision = limiter.tryAcquire(SessionCenter.caller());
        if (!decision.allowed()) {
            return new DoorCheck(Door.TOO_MANY, decision.retryAfterSeconds());
        }
        Door door = switch (submit.eligibility(dossierCode, centerId)) {
            case OPEN -> Door.OPEN;
            case UNKNOWN -> Door.UNKNOWN;
            case NOT_FINISHED -> Door.NOT_FINISHED;
            case ALREADY_RATED -> Door.ALREADY_RATED;
        };
        return new DoorCheck(door, 0);
    }

    int timeoutSeconds() {
        return timeoutSeconds;
    }

    int thanksSeconds() {
        return thanksSeconds;
    }
}
