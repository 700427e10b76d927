package org.travaux.bench.harness;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The PDFs of an end-to-end run: a deterministic sample of the corpus's PDFs, hard-linked (copied when a link is
 * refused) into a folder of their own under their corpus-relative paths, so that Travaux sees the same collections.
 * Files whose bytes repeat an earlier one (in path order) are left out: Travaux would index a repeat as a duplicate
 * without extracting it while Tika alone would parse it again, and the two must do the same work.
 */
final class PdfSample {
    static final long SEED = 42;

    private PdfSample() {
    }

    /** 30 PDFs at scale 0.1, 200 at 1, all of them at 10. */
    static int size(String scale) {
        return switch (scale) {
            case "0.1" -> 30;
            case "1" -> 200;
            case "10" -> Integer.MAX_VALUE;
            default -> throw new IllegalArgumentException("scale must be 0.1, 1 or 10, was " + scale);
        };
    }

    /**
     * Corpus-relative paths: every distinct PDF sorted by path, shuffled with {@link #SEED}, the first {@code n}
     * kept and sorted again (so a run reads them in path order, as the Travaux walk does).
     */
    static List<String> pick(Path corpus, int n) throws IOException {
        List<String> all = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(corpus)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf"))
                    .forEach(p -> all.add(corpus.relativize(p).toString()));
        }
        Collections.sort(all);
        Set<String> seen = new HashSet<>();
        List<String> distinct = new ArrayList<>();
        for (String p : all) {
            if (seen.add(sha256(corpus.resolve(p)))) {
                distinct.add(p);
            }
        }
        if (distinct.isEmpty()) {
            throw new IllegalStateException("no PDF under " + corpus);
        }
        Collections.shuffle(distinct, new Random(SEED));
        List<String> picked = new ArrayList<>(distinct.subList(0, Math.min(n, distinct.size())));
        Collections.sort(picked);
        return picked;
    }

    /** Recreates {@code dir} with the picked files; returns their absolute paths there. */
    static List<Path> materialize(Path corpus, List<String> picked, Path dir) throws IOException {
        deleteTree(dir);
        List<Path> out = new ArrayList<>();
        boolean warned = false;
        for (String p : picked) {
            Path target = dir.resolve(p).toAbsolutePath();
            Files.createDirectories(target.getParent());
            try {
                Files.createLink(target, corpus.resolve(p));
            } catch (IOException | UnsupportedOperationException e) {
                // another file system, or links refused: a copy reads the same bytes, it only costs space
                if (!warned) {
                    System.err.println("e2e: cannot hard-link into " + dir + " (" + e + "), copying instead");
                    warned = true;
                }
                Files.copy(corpus.resolve(p), target);
            }
            out.add(target);
        }
        return out;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Collections.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int r; (r = in.read(buf)) > 0; ) {
                md.update(buf, 0, r);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
