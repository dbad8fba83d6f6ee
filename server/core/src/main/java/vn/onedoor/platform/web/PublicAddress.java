package vn.onedoor.platform.web;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * The address citizens reach the server by, for links printed in QR codes: {@code onedoor.public-url}
 * when set, otherwise the address the current request came to (fine in a hall's own network).
 */
@Singleton
public class PublicAddress {

    private final String configured;

    PublicAddress(@Value("${onedoor.public-url:}") String configured) {
        this.configured = strip(configured);
    }

    /** The configured address, or {@code requestBase} (e.g. {@code http://10.0.0.5:8080}) without one. */
    public String or(String requestBase) {
        return configured.isBlank() ? strip(requestBase) : configured;
    }

    /** The base of a servlet request: scheme, host, port and context path. */
    public String of(String scheme, String host, int port, String contextPath) {
        return or(scheme + "://" + host + ":" + port + (contextPath == null ? "" : contextPath));
    }

    private static String strip(String url) {
        return url == null ? "" : url.strip().replaceAll("/+$", "");
    }
}
