package org.mlcatalog.security;

/** The roles a bearer token's {@code groups} claim can carry. */
public final class Roles {

    /** May create, change, delete and import entries. */
    public static final String CURATOR = "curator";

    /** May do what curators do, and manage specializations. */
    public static final String ADMIN = "admin";

    private Roles() {}
}
