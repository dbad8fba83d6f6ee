package vn.onedoor.dossier;

import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import vn.onedoor.dossier.internal.CatalogFacts;
import vn.onedoor.dossier.internal.DossierTx;
import vn.onedoor.platform.rules.Rejection;
import vn.onedoor.platform.security.Secrets;

/**
 * API keys of integrated one-stop systems. A key is 256 random bits shown once when made; only
 * its SHA-256 is stored, so a copy of the database does not let anyone push dossiers.
 */
@Singleton
public class IntegrationKeys {

    private final DossierTx tx;
    private final CatalogFacts facts;
    private final Clock clock;

    IntegrationKeys(DossierTx tx, CatalogFacts facts, Clock clock) {
        this.tx = tx;
        this.facts = facts;
        this.clock = clock;
    }

    /** The system a key belongs to. */
    public record Client(long keyId, long centerId, String name) {}

    /** A new key: {@code key} is the secret, shown this once. */
    public record Issued(Client client, String key) {}

    public Issued create(long centerId, String name) {
        facts.center(centerId);
        if (name == null || name.isBlank() || name.length() > 255) {
            throw Rejection.invalid("INVALID_NAME", "A name of 1 to 255 characters");
        }
        String key = "odk_" + Secrets.newToken();
        long id = tx.write((c, events) -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO integration_key (center_id, name, key_hash, "
                    + "created_at) VALUES (?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, centerId);
                ps.setString(2, name.strip());
                ps.setString(3, Secrets.sha256Hex(key));
                ps.setObject(4, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                ps.executeUpdate();
                try (ResultSet rs = ps.getGeneratedKeys()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
        return new Issued(new Client(id, centerId, name.strip()), key);
    }

    public Optional<Client> authenticate(String key) {
        if (key == null || key.isBlank() || key.length() > 200) {
            return Optional.empty();
        }
        return tx.read((c, events) -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, center_id, name FROM integration_key WHERE key_hash = ? AND enabled")) {
                ps.setString(1, Secrets.sha256Hex(key.strip()));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Client(rs.getLong(1), rs.getLong(2), rs.getString(3)))
                            : Optional.<Client>empty();
                }
            }
        });
    }

    public void disable(long keyId) {
        tx.write((c, events) -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE integration_key SET enabled = FALSE WHERE id = ?")) {
                ps.setLong(1, keyId);
                return ps.executeUpdate();
            }
        });
    }
}
