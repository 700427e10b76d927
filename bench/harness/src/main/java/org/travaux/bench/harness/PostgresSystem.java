package org.travaux.bench.harness;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL 15 (Debian's), started by this process: {@code initdb} into a temporary folder and {@code pg_ctl start}
 * on loopback as user postgres, stopped on close (and on exit). A {@code para} table with a generated
 * {@code tsvector} column ('simple' configuration: lowercase, no stemming) and a GIN index; queries with
 * {@code websearch_to_tsquery}, top 10 by {@code ts_rank_cd}, {@code ts_headline} for highlights. Durability is off
 * (fsync, synchronous_commit), as for SQLite: a benchmark, not a store.
 */
public final class PostgresSystem implements BenchSystem {
    private static final String BIN = "/usr/lib/postgresql/15/bin/";
    private static Path data;
    private static int port;
    private Connection db;

    private static void run(String... cmd) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        full.addAll(List.of(cmd));
        Process p = new ProcessBuilder(full).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("/tmp/travaux-bench-pg.log").toFile()))
                .start();
        if (p.waitFor() != 0) {
            throw new IOException("failed (see /tmp/travaux-bench-pg.log): " + String.join(" ", cmd));
        }
    }

    private static synchronized void start() throws Exception {
        if (data != null) {
            return;
        }
        Path dir = Files.createTempDirectory("travaux-bench-pg");
        run0("chown", "postgres", dir.toString());
        data = dir.resolve("data");
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        run(BIN + "initdb", "-D", data.toString(), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync");
        run(BIN + "pg_ctl", "-D", data.toString(), "-w", "-l", dir.resolve("server.log").toString(), "-o",
                "-k " + dir + " -h 127.0.0.1 -p " + port
                        + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=256MB"
                        + " -c max_wal_size=2GB",
                "start");
        Runtime.getRuntime().addShutdownHook(new Thread(PostgresSystem::stop));
    }

    private static void run0(String... cmd) throws IOException, InterruptedException {
        if (new ProcessBuilder(cmd).inheritIO().start().waitFor() != 0) {
            throw new IOException("failed: " + String.join(" ", cmd));
        }
    }

    private static synchronized void stop() {
        if (data == null) {
            return;
        }
        try {
            run(BIN + "pg_ctl", "-D", data.toString(), "-w", "-m", "fast", "stop");
            run0("rm", "-rf", data.getParent().toString());
        } catch (Exception e) {
            System.err.println("postgres: stop failed: " + e.getMessage());
        }
        data = null;
    }

    private static Connection connect() throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres?reWriteBatchedInserts=true",
                "postgres", "");
    }

    @Override
    public void load(Iterable<Corpus.Doc> docs, Path work) throws Exception {
        start();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE para(id bigint PRIMARY KEY, doc_id text, pid text, symbol text, date date, year int,"
                    + " type text, forum text, text text,"
                    + " tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED)");
            s.execute("CREATE TABLE para_theme(para bigint, theme text)");
            c.setAutoCommit(false);
            long id = 0;
            int batch = 0;
            try (PreparedStatement p = c.prepareStatement("INSERT INTO para VALUES(?,?,?,?,?::date,?,?,?,?)");
                 PreparedStatement t = c.prepareStatement("INSERT INTO para_theme VALUES(?,?)")) {
                for (Corpus.Doc d : docs) {
                    for (Corpus.Para para : d.paras()) {
                        id++;
                        Jdbc.bindParagraph(p, id, d, para, para.text().replace("\u0000", ""));   // no NUL in text
                        p.addBatch();
                        for (String theme : para.themes()) {
                            t.setLong(1, id);
                            t.setString(2, theme);
                            t.addBatch();
                        }
                        if (++batch % 1000 == 0) {
                            p.executeBatch();
                            t.executeBatch();
                        }
                    }
                }
                p.executeBatch();
                t.executeBatch();
            }
            s.execute("CREATE INDEX para_tsv ON para USING gin(tsv)");
            s.execute("CREATE INDEX para_symbol ON para(symbol)");
            s.execute("CREATE INDEX para_date ON para(date)");
            s.execute("CREATE INDEX para_type ON para(type)");
            s.execute("CREATE INDEX para_theme_para ON para_theme(para)");
            c.commit();
            c.setAutoCommit(true);
            s.execute("VACUUM ANALYZE");
        }
    }

    @Override
    public void open(Path work) throws Exception {
        start();
        db = connect();
    }

    @Override
    public long sizeBytes(Path work) throws Exception {
        return count("SELECT pg_total_relation_size('para') + pg_total_relation_size('para_theme')");
    }

    static String web(Query q) {
        String[] t = q.terms();
        return switch (q.kind()) {
            case "or" -> t[0] + " or " + t[1];
            case "phrase" -> "\"" + q.words() + "\"";
            default -> q.words();
        };
    }

    @Override
    public long run(Query q) throws Exception {
        String w = web(q);
        String match = " FROM para p, websearch_to_tsquery('simple', ?) q WHERE p.tsv @@ q";
        return switch (q.kind()) {
            case "symbol" -> {
                consume("SELECT id FROM para WHERE symbol=? LIMIT 10", q.words());
                yield count("SELECT count(*) FROM para WHERE symbol=?", q.words());
            }
            case "facet_filter" -> {
                String from = match + " AND p.type=?";
                consume("SELECT p.id" + from + " ORDER BY ts_rank_cd(p.tsv, q) DESC LIMIT 10", w, q.arg());
                consume("SELECT p.forum, count(*)" + from + " GROUP BY p.forum ORDER BY 2 DESC LIMIT 10", w, q.arg());
                consume("SELECT p.year, count(*)" + from + " GROUP BY p.year ORDER BY 2 DESC LIMIT 10", w, q.arg());
                consume("SELECT t.theme, count(*) FROM para p JOIN para_theme t ON t.para=p.id,"
                        + " websearch_to_tsquery('simple', ?) q WHERE p.tsv @@ q AND p.type=?"
                        + " GROUP BY t.theme ORDER BY 2 DESC LIMIT 10", w, q.arg());
                yield count("SELECT count(*)" + from, w, q.arg());
            }
            case "date_range" -> {
                String from = match + " AND p.date BETWEEN ?::date AND ?::date";
                consume("SELECT p.id" + from + " ORDER BY ts_rank_cd(p.tsv, q) DESC LIMIT 10", w, q.from(), q.to());
                yield count("SELECT count(*)" + from, w, q.from(), q.to());
            }
            case "highlight" -> {
                consume("SELECT s.id, ts_headline('simple', s.text, s.q) FROM (SELECT p.id, p.text, q" + match
                        + " ORDER BY ts_rank_cd(p.tsv, q) DESC LIMIT 10) s", w);
                yield count("SELECT count(*)" + match, w);
            }
            default -> {
                consume("SELECT p.id" + match + " ORDER BY ts_rank_cd(p.tsv, q) DESC LIMIT 10", w);
                yield count("SELECT count(*)" + match, w);
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
        stop();
    }
}
