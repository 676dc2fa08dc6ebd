package org.mlcatalog.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mlcatalog.web.UnreadableText;

/**
 * Refuses a token whose subject the catalog could not record as the author of a change (the
 * 1 to 200 characters of V19__entry_audit.sql, none of them NUL), before the change is read:
 * every write is then recorded under the name its token carries.
 */
@ApplicationScoped
public class RecordableSubjects implements SecurityIdentityAugmentor {

    private static final int MAX_LENGTH = 200;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || recordable(identity.getPrincipal().getName())) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().failure(new AuthenticationFailedException("The token's subject cannot be recorded"));
    }

    /** Whether the name fits the author columns: 1 to 200 characters, none of them NUL. */
    public static boolean recordable(String subject) {
        return subject != null
                && !subject.isEmpty()
                && subject.codePointCount(0, subject.length()) <= MAX_LENGTH
                && UnreadableText.storable(subject);
    }
}
