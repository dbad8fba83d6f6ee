package vn.onedoor.app.api;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

/**
 * The address citizens reach the server by, for the links printed in QR codes:
 * {@code onedoor.public-url} when set, otherwise the Host this request came to.
 */
@Singleton
public class PublicUrl {

    private final String configured;

    PublicUrl(@Value("${onedoor.public-url:}") String configured) {
        this.configured = configured.replaceAll("/+$", "");
    }

    public String base(HttpRequest<?> request) {
        if (!configured.isBlank()) {
            return configured;
        }
        String host = request.getHeaders().get(HttpHeaders.HOST);
        if (host == null || !host.matches("[A-Za-z0-9.:\\[\\]-]{1,255}")) {
            host = request.getServerAddress().getHostString() + ":" + request.getServerAddress().getPort();
        }
        return (request.isSecure() ? "https://" : "http://") + host;
    }
}
