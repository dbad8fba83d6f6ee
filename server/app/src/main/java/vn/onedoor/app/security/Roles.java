package vn.onedoor.app.security;

/** Role names as endpoints name them in {@code @Secured}. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String MANAGER = "MANAGER";
    public static final String OFFICER = "OFFICER";
    public static final String DEVICE = "DEVICE";
    /** An integrated one-stop system, signed in with an API key. */
    public static final String INTEGRATION = "INTEGRATION";

    private Roles() {}
}
