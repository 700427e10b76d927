package org.travaux.bench.harness;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.CRC32;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.travaux.index.Fields;

/**
 * Writes the shared JSONL from an existing Travaux index (what our own extractor and understanding produced):
 * scale 1 = every indexed document; 0.1 = the documents whose CRC32(id) % 10 == 0 (deterministic); 10 = the
 * corpus plus nine generated copies that recombine real paragraphs under new ids, symbols and dates (seed 42).
 * <p>usage: Export INDEX_DIR OUT.jsonl SCALE
 */
public final class Export {
    private Export() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: Export INDEX_DIR OUT.jsonl SCALE(0.1|1|10)");
            System.exit(2);
        }
        double scale = Double.parseDouble(args[2]);
        List<Corpus.Doc> docs = readIndex(Path.of(args[0]));
        docs.sort((a, b) -> a.id().compareTo(b.id()));
        Path out = Path.of(args[1]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        long paras = 0;
        int written = 0;
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            if (scale < 1) {
                int modulo = (int) Math.round(1 / scale);
                for (Corpus.Doc d : docs) {
                    if (crc(d.id()) % modulo == 0) {
                        Corpus.write(d, w);
                        written++;
                        paras += d.paras().size();
                    }
                }
            } else {
                for (Corpus.Doc d : docs) {
                    Corpus.write(d, w);
                    written++;
                    paras += d.paras().size();
                }
                int copies = (int) Math.round(scale);
                List<Corpus.Para> pool = new ArrayList<>();
                docs.forEach(d -> pool.addAll(d.paras()));
                Random random = new Random(42);
                for (int k = 1; k < copies; k++) {
                    for (Corpus.Doc d : docs) {
                        Corpus.Doc g = generate(d, k, pool, random);
                        Corpus.write(g, w);
                        written++;
                        paras += g.paras().size();
                    }
                }
            }
        }
        System.err.printf(Locale.ROOT, "wrote %d documents, %d paragraphs, %.1f MB to %s%n", written, paras,
                Files.size(out) / 1e6, out);
    }

    /** A new document shaped like {@code d}: new id, symbol and date; the same number of paragraphs drawn at random. */
    static Corpus.Doc generate(Corpus.Doc d, int k, List<Corpus.Para> pool, Random random) {
        List<Corpus.Para> paras = new ArrayList<>(d.paras().size());
        for (int i = 0; i < d.paras().size(); i++) {
            Corpus.Para p = pool.get(random.nextInt(pool.size()));
            paras.add(new Corpus.Para(d.paras().get(i).pid(), p.text(), p.block(), p.clause(), p.lang(), p.themes()));
        }
        String date = d.date();
        Integer year = d.year();
        if (date != null) {
            LocalDate shifted = LocalDate.parse(date).plusDays(random.nextInt(3650) - 1825);
            date = shifted.toString();
            year = shifted.getYear();
        }
        String symbol = d.symbol() == null ? null : d.symbol() + "/G" + k;
        return new Corpus.Doc(d.id() + "-g" + k, symbol, d.title(), d.forum(), date, year, d.type(), d.language(),
                d.themes(), paras);
    }

    static long crc(String s) {
        CRC32 c = new CRC32();
        c.update(s.getBytes(StandardCharsets.UTF_8));
        return c.getValue();
    }

    static List<Corpus.Doc> readIndex(Path dir) throws Exception {
        List<Corpus.Doc> docs = new ArrayList<>();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            for (LeafReaderContext leaf : reader.leaves()) {
                StoredFields stored = leaf.reader().storedFields();
                Bits live = leaf.reader().getLiveDocs();
                List<Corpus.Para> pending = new ArrayList<>();
                String pendingId = null;
                for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                    if (live != null && !live.get(i)) {
                        continue;
                    }
                    Document d = stored.document(i);
                    String kind = d.get(Fields.KIND);
                    String id = d.get(Fields.ID);
                    if (Fields.KIND_PARAGRAPH.equals(kind)) {
                        if (!id.equals(pendingId)) {
                            pending = new ArrayList<>();
                            pendingId = id;
                        }
                        pending.add(new Corpus.Para(d.get(Fields.PARA_ID), d.get(Fields.TEXT), d.get(Fields.BLOCK),
                                d.get(Fields.CLAUSE), d.get(Fields.PARA_LANGUAGE),
                                Arrays.asList(d.getValues(Fields.THEME))));
                    } else if (Fields.KIND_DOCUMENT.equals(kind)) {
                        List<Corpus.Para> paras = id.equals(pendingId) ? pending : List.of();
                        Integer year = d.getField(Fields.YEAR) == null ? null
                                : d.getField(Fields.YEAR).numericValue().intValue();
                        docs.add(new Corpus.Doc(id, d.get(Fields.SYMBOL), d.get(Fields.TITLE),
                                Arrays.asList(d.getValues(Fields.FORUM)), d.get(Fields.DATE), year, d.get(Fields.TYPE),
                                d.get(Fields.LANGUAGE), Arrays.asList(d.getValues(Fields.THEME)), List.copyOf(paras)));
                        pending = new ArrayList<>();
                        pendingId = null;
                    }
                }
            }
        }
        return docs;
    }
}
