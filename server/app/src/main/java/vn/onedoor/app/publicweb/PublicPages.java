package vn.onedoor.app.publicweb;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The frame of the light public pages for phones: plain HTML, no script, no session. */
final class PublicPages {

    private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:0;padding:1.2rem;color:#1a1a1a;"
            + "max-width:40rem;margin:auto}h1{font-size:1.4rem;color:#0b4f9c}dl{display:grid;grid-template-columns:"
            + "max-content 1fr;gap:.4rem 1rem}dt{color:#555}dd{margin:0;font-weight:600}.s{font-size:1.3rem;font-weight:800;"
            + "color:#0b4f9c}.n{background:#eef5ff;border-left:4px solid #0b4f9c;padding:.8rem;margin:1rem 0}"
            + ".e{background:#fff3f0;border-left:4px solid #b3261e;padding:.8rem}input{font-size:1.1rem;padding:.5rem;"
            + "width:100%;box-sizing:border-box}button{font-size:1.1rem;padding:.5rem 1.2rem;margin-top:.5rem}"
            + "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.4rem;text-align:right}"
            + "td:first-child,th:first-child{text-align:left}.big{font-size:3rem;font-weight:800;color:#0b4f9c}"
            + ".m{color:#666;font-size:.9rem}";

    private PublicPages() {}

    static void send(HttpServletResponse resp, int status, Locale locale, String title, String body) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/html;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.setHeader("X-Robots-Tag", "noindex");
        String html = "<!doctype html><html lang=" + locale.getLanguage() + "><head><meta charset=utf-8>"
                + "<meta name=viewport content='width=device-width,initial-scale=1'><title>" + escape(title)
                + "</title><style>" + STYLE + "</style></head><body><h1>" + escape(title) + "</h1>" + body + "</body></html>";
        resp.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }

    static String escape(String s) {
        return TicketPageServlet.escape(s == null ? "" : s);
    }
}
