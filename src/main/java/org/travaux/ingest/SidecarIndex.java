package org.travaux.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.travaux.understand.Sidecars;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The metadata sidecars of one ingested folder: every {@code catalog.csv} (its first column names files relative to
 * its own folder) and every {@code <file>.meta.json}, which is closer to its file and so wins over a catalogue.
 * A sidecar's fields override what understanding reads from the text; their hash is part of what makes a file
 * "changed", so editing a catalogue re-reads exactly the files whose rows changed.
 */
final class SidecarIndex {
    private static final Logger LOG = LoggerFactory.getLogger(SidecarIndex.class);
    static final String CATALOG = "catalog.csv";
    static final String META_SUFFIX = ".meta.json";

    /** The fields that apply to one file, their fingerprint, and the sidecar(s) they came from. */
    record Entry(Map<String, String> fields, String hash, List<String> origins) {
    }

    private final Map<String, Entry> byFile = new HashMap<>();
    private final Map<String, String> problems = new HashMap<>();
    private final Map<String, Integer> applied = new HashMap<>();

    static boolean isSidecar(String relative) {
        String name = relative.substring(relative.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return name.equals(CATALOG) || name.endsWith(META_SUFFIX);
    }

    /** Reads every sidecar among {@code relativePaths} (relative to {@code root}, '/' separated). */
    static SidecarIndex build(Path root, List<String> relativePaths) {
        SidecarIndex index = new SidecarIndex();
        Map<String, Map<String, String>> catalogued = new TreeMap<>();
        Map<String, String> catalogOrigin = new HashMap<>();
        Map<String, Map<String, String>> beside = new TreeMap<>();
        for (String relative : relativePaths) {
            if (!isSidecar(relative)) {
                continue;
            }
            String folder = relative.contains("/") ? relative.substring(0, relative.lastIndexOf('/') + 1) : "";
            try {
                String text = Files.readString(root.resolve(relative), StandardCharsets.UTF_8);
                if (relative.toLowerCase(Locale.ROOT).endsWith(CATALOG)) {
                    for (Map.Entry<String, Map<String, String>> row : Sidecars.parseCatalog(text).entrySet()) {
                        catalogued.put(folder + row.getKey(), row.getValue());
                        catalogOrigin.put(folder + row.getKey(), relative);
                    }
                } else {
                    String target = relative.substring(0, relative.length() - META_SUFFIX.length());
                    beside.put(target, Sidecars.parseMetaJson(text));
                }
                index.applied.put(relative, 0);
            } catch (IOException | RuntimeException e) {
                LOG.warn("cannot read sidecar {}: {}", relative, e.getMessage());
                index.problems.put(relative, e.getMessage() == null ? e.toString() : e.getMessage());
            }
        }
        for (Map.Entry<String, Map<String, String>> e : catalogued.entrySet()) {
            Map<String, String> fields = new LinkedHashMap<>(e.getValue());
            List<String> origins = List.of(catalogOrigin.get(e.getKey()));
            Map<String, String> meta = beside.remove(e.getKey());
            if (meta != null) {
                fields.putAll(meta);
                origins = List.of(origins.get(0), e.getKey() + META_SUFFIX);
            }
            index.put(e.getKey(), fields, origins);
        }
        for (Map.Entry<String, Map<String, String>> e : beside.entrySet()) {
            index.put(e.getKey(), e.getValue(), List.of(e.getKey() + META_SUFFIX));
        }
        return index;
    }

    private void put(String file, Map<String, String> fields, List<String> origins) {
        byFile.put(file, new Entry(Map.copyOf(fields), fingerprint(fields), origins));
    }

    Optional<Entry> forFile(String relative) {
        Entry e = byFile.get(relative);
        if (e != null) {
            for (String origin : e.origins()) {
                applied.merge(origin, 1, Integer::sum);
            }
        }
        return Optional.ofNullable(e);
    }

    /** Why a sidecar could not be read, or empty when it was read. */
    Optional<String> problem(String sidecar) {
        return Optional.ofNullable(problems.get(sidecar));
    }

    /** How many files a sidecar gave metadata to (call after every file was looked up). */
    int appliedCount(String sidecar) {
        return applied.getOrDefault(sidecar, 0);
    }

    private static String fingerprint(Map<String, String> fields) {
        StringBuilder canonical = new StringBuilder();
        new TreeMap<>(fields).forEach((k, v) -> canonical.append(k).append('=').append(v).append('\n'));
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }
}
