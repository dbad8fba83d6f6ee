package vn.onedoor.app;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the launcher was asked for, from arguments first, then the environment:
 * {@code --demo}, {@code --port=N} / {@code ONEDOOR_PORT}, {@code --data-dir=D} / {@code ONEDOOR_DATA_DIR},
 * {@code --admin-password=P} / {@code ONEDOOR_ADMIN_PASSWORD}, and an external database through
 * {@code DATASOURCES_DEFAULT_URL} (Micronaut's own variable).
 */
record LaunchOptions(boolean demo, int port, Path dataDir, Optional<String> adminPassword,
        Optional<String> externalDatabaseUrl) {

    static LaunchOptions parse(String[] args, Map<String, String> env) {
        Map<String, String> flags = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("Unknown argument: " + arg);
            }
            int eq = arg.indexOf('=');
            flags.put(eq < 0 ? arg.substring(2) : arg.substring(2, eq), eq < 0 ? "true" : arg.substring(eq + 1));
        }
        boolean demo = Boolean.parseBoolean(flags.getOrDefault("demo", env.getOrDefault("ONEDOOR_DEMO", "false")));
        String port = flags.getOrDefault("port", env.getOrDefault("ONEDOOR_PORT", "8080"));
        String dataDir = flags.getOrDefault("data-dir", env.getOrDefault("ONEDOOR_DATA_DIR", "data"));
        Optional<String> password = Optional.ofNullable(
                flags.getOrDefault("admin-password", env.get("ONEDOOR_ADMIN_PASSWORD"))).filter(p -> !p.isBlank());
        Optional<String> url = Optional.ofNullable(env.get("DATASOURCES_DEFAULT_URL"))
                .or(() -> Optional.ofNullable(System.getProperty("datasources.default.url")))
                .filter(u -> !u.isBlank());
        flags.keySet().removeAll(java.util.Set.of("demo", "port", "data-dir", "admin-password"));
        if (!flags.isEmpty()) {
            throw new IllegalArgumentException("Unknown option(s): --" + String.join(", --", flags.keySet()));
        }
        int portNumber;
        try {
            portNumber = Integer.parseInt(port);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Port must be a number: " + port);
        }
        if (portNumber < 0 || portNumber > 65535) {
            throw new IllegalArgumentException("Port out of range: " + port);
        }
        return new LaunchOptions(demo, portNumber, Path.of(dataDir), password, url);
    }
}
