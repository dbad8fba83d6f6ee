package vn.onedoor.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.onedoor.calendar.model.OverrideKind;
import vn.onedoor.calendar.model.WorkingCalendar;
import vn.onedoor.testing.DatabaseTest;

/** Overrides stored in MariaDB, read through the cache, and a change seen at once. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarOverridesIT implements DatabaseTest {

    @Inject CalendarOverrides overrides;
    @Inject WorkingCalendars calendars;
    @Inject TransactionOperations<Connection> transactions;

    private long centerA;
    private long centerB;

    @BeforeAll
    void centers() {
        centerA = insertCenter("HCC-A", "Trung tâm A");
        centerB = insertCenter("HCC-B", "Trung tâm B");
    }

    /** Plain SQL: the center feature's repositories are its own. */
    private long insertCenter(String code, String name) {
        return transactions.executeWrite(status -> {
            try (PreparedStatement s = status.getConnection().prepareStatement("INSERT INTO center (code, name) VALUES (?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, code);
                s.setString(2, name);
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void a_make_up_saturday_applies_at_once_and_only_to_its_center() {
        WorkingCalendar a = calendars.of(centerA);
        assertThat(a.isWorkingDay(d("2030-03-09"))).isFalse();

        OverrideResult result = overrides.add(centerA, d("2030-03-09"), OverrideKind.WORKING, "  Làm bù thứ Bảy  ", "admin");

        assertThat(result).isInstanceOfSatisfying(OverrideResult.Added.class, added -> {
            assertThat(added.override().note()).isEqualTo("Làm bù thứ Bảy");
            assertThat(added.override().createdBy()).isEqualTo("admin");
            assertThat(added.override().createdAt()).isNotNull();
        });
        assertThat(a.isWorkingDay(d("2030-03-09"))).isTrue();
        assertThat(calendars.of(centerB).isWorkingDay(d("2030-03-09"))).isFalse();
    }

    @Test
    void deleting_an_override_restores_the_rule() {
        assertThat(calendars.of(centerA).isWorkingDay(d("2031-06-10"))).isTrue();
        long id = ((OverrideResult.Added) overrides.add(centerA, d("2031-06-10"), OverrideKind.OFF, null, "admin"))
                .override().id();
        assertThat(calendars.of(centerA).isWorkingDay(d("2031-06-10"))).isFalse();

        assertThat(overrides.delete(centerB, id)).isEmpty();
        assertThat(calendars.of(centerA).isWorkingDay(d("2031-06-10"))).isFalse();
        assertThat(overrides.delete(centerA, id)).hasValueSatisfying(o -> assertThat(o.date()).isEqualTo(d("2031-06-10")));
        assertThat(calendars.of(centerA).isWorkingDay(d("2031-06-10"))).isTrue();
        assertThat(overrides.list(centerA, 2031)).isEmpty();
    }

    @Test
    void a_second_override_of_the_same_date_is_rejected() {
        overrides.add(centerB, d("2032-01-02"), OverrideKind.OFF, "Nghỉ", "admin");

        OverrideResult again = overrides.add(centerB, d("2032-01-02"), OverrideKind.WORKING, null, "admin");

        assertThat(again).isInstanceOfSatisfying(OverrideResult.Rejected.class,
                r -> assertThat(r.code()).isEqualTo("OVERRIDE_EXISTS"));
        assertThat(overrides.list(centerB, 2032)).singleElement().satisfies(o -> assertThat(o.kind()).isEqualTo(OverrideKind.OFF));
    }

    @Test
    void the_list_of_a_year_is_in_date_order_with_vietnamese_notes_intact() {
        overrides.add(centerB, d("2033-12-30"), OverrideKind.OFF, "Nghỉ cuối năm – Quyết định số 1/QĐ-UBND", "admin");
        overrides.add(centerB, d("2033-01-03"), OverrideKind.OFF, "Nghỉ đầu năm", "admin");
        overrides.add(centerB, d("2034-01-02"), OverrideKind.OFF, "Năm sau", "admin");

        assertThat(overrides.list(centerB, 2033)).extracting(CalendarOverride::date)
                .containsExactly(d("2033-01-03"), d("2033-12-30"));
        assertThat(overrides.list(centerB, 2033).get(1).note()).isEqualTo("Nghỉ cuối năm – Quyết định số 1/QĐ-UBND");
    }
}
