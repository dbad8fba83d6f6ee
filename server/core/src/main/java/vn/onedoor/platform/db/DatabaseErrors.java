package vn.onedoor.platform.db;

import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.onedoor.platform.rules.Rejection;

/**
 * What a failed statement means for the caller: the data was refused (a 4xx with a code that says
 * what), or the database failed (503). MariaDB's error numbers and messages name the key or the
 * column.
 */
public final class DatabaseErrors {

    private static final Pattern KEY = Pattern.compile("for key '(?:[^'.]*\\.)?([^']+)'");
    private static final Pattern CONSTRAINT = Pattern.compile("CONSTRAINT `([^`]+)`");
    private static final Pattern COLUMN = Pattern.compile("column '([^']+)'|Column '([^']+)'");

    private DatabaseErrors() {}

    /** The exception to throw for {@code e}. */
    public static RuntimeException translate(SQLException e) {
        switch (e.getErrorCode()) {
            case 1062: // duplicate entry for a unique key
                return new ConstraintViolated(Rejection.Kind.CONFLICT, "DUPLICATE", find(KEY, e), e);
            case 1451: // a row another row refers to
                return new ConstraintViolated(Rejection.Kind.CONFLICT, "IN_USE", find(CONSTRAINT, e), e);
            case 1452: // a reference to a row that is not there
                return new ConstraintViolated(Rejection.Kind.INVALID, "REFERENCE_NOT_FOUND", find(CONSTRAINT, e), e);
            case 4025: // a CHECK constraint
                return new ConstraintViolated(Rejection.Kind.INVALID, "CHECK_FAILED", find(CONSTRAINT, e), e);
            case 1406: // data too long for a column
                return Rejection.invalidField(find(COLUMN, e), "VALUE_TOO_LONG", e.getMessage(), find(COLUMN, e));
            case 1048: // a column that cannot be null
                return Rejection.invalidField(find(COLUMN, e), "VALUE_REQUIRED", e.getMessage(), find(COLUMN, e));
            case 1366: // a character the column's character set cannot hold
                return Rejection.invalidField(find(COLUMN, e), "INVALID_CHARACTERS", e.getMessage(), find(COLUMN, e));
            default:
                if (e instanceof SQLIntegrityConstraintViolationException) {
                    return new ConstraintViolated(Rejection.Kind.CONFLICT, "DUPLICATE", "?", e);
                }
                if (e instanceof SQLDataException) {
                    return Rejection.invalid("INVALID_VALUE", e.getMessage(), "?");
                }
                return new StorageFailure(e);
        }
    }

    private static String find(Pattern pattern, SQLException e) {
        Matcher m = pattern.matcher(String.valueOf(e.getMessage()));
        if (!m.find()) {
            return "?";
        }
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return "?";
    }
}
