package vn.onedoor.device;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import vn.onedoor.device.internal.PairingCode;
import vn.onedoor.device.internal.PairingCodeRepository;
import vn.onedoor.platform.security.Secrets;

/**
 * The administrator creates a device and reads a one-time code off the screen; the agent on the
 * hall PC exchanges it for the device's token. Codes are 8 characters without look-alikes (no 0/O,
 * 1/I/L), live 15 minutes, are stored as SHA-256 only and die at first use.
 */
@Singleton
public class Pairing {

    public static final Duration VALID_FOR = Duration.ofMinutes(15);
    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PairingCodeRepository codes;
    private final DeviceRegistry registry;
    private final Clock clock;

    Pairing(PairingCodeRepository codes, DeviceRegistry registry, Clock clock) {
        this.codes = codes;
        this.registry = registry;
        this.clock = clock;
    }

    public record Code(String code, Instant expiresAt) {}

    public record Paired(DevicePrincipal device, String token) {}

    /** A new code for the device; an earlier unused code of the same device stops working. */
    @Transactional
    public Code issue(long deviceId) {
        registry.find(deviceId).orElseThrow(() -> new IllegalArgumentException("No device " + deviceId));
        codes.deleteByDeviceId(deviceId);
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        Instant expiresAt = clock.instant().plus(VALID_FOR);
        codes.save(new PairingCode(Secrets.sha256Hex(code.toString()), deviceId, expiresAt));
        return new Code(code.toString(), expiresAt);
    }

    /** Exchanges a code for a fresh device token; empty for an unknown, used or expired code. */
    @Transactional
    public Optional<Paired> redeem(String typed) {
        String code = normalize(typed);
        if (code.length() != LENGTH) {
            return Optional.empty();
        }
        Optional<PairingCode> found = codes.findById(Secrets.sha256Hex(code));
        found.ifPresent(codes::delete);
        return found.filter(c -> c.expiresAt().isAfter(clock.instant()))
                .flatMap(c -> registry.find(c.deviceId()))
                .filter(Device::enabled)
                .map(d -> new Paired(d.principal(), registry.rotateToken(d.id())));
    }

    /** People type codes with spaces, dashes and lower case. */
    static String normalize(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
