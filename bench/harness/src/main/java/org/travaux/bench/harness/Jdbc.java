package org.travaux.bench.harness;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What the SQL peers share: the paragraph row they both load, and the two ways they run a benchmark query (read every
 * row of a top list, or read one count).
 */
final class Jdbc {
    private Jdbc() {
    }

    /**
     * Binds one row of {@code para(id, doc_id, pid, symbol, date, year, type, forum, text)}, the table both peers
     * keep metadata in; {@code text} is the paragraph text as that database can store it.
     */
    static void bindParagraph(PreparedStatement p, long id, Corpus.Doc d, Corpus.Para para, String text)
            throws SQLException {
        p.setLong(1, id);
        p.setString(2, d.id());
        p.setString(3, para.pid());
        p.setString(4, d.symbol());
        p.setString(5, d.date());
        if (d.year() == null) {
            p.setNull(6, java.sql.Types.INTEGER);
        } else {
            p.setInt(6, d.year());
        }
        p.setString(7, d.type());
        p.setString(8, d.forumTop());
        p.setString(9, text);
    }

    /** Runs {@code sql} and reads the first column of every row, as a client showing the hits would. */
    static void consume(Connection db, String sql, String... args) throws SQLException {
        try (PreparedStatement p = prepare(db, sql, args); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                r.getString(1);
            }
        }
    }

    /** Runs a {@code SELECT count(*)} and returns it. */
    static long count(Connection db, String sql, String... args) throws SQLException {
        try (PreparedStatement p = prepare(db, sql, args); ResultSet r = p.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private static PreparedStatement prepare(Connection db, String sql, String... args) throws SQLException {
        PreparedStatement p = db.prepareStatement(sql);
        try {
            for (int i = 0; i < args.length; i++) {
                p.setString(i + 1, args[i]);
            }
            return p;
        } catch (SQLException e) {
            p.close();
            throw e;
        }
    }
}
