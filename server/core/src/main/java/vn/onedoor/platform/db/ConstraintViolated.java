package vn.onedoor.platform.db;

import java.sql.SQLException;
import vn.onedoor.platform.rules.Rejection;

/**
 * The database refused a change for its data: a unique key already taken ({@code DUPLICATE}), a
 * row still referred to ({@code IN_USE}), a reference to nothing ({@code REFERENCE_NOT_FOUND}) or
 * a check that failed ({@code CHECK_FAILED}). {@link #constraint()} names the key, which says what
 * collided; a caller that expects a race on a key catches this and runs again.
 */
public final class ConstraintViolated extends Rejection {

    private final String constraint;

    ConstraintViolated(Kind kind, String code, String constraint, SQLException cause) {
        super(kind, code, code + " on " + constraint + ": " + cause.getMessage(), constraint, constraint);
        this.constraint = constraint;
        initCause(cause);
    }

    /** The name of the key or constraint, e.g. {@code uq_ticket_idempotency}. */
    public String constraint() {
        return constraint;
    }
}
