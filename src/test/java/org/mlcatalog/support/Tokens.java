package org.mlcatalog.support;

import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

/** Bearer tokens for tests: valid ones signed with the run's key, and every way of being invalid. */
public final class Tokens {

    private Tokens() {}

    public static String curator() {
        return signed(
                "curator-alice",
                Set.of("curator"),
                TestKeys.ISSUER,
                Instant.now().plusSeconds(600),
                key());
    }

    /** A valid curator token whose subject is the given text, however odd. */
    public static String curatorNamed(String subject) {
        return signed(subject, Set.of("curator"), TestKeys.ISSUER, Instant.now().plusSeconds(600), key());
    }

    public static String admin() {
        return signed(
                "admin-bob", Set.of("admin"), TestKeys.ISSUER, Instant.now().plusSeconds(600), key());
    }

    /** Valid, but for a reader without any catalog role. */
    public static String reader() {
        return signed(
                "reader-carol", Set.of("reader"), TestKeys.ISSUER, Instant.now().plusSeconds(600), key());
    }

    public static String expired() {
        return signed(
                "curator-alice",
                Set.of("curator"),
                TestKeys.ISSUER,
                Instant.now().minusSeconds(3600),
                key());
    }

    public static String wrongIssuer() {
        return signed(
                "curator-alice",
                Set.of("curator"),
                "https://elsewhere.example",
                Instant.now().plusSeconds(600),
                key());
    }

    public static String wrongSignature() {
        return signed(
                "curator-alice",
                Set.of("curator"),
                TestKeys.ISSUER,
                Instant.now().plusSeconds(600),
                TestKeys.newKeyPair().getPrivate());
    }

    public static String garbage() {
        return "not-a-token";
    }

    private static String signed(String subject, Set<String> groups, String issuer, Instant expiry, PrivateKey key) {
        return Jwt.issuer(issuer)
                .subject(subject)
                .upn(subject)
                .groups(groups)
                .issuedAt(expiry.minusSeconds(1200))
                .expiresAt(expiry)
                .sign(key);
    }

    private static PrivateKey key() {
        try {
            String pem = Files.readString(TestKeys.PRIVATE_KEY)
                    .replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
