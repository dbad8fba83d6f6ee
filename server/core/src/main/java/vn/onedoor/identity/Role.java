package vn.onedoor.identity;

/** Staff roles. Views and endpoints name them in {@code @RolesAllowed}. */
public enum Role {
    ADMIN,
    MANAGER,
    OFFICER
}
