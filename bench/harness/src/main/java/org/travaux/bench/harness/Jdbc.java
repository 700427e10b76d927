package org.travaux.bench.harness;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The two ways the SQL peers run a benchmark query: read every row of a top list, or read one count. */
final class Jdbc {
    private Jdbc() {
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
