package org.yjhub.localinfra.jwt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * A development RSA key pair kept as PEM files in a directory ({@code .yj/keys} for the local stack,
 * {@code target/test-keys} in tests; both git-ignored). Generated on first use; never used by a deployment, which
 * points the services at its own issuer's public key or JWKS ({@code YJ_JWT_PUBLIC_KEY_LOCATION}).
 */
public final class DevKeys {

    public static final String PRIVATE = "dev-private.pem";
    public static final String PUBLIC = "dev-public.pem";

    private final Path dir;

    public DevKeys(Path dir) {
        this.dir = dir;
    }

    /** Makes sure both files exist, generating a new pair if not; safe when several JVMs race. */
    public synchronized DevKeys ensure() {
        if (Files.exists(publicKey()) && Files.exists(privateKeyFile())) {
            return this;
        }
        try {
            Files.createDirectories(dir);
            KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
            gen.initialize(2048);
            KeyPair pair = gen.generateKeyPair();
            writeAtomically(privateKeyFile(), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            writeAtomically(publicKey(), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot generate a development key pair", e);
        }
    }

    public Path publicKey() {
        return dir.resolve(PUBLIC);
    }

    public Path privateKeyFile() {
        return dir.resolve(PRIVATE);
    }

    public PrivateKey privateKey() {
        try {
            String pem = Files.readString(privateKeyFile(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the development private key " + privateKeyFile(), e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private void writeAtomically(Path target, String content) throws IOException {
        Path tmp = Files.createTempFile(dir, "key", ".tmp");
        Files.writeString(tmp, content, StandardCharsets.US_ASCII);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
