package vn.onedoor.app.api;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import vn.onedoor.platform.web.PublicAddress;

/**
 * The address citizens reach the server by, for the links printed in QR codes:
 * {@code onedoor.public-url} when set, otherwise the Host this request came to.
 */
@Singleton
public class PublicUrl {

    private final PublicAddress address;

    PublicUrl(PublicAddress address) {
        this.address = address;
    }

    public String base(HttpRequest<?> request) {
        String host = request.getHeaders().get(HttpHeaders.HOST);
        if (host == null || !host.matches("[A-Za-z0-9.:\\[\\]-]{1,255}")) {
            host = request.getServerAddress().getHostString() + ":" + request.getServerAddress().getPort();
        }
        return address.or((request.isSecure() ? "https://" : "http://") + host);
    }
}
