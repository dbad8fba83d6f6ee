package vn.onedoor.display.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.annotation.Prototype;
import vn.onedoor.center.Center;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.center.CounterOverview;
import vn.onedoor.device.DevicePrincipal;
import vn.onedoor.device.DeviceType;
import vn.onedoor.device.DeviceView;
import vn.onedoor.identity.StaffPrincipal;

/** The wall board: every counter of the center with the number it serves (none until calls exist). */
@Route("display")
@Prototype
@DeviceView(DeviceType.DISPLAY)
public class BoardView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CenterDirectory directory;

    public BoardView(CenterDirectory directory) {
        this.directory = directory;
        addClassName("od-board");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        VaadinSession session = VaadinSession.getCurrent();
        directory.centerFor(session.getAttribute(DevicePrincipal.class), session.getAttribute(StaffPrincipal.class))
                .ifPresentOrElse(this::show, () -> add(new H1(getTranslation("common.no-center"))));
    }

    private void show(Center center) {
        Div grid = new Div();
        grid.addClassName("od-board-grid");
        for (CounterOverview c : directory.counters(center.id())) {
            Span number = new Span(getTranslation("board.no-ticket"));
            number.addClassName("od-number");
            Div cell = new Div(new Div(getTranslation("board.counter", c.counter().number())), number,
                    new Div(c.prefixes()));
            cell.addClassName("od-board-cell");
            grid.add(cell);
        }
        add(new H1(center.name()), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("board.title");
    }
}
