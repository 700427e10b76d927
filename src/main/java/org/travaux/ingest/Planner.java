package org.travaux.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.travaux.ingest.PlannedFile.Action;
import org.travaux.model.DocumentIds;
import org.travaux.model.FileRecord;
import org.travaux.model.Outcome;
import org.travaux.model.SourceFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides, before any extraction, what each file needs: nothing (unchanged), extraction, or a duplicate record;
 * which files are sidecars of others; and which known files are gone. Content is hashed only when size or time
 * changed, which keeps a re-run over an unchanged corpus to a walk and a stat per file.
 */
final class Planner {
    private static final Logger LOG = LoggerFactory.getLogger(Planner.class);

    record Plan(List<PlannedFile> files, List<FileRecord> gone) {
    }

    private final Map<String, FileRecord> known;
    private final int pipeline;
    private final boolean retryFailed;

    Planner(Map<String, FileRecord> known, int pipeline, boolean retryFailed) {
        this.known = known;
        this.pipeline = pipeline;
        this.retryFailed = retryFailed;
    }

    Plan plan(List<Path> roots) throws IOException {
        List<Found> found = new ArrayList<>();
        Set<String> rootKeys = new HashSet<>();
        for (Path root : roots) {
            if (rootKeys.add(root.toString())) {
                found.addAll(inspectRoot(root));
            }
        }
        Map<String, String> primaries = choosePrimaries(found);
        List<PlannedFile> planned = new ArrayList<>(found.size());
        Set<String> seen = new HashSet<>();
        for (Found f : found) {
            seen.add(f.id);
            planned.add(decide(f, primaries));
        }
        List<FileRecord> gone = new ArrayList<>();
        for (FileRecord r : known.values()) {
            if (rootKeys.contains(r.source().root()) && !seen.contains(r.id())) {
                gone.add(r);
            }
        }
        return new Plan(planned, gone);
    }

    private List<Found> inspectRoot(Path root) throws IOException {
        String rootName = root.getFileName() == null ? "root" : root.getFileName().toString();
        List<Path> files = FileWalker.walk(root);
        List<String> relatives = new ArrayList<>(files.size());
        for (Path file : files) {
            relatives.add(root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"));
        }
        SidecarIndex sidecars = SidecarIndex.build(root, relatives);
        List<Found> found = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            found.add(inspect(root, rootName, files.get(i), relatives.get(i), sidecars));
        }
        // sidecars are settled last: their reason counts the files they gave metadata to
        for (int i = 0; i < found.size(); i++) {
            if (SidecarIndex.isSidecar(relatives.get(i)) && found.get(i).error == null) {
                found.set(i, found.get(i).asSidecar(sidecars, relatives.get(i)));
            }
        }
        return found;
    }

    /** What is known of one file before deciding: its stat, hash, sidecar and whether it changed. */
    private record Found(Path file, String rootName, String id, SourceFile source, FileRecord known,
                         boolean unchanged, String error, Action fixedAction, SidecarIndex.Entry sidecar) {

        Found asSidecar(SidecarIndex sidecars, String relative) {
            String problem = sidecars.problem(relative).orElse(null);
            String reason = problem != null ? "unreadable metadata sidecar: " + problem
                    : "metadata sidecar (not a document): gave fields to " + sidecars.appliedCount(relative) + " files";
            return new Found(file, rootName, id, source, known, false, reason, Action.SIDECAR, null);
        }

        String sidecarHash() {
            return sidecar == null ? "" : sidecar.hash();
        }
    }

    private Found inspect(Path root, String rootName, Path file, String relative, SidecarIndex sidecars) {
        String id = DocumentIds.of(rootName, relative);
        FileRecord before = known.get(id);
        String skip = FileWalker.skipReason(relative);
        if (skip != null) {
            return new Found(file, rootName, id, new SourceFile(root.toString(), relative, 0, 0, ""), before, false,
                    skip, Action.SKIPPED, null);
        }
        SidecarIndex.Entry sidecar = sidecars.forFile(relative).orElse(null);
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            long size = attrs.size();
            long modified = attrs.lastModifiedTime().toMillis();
            boolean sameStat = before != null && before.source().root().equals(root.toString())
                    && before.source().size() == size && before.source().modified() == modified;
            String hash = sameStat ? before.source().sha256() : ContentHash.sha256(file);
            String sidecarHash = sidecar == null ? "" : sidecar.hash();
            boolean unchanged = before != null && before.source().sha256().equals(hash)
                    && before.source().root().equals(root.toString()) && before.pipeline() == pipeline
                    && before.sidecarHash().equals(sidecarHash)
                    && !(retryFailed && (before.outcome() == Outcome.TIMEOUT || before.outcome() == Outcome.FAILED));
            return new Found(file, rootName, id, new SourceFile(root.toString(), relative, size, modified, hash),
                    before, unchanged, null, null, sidecar);
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot read {}: {}", file, e.toString());
            return new Found(file, rootName, id, new SourceFile(root.toString(), relative, 0, 0, ""), before, false,
                    "cannot read the file: " + e.getMessage(), Action.UNREADABLE, null);
        }
    }

    /**
     * For each content hash, the file that owns it: one already indexed and unchanged if there is one (so a
     * new copy of an indexed file becomes the duplicate, not the other way round), else the first in walk order.
     */
    private static Map<String, String> choosePrimaries(List<Found> found) {
        Map<String, String> primaries = new LinkedHashMap<>();
        Map<String, Boolean> settled = new HashMap<>();
        for (Found f : found) {
            if (f.fixedAction != null) {
                continue;
            }
            String hash = f.source.sha256();
            boolean established = f.unchanged && f.known.outcome() != Outcome.DUPLICATE;
            if (!primaries.containsKey(hash) || (established && !settled.getOrDefault(hash, false))) {
                primaries.put(hash, f.id);
                settled.put(hash, established);
            }
        }
        return primaries;
    }

    private static PlannedFile decide(Found f, Map<String, String> primaries) {
        Map<String, String> fields = f.sidecar == null ? Map.of() : f.sidecar.fields();
        if (f.fixedAction != null) {
            return new PlannedFile(f.file, f.rootName, f.id, f.source, f.fixedAction, null, f.error, f.known, fields,
                    f.sidecarHash());
        }
        String primary = primaries.get(f.source.sha256());
        boolean keep;
        Action action;
        if (primary.equals(f.id)) {
            keep = f.unchanged && f.known.outcome() != Outcome.DUPLICATE;
            action = keep ? Action.UNCHANGED : Action.EXTRACT;
            primary = null;
        } else {
            keep = f.unchanged && f.known.outcome() == Outcome.DUPLICATE && primary.equals(f.known.duplicateOf());
            action = keep ? Action.UNCHANGED : Action.DUPLICATE;
        }
        return new PlannedFile(f.file, f.rootName, f.id, f.source, action, primary, null, f.known, fields,
                f.sidecarHash());
    }
}
