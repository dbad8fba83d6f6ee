package vn.onedoor.app.vaadin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LoginFormKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import io.micronaut.context.BeanContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.onedoor.app.DemoServerTest;
import vn.onedoor.counter.ui.AdminView;
import vn.onedoor.counter.ui.CounterView;
import vn.onedoor.counter.ui.LoginView;
import vn.onedoor.counter.ui.ManageView;
import vn.onedoor.display.ui.BoardView;
import vn.onedoor.kiosk.ui.DeviceRequiredView;
import vn.onedoor.kiosk.ui.KioskView;
import vn.onedoor.kiosk.ui.RatingView;

/** Every screen's logic without a browser, on the demo center in a real MariaDB. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ViewsTest implements DemoServerTest {

    @Inject BeanContext beans;

    @BeforeEach
    void setUp() {
        MicronautMockVaadin.setup(beans);
    }

    @AfterEach
    void tearDown() {
        MicronautMockVaadin.tearDown();
    }

    private static Component currentView() {
        return (Component) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

    private static List<String> tileTexts() {
        return _find(NativeButton.class, spec -> spec.withClasses("od-tile")).stream()
                .map(d -> d.getElement().getTextRecursively()).toList();
    }

    @Test
    void the_kiosk_of_a_kiosk_device_shows_the_centers_service_groups_in_vietnamese() {
        UI.getCurrent().navigate("kiosk", QueryParameters.of("device", "demo-kiosk-1"));

        assertThat(currentView()).isInstanceOf(KioskView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Trung tâm Phục vụ Hành chính công tỉnh Long An");
        _click(_get(NativeButton.class, spec -> spec.withId("door-take")));
        assertThat(_get(H2.class).getText()).isEqualTo("Chọn dịch vụ để lấy số");
        assertThat(tileTexts()).hasSize(6).first().asString().contains("A", "Tư pháp – Hộ tịch", "thủ tục");
    }

    @Test
    void the_english_switch_changes_the_screen_language_but_not_the_data() {
        UI.getCurrent().navigate("kiosk", QueryParameters.simple(Map.of("device", "demo-kiosk-1", "lang", "en")));

        _click(_get(NativeButton.class, spec -> spec.withId("door-take")));
        assertThat(_get(H2.class).getText()).isEqualTo("Choose a service");
        assertThat(tileTexts().get(0)).contains("Tư pháp – Hộ tịch", "procedures");
    }

    @Test
    void device_screens_refuse_a_missing_or_wrong_device_token() {
        UI.getCurrent().navigate("kiosk");
        assertThat(currentView()).isInstanceOf(DeviceRequiredView.class);

        UI.getCurrent().navigate("display", QueryParameters.of("device", "demo-kiosk-1"));
        assertThat(currentView()).isInstanceOf(DeviceRequiredView.class);

        UI.getCurrent().navigate("display", QueryParameters.of("device", "demo-board-1"));
        assertThat(currentView()).isInstanceOf(BoardView.class);
        assertThat(_find(Div.class, spec -> spec.withClasses("od-board-cell"))).hasSize(12);
    }

    @Test
    void the_rating_terminal_knows_its_counter() {
        UI.getCurrent().navigate("rating", QueryParameters.of("device", "demo-rating-5"));

        assertThat(currentView()).isInstanceOf(RatingView.class);
        assertThat(_get(H2.class).getText()).contains("Quầy 5");
    }

    @Test
    void staff_screens_ask_for_sign_in_and_a_manager_lands_on_the_dashboard() {
        UI.getCurrent().navigate("manage");
        assertThat(currentView()).isInstanceOf(LoginView.class);

        LoginFormKt._login(_get(LoginForm.class), "manager", "wrong");
        assertThat(currentView()).isInstanceOf(LoginView.class);
        assertThat(_get(LoginForm.class).isError()).isTrue();

        LoginFormKt._login(_get(LoginForm.class), "manager", "demo");
        assertThat(currentView()).isInstanceOf(ManageView.class);
        assertThat(_find(Grid.class)).as("groups, counters and citizens' comments").hasSize(3);
        assertThat(_find(Grid.class).get(0).getGenericDataView().getItems().count()).isEqualTo(6);

        UI.getCurrent().navigate("admin");
        assertThat(currentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void an_officer_sees_the_counters_and_an_admin_the_accounts_and_devices() {
        UI.getCurrent().navigate("counter");
        LoginFormKt._login(_get(LoginForm.class), "officer1", "demo");
        assertThat(currentView()).isInstanceOf(CounterView.class);
        assertThat(_get(Grid.class).getGenericDataView().getItems().count()).isEqualTo(12);

        UI.getCurrent().getSession().setAttribute(vn.onedoor.identity.StaffPrincipal.class, null);
        UI.getCurrent().navigate("admin", com.vaadin.flow.router.QueryParameters.of("tab", "staff"));
        LoginFormKt._login(_get(LoginForm.class), "admin", "demo");
        assertThat(currentView()).isInstanceOf(AdminView.class);
        // the demo center's accounts, read a page at a time
        Grid<?> staff = _get(Grid.class, spec -> spec.withId("staff-grid"));
        assertThat(staff.getDataCommunicator().getItemCount()).isEqualTo(13);
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(
                _get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withLabel("Mọi trung tâm")), true);
        assertThat(staff.getDataCommunicator().getItemCount()).as("and the installation's administrator").isEqualTo(14);
        UI.getCurrent().navigate("admin", com.vaadin.flow.router.QueryParameters.of("tab", "devices"));
        assertThat(_find(Grid.class).get(0).getGenericDataView().getItems().count()).isEqualTo(14);
    }
}
