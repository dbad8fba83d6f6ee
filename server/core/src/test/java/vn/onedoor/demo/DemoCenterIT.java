package vn.onedoor.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.onedoor.catalog.Catalog;
import vn.onedoor.catalog.Procedure;
import vn.onedoor.center.Center;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.center.CounterOverview;
import vn.onedoor.center.ServiceGroup;
import vn.onedoor.device.DeviceRegistry;
import vn.onedoor.device.DeviceType;
import vn.onedoor.identity.Role;
import vn.onedoor.identity.StaffAccounts;
import vn.onedoor.testing.DatabaseTest;

@MicronautTest(startApplication = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoCenterIT implements DatabaseTest {

    @Inject DemoCenter demo;
    @Inject CenterDirectory directory;
    @Inject Catalog catalog;
    @Inject StaffAccounts accounts;
    @Inject DeviceRegistry devices;

    @Test
    void the_demo_center_is_a_realistic_provincial_center() {
        Center center = demo.install();

        assertThat(center.name()).isEqualTo("Trung tâm Phục vụ Hành chính công tỉnh Long An");
        assertThat(catalog.agencies()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(catalog.fields()).hasSizeGreaterThanOrEqualTo(10);
        List<Procedure> procedures = catalog.procedures();
        assertThat(procedures).hasSizeGreaterThanOrEqualTo(40);
        assertThat(procedures).allSatisfy(p -> {
            assertThat(p.onlineLevel()).isBetween(1, 4);
            assertThat(p.processingDays()).isPositive();
            assertThat(p.requiredDocumentList()).isNotEmpty();
        });
        List<ServiceGroup> groups = directory.serviceGroups(center.id());
        assertThat(groups).extracting(ServiceGroup::prefix).containsExactly("A", "B", "C", "D", "E", "F");
        assertThat(groups).allSatisfy(g -> assertThat(catalog.proceduresOfServiceGroup(g.id())).isNotEmpty());
        List<CounterOverview> counters = directory.counters(center.id());
        assertThat(counters).hasSize(12);
        assertThat(counters).allSatisfy(c -> assertThat(c.serves()).isNotEmpty());
    }

    @Test
    void vietnamese_text_survives_the_database_with_every_diacritic() {
        demo.install();

        assertThat(catalog.procedures()).extracting(Procedure::name)
                .anySatisfy(n -> assertThat(n).startsWith("Cấp Phiếu lý lịch tư pháp"));
        assertThat(catalog.fields()).extracting(f -> f.name()).contains("Đất đai", "Hộ tịch");
    }

    @Test
    void demo_logins_and_device_tokens_work_and_installing_twice_adds_nothing() {
        Center center = demo.install();
        int users = accounts.users().size();
        demo.install();

        assertThat(accounts.users()).hasSize(users).hasSize(14);
        assertThat(accounts.authenticate("officer12", "demo")).hasValueSatisfying(p -> {
            assertThat(p.role()).isEqualTo(Role.OFFICER);
            assertThat(p.centerId()).isEqualTo(center.id());
        });
        assertThat(accounts.authenticate("admin", "wrong")).isEmpty();
        assertThat(devices.authenticate("demo-kiosk-1")).hasValueSatisfying(d -> assertThat(d.type()).isEqualTo(DeviceType.KIOSK));
        assertThat(devices.authenticate("demo-board-1")).hasValueSatisfying(d -> assertThat(d.type()).isEqualTo(DeviceType.DISPLAY));
        assertThat(devices.authenticate("demo-rating-7")).hasValueSatisfying(d -> {
            assertThat(d.type()).isEqualTo(DeviceType.RATING);
            assertThat(directory.counter(d.counterId())).hasValueSatisfying(c -> assertThat(c.number()).isEqualTo(7));
        });
        assertThat(devices.devices(center.id())).hasSize(14);
        assertThat(devices.authenticate("demo-rating-13")).isEmpty();
    }
}
