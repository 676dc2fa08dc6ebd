package org.mlcatalog.entry;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.Session;

/**
 * Runs native SQL with named parameters ({@code :name}) on the session's JDBC connection, within
 * its transaction if it has one, and gives each row as an array of its columns.
 *
 * <p>Lists and searches build their SQL per request and run it here rather than as Hibernate
 * native queries: Hibernate parsed the text of every statement for its parameters, bound each use
 * of a parameter through its type system and read the rows through its result mapping (README,
 * "What the numbers changed"). Here each distinct text is compiled once to JDBC's positional form.
 * Changes the session has not flushed are not seen: these statements read.
 */
public final class NativeQueries {

    /**
     * Several times the texts the lists' and searches' usual shapes give (a few dozen); past it,
     * the kept ones are dropped, so requests of ever new shapes cost compiling, not memory.
     */
    private static final int MAX_COMPILED = 256;

    private static final Map<String, Compiled> COMPILED = new ConcurrentHashMap<>();

    private NativeQueries() {}

    /**
     * The rows of {@code sql} with each parameter it names bound from {@code parameters}. One set
     * of parameters serves a list's page, count and facets, which do not all use every parameter.
     *
     * @throws IllegalArgumentException if the SQL names a parameter that has no value
     */
    public static List<Object[]> rows(EntityManager entityManager, String sql, Map<String, ?> parameters) {
        Compiled compiled = compiled(sql);
        return entityManager.unwrap(Session.class).doReturningWork(connection -> run(connection, compiled, parameters));
    }

    /** The first column of each row of {@code sql}, as text (see {@link #rows}). */
    public static List<String> texts(EntityManager entityManager, String sql, Map<String, ?> parameters) {
        return rows(entityManager, sql, parameters).stream()
                .map(row -> (String) row[0])
                .toList();
    }

    /**
     * The rows of {@code sql} for the requested page of a list: the list's parameters, and the
     * page's {@code :limit} and {@code :offset}.
     */
    public static List<Object[]> page(EntityManager entityManager, String sql, EntryListQuery list) {
        Map<String, Object> parameters = new HashMap<>(list.parameters());
        parameters.put("limit", list.page().size());
        parameters.put("offset", list.page().offset());
        return rows(entityManager, sql, parameters);
    }

    private static Compiled compiled(String sql) {
        Compiled compiled = COMPILED.get(sql);
        if (compiled == null) {
            compiled = compile(sql);
            if (COMPILED.size() >= MAX_COMPILED) {
                COMPILED.clear();
            }
            COMPILED.put(sql, compiled);
        }
        return compiled;
    }

    private static List<Object[]> run(Connection connection, Compiled compiled, Map<String, ?> parameters)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(compiled.sql())) {
            for (int position = 0; position < compiled.parameters().size(); position++) {
                String name = compiled.parameters().get(position);
                if (!parameters.containsKey(name)) {
                    throw new IllegalArgumentException("no value for the parameter :" + name);
                }
                bind(connection, statement, position + 1, parameters.get(name));
            }
            try (ResultSet results = statement.executeQuery()) {
                int columns = results.getMetaData().getColumnCount();
                List<Object[]> rows = new ArrayList<>();
                while (results.next()) {
                    Object[] row = new Object[columns];
                    for (int column = 0; column < columns; column++) {
                        row[column] = results.getObject(column + 1);
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    private static void bind(Connection connection, PreparedStatement statement, int position, Object value)
            throws SQLException {
        if (value instanceof String text) {
            statement.setString(position, text);
        } else if (value instanceof Integer number) {
            statement.setInt(position, number);
        } else if (value instanceof Long number) {
            statement.setLong(position, number);
        } else if (value instanceof Double number) {
            statement.setDouble(position, number);
        } else if (value instanceof Boolean flag) {
            statement.setBoolean(position, flag);
        } else if (value instanceof String[] texts) {
            statement.setArray(position, connection.createArrayOf("text", texts));
        } else if (value instanceof Boolean[] flags) {
            statement.setArray(position, connection.createArrayOf("bool", flags));
        } else {
            throw new IllegalArgumentException("cannot bind " + (value == null ? "null" : value.getClass()));
        }
    }

    /** SQL in JDBC's positional form, and the name of the parameter at each {@code ?}. */
    record Compiled(String sql, List<String> parameters) {}

    /**
     * Replaces each {@code :name} with {@code ?}, except in quoted literals and identifiers and
     * in {@code ::} casts.
     *
     * @throws IllegalArgumentException if the SQL holds what this reading would get wrong: a
     *     comment, a dollar-quoted or escape string, or a {@code ?} or {@code $} of its own
     */
    static Compiled compile(String sql) {
        StringBuilder positional = new StringBuilder(sql.length());
        List<String> names = new ArrayList<>();
        int at = 0;
        while (at < sql.length()) {
            char character = sql.charAt(at);
            if (character == '\'' || character == '"') {
                int end = closingQuote(sql, at, character);
                positional.append(sql, at, end);
                at = end;
            } else if (unsupported(sql, at)) {
                throw new IllegalArgumentException(
                        "native SQL may not hold comments, dollar quotes, escape strings, '?' or '$': " + sql);
            } else if (character == ':' && at + 1 < sql.length() && sql.charAt(at + 1) == ':') {
                positional.append("::");
                at += 2;
            } else if (character == ':' && at + 1 < sql.length() && startsName(sql.charAt(at + 1))) {
                int end = at + 1;
                while (end < sql.length() && isNamePart(sql.charAt(end))) {
                    end++;
                }
                names.add(sql.substring(at + 1, end));
                positional.append('?');
                at = end;
            } else {
                positional.append(character);
                at++;
            }
        }
        return new Compiled(positional.toString(), List.copyOf(names));
    }

    /** The index just past the quote that closes the one at {@code open}; a doubled quote is part of the text. */
    private static int closingQuote(String sql, int open, char quote) {
        int at = open + 1;
        while (at < sql.length()) {
            if (sql.charAt(at) == quote) {
                if (at + 1 < sql.length() && sql.charAt(at + 1) == quote) {
                    at += 2;
                    continue;
                }
                return at + 1;
            }
            at++;
        }
        return sql.length();
    }

    private static boolean unsupported(String sql, int at) {
        char character = sql.charAt(at);
        char next = at + 1 < sql.length() ? sql.charAt(at + 1) : ' ';
        boolean escapeString =
                (character == 'E' || character == 'e') && next == '\'' && (at == 0 || !isNamePart(sql.charAt(at - 1)));
        return character == '?'
                || character == '$'
                || (character == '-' && next == '-')
                || (character == '/' && next == '*')
                || escapeString;
    }

    private static boolean startsName(char character) {
        return Character.isLetter(character) || character == '_';
    }

    private static boolean isNamePart(char character) {
        return Character.isLetterOrDigit(character) || character == '_';
    }
}
