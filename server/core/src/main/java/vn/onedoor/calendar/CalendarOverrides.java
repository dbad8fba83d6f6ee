package vn.onedoor.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.onedoor.calendar.internal.OverrideRepository;
import vn.onedoor.calendar.internal.OverrideRow;
import vn.onedoor.calendar.model.DayOverride;
import vn.onedoor.calendar.model.LunarCalendar;
import vn.onedoor.calendar.model.OverrideKind;

/**
 * The administrator's overrides of each center's working calendar. Every appointment date reads
 * them, so they are cached per center and year; a change drops that year from the cache once it is
 * committed. The cache is per server: on several nodes another node sees a change when it restarts.
 */
@Singleton
public class CalendarOverrides {

    private final OverrideRepository repository;
    private final Clock clock;
    private final Map<YearKey, Map<LocalDate, DayOverride>> cache = new ConcurrentHashMap<>();

    CalendarOverrides(OverrideRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public List<CalendarOverride> list(long centerId, int year) {
        return repository.findByCenterIdAndDayBetweenOrderByDay(centerId, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31)).stream().map(CalendarOverrides::toOverride).toList();
    }

    /**
     * The overrides of a year by date, from the cache. A load runs inside the map's compute, so a
     * {@link #invalidate} for the same year waits for it and cannot be overtaken by a stale load.
     */
    public Map<LocalDate, DayOverride> forYear(long centerId, int year) {
        return cache.computeIfAbsent(new YearKey(centerId, year), k -> list(centerId, year).stream()
                .map(CalendarOverride::toDayOverride)
                .collect(Collectors.toUnmodifiableMap(DayOverride::date, Function.identity())));
    }

    public OverrideResult add(long centerId, LocalDate date, OverrideKind kind, @Nullable String note, String createdBy) {
        if (date.getYear() < LunarCalendar.FIRST_YEAR || date.getYear() > LunarCalendar.LAST_YEAR) {
            return new OverrideResult.Rejected("DATE_OUT_OF_RANGE", "The date must be within " + LunarCalendar.FIRST_YEAR
                    + "–" + LunarCalendar.LAST_YEAR);
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > 255) {
            return new OverrideResult.Rejected("INVALID_NOTE", "The note takes at most 255 characters");
        }
        if (repository.existsByCenterIdAndDay(centerId, date)) {
            return exists(date);
        }
        OverrideRow saved;
        try {
            saved = repository.save(new OverrideRow(null, centerId, date, kind, text, createdBy, clock.instant()));
        } catch (DataAccessException e) {
            if (repository.existsByCenterIdAndDay(centerId, date)) {
                return exists(date);
            }
            throw e;
        } finally {
            invalidate(centerId, date.getYear());
        }
        return new OverrideResult.Added(toOverride(saved));
    }

    /** Removes an override of this center; empty when there was none with that id. */
    public Optional<CalendarOverride> delete(long centerId, long overrideId) {
        Optional<OverrideRow> row = repository.findByIdAndCenterId(overrideId, centerId);
        row.ifPresent(r -> {
            repository.deleteById(r.id());
            invalidate(centerId, r.day().getYear());
        });
        return row.map(CalendarOverrides::toOverride);
    }

    private void invalidate(long centerId, int year) {
        cache.remove(new YearKey(centerId, year));
    }

    private static OverrideResult exists(LocalDate date) {
        return new OverrideResult.Rejected("OVERRIDE_EXISTS", date + " already has an override; delete it first");
    }

    private static CalendarOverride toOverride(OverrideRow r) {
        return new CalendarOverride(r.id(), r.centerId(), r.day(), r.kind(), r.note(), r.createdBy(), r.createdAt());
    }

    private record YearKey(long centerId, int year) {}
}
