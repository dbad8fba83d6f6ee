package vn.onedoor.app.vaadin;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import vn.onedoor.center.CenterDirectory;

/**
 * The server's front page: where a citizen looks up a dossier or the published results, and where
 * staff sign in. Kiosks, boards and counters have addresses of their own.
 */
@Route("")
@Prototype
@AnonymousAllowed
public class HomeView extends Div implements HasDynamicTitle {

    public HomeView(CenterDirectory directory) {
        addClassName("od-home");
        String name = directory.defaultCenter().map(c -> c.name()).orElse(getTranslation("home.product"));
        add(new H1(name), new Paragraph(getTranslation("home.intro")));
        add(link("/hs", "home.lookup"), link("/thong-ke", "home.results"), link("/login", "home.staff"));
    }

    private Anchor link(String href, String key) {
        Anchor a = new Anchor(href, getTranslation(key));
        a.getElement().setAttribute("router-ignore", true);
        a.addClassName("od-home-link");
        return a;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.product");
    }
}
