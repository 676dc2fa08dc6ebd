package org.mlcatalog.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * A key pair made for each test run, never committed: the service verifies tokens with its public
 * half, and {@link Tokens} signs them with the private half.
 */
public class TestKeys implements QuarkusTestResourceLifecycleManager {

    static final Path DIRECTORY = Path.of("target", "test-keys");
    static final Path PRIVATE_KEY = DIRECTORY.resolve("private.pem");
    static final Path PUBLIC_KEY = DIRECTORY.resolve("public.pem");
    public static final String ISSUER = "https://issuer.test.ml-catalog";

    @Override
    public Map<String, String> start() {
        try {
            KeyPair pair = newKeyPair();
            Files.createDirectories(DIRECTORY);
            Files.writeString(PRIVATE_KEY, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(PUBLIC_KEY, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "mp.jwt.verify.publickey.location",
                PUBLIC_KEY.toAbsolutePath().toString(),
                "mp.jwt.verify.issuer",
                ISSUER);
    }

    @Override
    public void stop() {}

    static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
