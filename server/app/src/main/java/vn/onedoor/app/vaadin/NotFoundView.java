package vn.onedoor.app.vaadin;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An address inside the app that has no screen: a page in the person's language with a way home,
 * instead of Vaadin's English "Could not navigate to". (An unknown address typed into the browser
 * is answered 404 by {@link OneDoorVaadinServlet} before Vaadin is involved.)
 */
@AnonymousAllowed
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("od-not-found");
        Anchor home = new Anchor("/", getTranslation("public.notfound.home"));
        home.getElement().setAttribute("router-ignore", true);
        add(new H1(getTranslation("public.notfound.title")), new Paragraph(getTranslation("public.notfound.text")), home);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
