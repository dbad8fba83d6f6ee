package vn.onedoor.platform.security;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import io.micronaut.transaction.TransactionOperations;

/**
 * Short signatures for public links (a ticket's QR code): whoever holds the link may read what it
 * points to, and nobody can walk the ids to read the others. The key lives in the database.
 */
@Singleton
public class LinkSigner {

    private static final String KEY_NAME = "public-links";
    private static final int SIGNATURE_CHARS = 12;

    private final TransactionOperations<Connection> transactions;
    private volatile byte[] key;

    public LinkSigner(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /** A URL-safe signature of {@code subject}, 12 characters (72 bits). */
    public String sign(String subject) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            byte[] digest = mac.doFinal(subject.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, SIGNATURE_CHARS);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    public boolean verify(String subject, String signature) {
        return signature != null && MessageDigest.isEqual(
                sign(subject).getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) {
                    key = loadOrCreate();
                }
                k = key;
            }
        }
        return k;
    }

    private byte[] loadOrCreate() {
        return transactions.executeWrite(status -> read(status.getConnection()));
    }

    private static byte[] read(Connection c) {
        try {
            // INSERT IGNORE: when two servers start at once, the first key written wins for both.
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT IGNORE INTO signing_key (name, key_value, created_at) VALUES (?, ?, ?)")) {
                ps.setString(1, KEY_NAME);
                ps.setBytes(2, Secrets.randomBytes(32));
                ps.setObject(3, LocalDateTime.now(ZoneOffset.UTC));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT key_value FROM signing_key WHERE name = ?")) {
                ps.setString(1, KEY_NAME);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getBytes(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the link signing key", e);
        }
    }
}
