package org.yjhub.launcher.deploy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No private key, signed token or credential-bearing URL in the sources: the only signing key is the local
 * development key, generated on first use under the git-ignored {@code .yj/} (and {@code target/} in tests).
 */
class RepositorySecretsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", "target", ".yj", "node_modules", ".idea");
    private static final Pattern PRIVATE_KEY = Pattern.compile("-----BEGIN [A-Z ]*PRIVATE " + "KEY-----");
    /** A compact JWS: base64url header starting {"alg" or {"typ" / {"kid", a payload and a signature. */
    private static final Pattern SIGNED_TOKEN = Pattern.compile("eyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{20,}");
    private static final Pattern URL_WITH_PASSWORD = Pattern.compile("[a-z]+://[^/\\s:@]+:[^/\\s@$]+@");

    @Test
    void noSourceFileHoldsAPrivateKeyATokenOrACredentialInAUrl() throws IOException {
        List<String> findings = new ArrayList<>();
        int scanned = 0;
        for (Path file : files()) {
            String text = Files.readString(file, StandardCharsets.ISO_8859_1);
            scanned++;
            String name = ROOT.relativize(file).toString();
            if (PRIVATE_KEY.matcher(text).find()) {
                findings.add(name + ": a private key");
            }
            if (SIGNED_TOKEN.matcher(text).find()) {
                findings.add(name + ": a signed token");
            }
            if (URL_WITH_PASSWORD.matcher(text).find()) {
                findings.add(name + ": a URL with a password");
            }
        }
        assertThat(scanned).as("files scanned").isGreaterThan(200);
        assertThat(findings).isEmpty();
    }

    @Test
    void theDevelopmentKeyDirectoriesAreIgnoredByGit() throws IOException {
        List<String> ignored = Files.readAllLines(ROOT.resolve(".gitignore"));
        assertThat(ignored).contains(".yj/", "target/");
    }

    /** Every file under the repository root, not descending into build output, git's store or local stack data. */
    private static List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(ROOT, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return SKIPPED_DIRECTORIES.contains(dir.getFileName().toString()) ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && attrs.size() < 5_000_000) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }
}
