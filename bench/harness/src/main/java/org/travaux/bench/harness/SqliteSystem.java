package org.travaux.bench.harness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;

/**
 * SQLite FTS5 through sqlite-jdbc (its bundled SQLite): an ordinary {@code para} table with the metadata and B-tree
 * indexes, an external-content FTS5 table over its text ({@code unicode61 remove_diacritics 2}), paragraph themes
 * in a table of their own. Top 10 by {@code rank} (bm25) plus a count; facets are GROUP BY queries.
 */
public final class SqliteSystem implements BenchSystem {
    private Connection db;

    private static String url(Path work) {
        return "jdbc:sqlite:" + work.resolve("sqlite.db");
    }

    @Override
    public void load(Iterable<Corpus.Doc> docs, Path work) throws Exception {
        Files.deleteIfExists(work.resolve("sqlite.db"));
        try (Connection c = DriverManager.getConnection(url(work)); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=OFF");
            s.execute("PRAGMA synchronous=OFF");
            s.execute("CREATE TABLE para(id INTEGER PRIMARY KEY, doc_id TEXT, pid TEXT, symbol TEXT, date TEXT,"
                    + " year INTEGER, type TEXT, forum TEXT, text TEXT)");
            s.execute("CREATE TABLE para_theme(para INTEGER, theme TEXT)");
            s.execute("CREATE VIRTUAL TABLE fts USING fts5(text, content='para', content_rowid='id',"
                    + " tokenize='unicode61 remove_diacritics 2')");
            c.setAutoCommit(false);
            long id = 0;
            try (PreparedStatement p = c.prepareStatement("INSERT INTO para VALUES(?,?,?,?,?,?,?,?,?)");
                 PreparedStatement f = c.prepareStatement("INSERT INTO fts(rowid, text) VALUES(?,?)");
                 PreparedStatement t = c.prepareStatement("INSERT INTO para_theme VALUES(?,?)")) {
                for (Corpus.Doc d : docs) {
                    for (Corpus.Para para : d.paras()) {
                        id++;
                        Jdbc.bindParagraph(p, id, d, para, para.text());
                        p.executeUpdate();
                        f.setLong(1, id);
                        f.setString(2, para.text());
                        f.executeUpdate();
                        for (String theme : para.themes()) {
                            t.setLong(1, id);
                            t.setString(2, theme);
                            t.executeUpdate();
                        }
                    }
                }
            }
            s.execute("CREATE INDEX para_symbol ON para(symbol)");
            s.execute("CREATE INDEX para_date ON para(date)");
            s.execute("CREATE INDEX para_type ON para(type)");
            s.execute("CREATE INDEX para_theme_para ON para_theme(para)");
            s.execute("INSERT INTO fts(fts) VALUES('optimize')");
            c.commit();
            c.setAutoCommit(true);
            s.execute("ANALYZE");
        }
    }

    @Override
    public void open(Path work) throws Exception {
        db = DriverManager.getConnection(url(work));
    }

    @Override
    public long sizeBytes(Path work) throws Exception {
        return Files.size(work.resolve("sqlite.db"));
    }

    /** The FTS5 query: every word quoted, so no word is read as an operator. */
    static String match(Query q) {
        String[] t = q.terms();
        return switch (q.kind()) {
            case "or" -> "\"" + t[0] + "\" OR \"" + t[1] + "\"";
            case "phrase" -> "\"" + q.words() + "\"";
            default -> {
                StringBuilder b = new StringBuilder();
                for (String w : t) {
                    b.append(b.isEmpty() ? "" : " ").append('"').append(w).append('"');
                }
                yield b.toString();
            }
        };
    }

    @Override
    public long run(Query q) throws Exception {
        return switch (q.kind()) {
            case "symbol" -> {
                consume("SELECT id FROM para WHERE symbol=? LIMIT 10", q.words());
                yield count("SELECT count(*) FROM para WHERE symbol=?", q.words());
            }
            case "facet_filter" -> {
                String m = match(q);
                String from = " FROM fts JOIN para p ON p.id=fts.rowid WHERE fts MATCH ? AND p.type=?";
                consume("SELECT p.id" + from + " ORDER BY fts.rank LIMIT 10", m, q.arg());
                consume("SELECT p.forum, count(*)" + from + " GROUP BY p.forum ORDER BY 2 DESC LIMIT 10", m, q.arg());
                consume("SELECT p.year, count(*)" + from + " GROUP BY p.year ORDER BY 2 DESC LIMIT 10", m, q.arg());
                consume("SELECT t.theme, count(*) FROM fts JOIN para p ON p.id=fts.rowid JOIN para_theme t ON t.para=p.id"
                        + " WHERE fts MATCH ? AND p.type=? GROUP BY t.theme ORDER BY 2 DESC LIMIT 10", m, q.arg());
                yield count("SELECT count(*)" + from, m, q.arg());
            }
            case "date_range" -> {
                String m = match(q);
                String from = " FROM fts JOIN para p ON p.id=fts.rowid WHERE fts MATCH ? AND p.date BETWEEN ? AND ?";
                consume("SELECT p.id" + from + " ORDER BY fts.rank LIMIT 10", m, q.from(), q.to());
                yield count("SELECT count(*)" + from, m, q.from(), q.to());
            }
            case "highlight" -> {
                String m = match(q);
                consume("SELECT rowid, snippet(fts, 0, '<b>', '</b>', '…', 32) FROM fts WHERE fts MATCH ?"
                        + " ORDER BY rank LIMIT 10", m);
                yield count("SELECT count(*) FROM fts WHERE fts MATCH ?", m);
            }
            default -> {
                String m = match(q);
                consume("SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rank LIMIT 10", m);
                yield count("SELECT count(*) FROM fts WHERE fts MATCH ?", m);
            }
        };
    }

    private void consume(String sql, String... args) throws Exception {
        Jdbc.consume(db, sql, args);
    }

    private long count(String sql, String... args) throws Exception {
        return Jdbc.count(db, sql, args);
    }

    @Override
    public void close() throws Exception {
        if (db != null) {
            db.close();
        }
    }
}
