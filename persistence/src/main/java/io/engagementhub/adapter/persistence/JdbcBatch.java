package io.engagementhub.adapter.persistence;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.InsertOnDuplicateStep;
import org.jooq.Name;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * An insert of many rows into one table, written in jOOQ's typed DSL, rendered once per call and
 * bound with plain JDBC. (jOOQ's own batch walks the whole statement again to bind each row, which
 * cost the write path more than the database's work on the row: see docs/benchmarks.md, "The
 * write path, ninth round".) On H2, and wherever the keys come back, it runs as one JDBC batch
 * of a statement per row. On PostgreSQL a plain insert binds each column once, as an array, and
 * {@code unnest} makes the rows: one statement per call instead of one per row ("The write path,
 * twelfth round"). Its rows come back in no promised order, so an insert returning keys stays a
 * batch.
 *
 * @param <T> what one row is made from
 */
final class JdbcBatch<T> {

    /** A column of the insert, and how a row's value for it is taken from a {@code T}. */
    record Column<T>(TableField<?, ?> field, Function<T, ?> value) {}

    private static final Name UNNEST = DSL.name("unnest");

    private final Table<?> table;
    private final List<Column<T>> columns;
    private final List<Field<?>> fields;
    /** Each column's JDBC type, for binding a null (asked of jOOQ once: it builds a configuration each time). */
    private final int[] sqlTypes;
    /** PostgreSQL's name of each column's array element type. */
    private final String[] arrayTypes;

    /** An insert into the columns' table, of the columns in this order. */
    JdbcBatch(List<Column<T>> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("an insert needs a column");
        }
        this.table = columns.get(0).field().getTable();
        this.columns = List.copyOf(columns);
        this.fields = columns.stream().<Field<?>>map(Column::field).toList();
        this.sqlTypes = columns.stream()
                .mapToInt(column -> column.field().getDataType().getSQLType())
                .toArray();
        this.arrayTypes = columns.stream().map(JdbcBatch::arrayElementType).toArray(String[]::new);
    }

    static <T> Column<T> column(TableField<?, ?> field, Function<T, ?> value) {
        return new Column<>(field, value);
    }

    /** Inserts one row per element of {@code rows} (none if it is empty). */
    void insert(DSLContext tx, Collection<T> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (asArrays(tx)) {
            insertUnnested(tx, rows);
            return;
        }
        String sql = tx.render(statement(tx));
        tx.connection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                bindAll(insert, rows);
                insert.executeBatch();
            }
        });
    }

    /** Inserts one row per element of {@code rows} and returns the {@code key} each was given, in their order. */
    List<Integer> insertReturning(DSLContext tx, Collection<T> rows, TableField<?, Integer> key) {
        if (rows.isEmpty()) {
            return List.of();
        }
        if (asArrays(tx)) {
            return insertUnnestedReturning(tx, rows, key);
        }
        String sql = tx.render(statement(tx));
        return tx.connectionResult(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(sql, new String[] {key.getName()})) {
                bindAll(insert, rows);
                insert.executeBatch();
                List<Integer> keys = new ArrayList<>(rows.size());
                try (ResultSet generated = insert.getGeneratedKeys()) {
                    while (generated.next()) {
                        keys.add(generated.getInt(1));
                    }
                }
                if (keys.size() != rows.size()) {
                    throw new IllegalStateException(
                            table.getName() + ": " + rows.size() + " rows inserted, " + keys.size() + " keys returned");
                }
                return keys;
            }
        });
    }

    private void insertUnnested(DSLContext tx, Collection<T> rows) {
        String sql = tx.render(unnested(tx));
        tx.connection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                bindArrays(connection, insert, rows);
                insert.executeUpdate();
            }
        });
    }

    /**
     * The rows come back in the order they were inserted, which is the arrays' order. PostgreSQL
     * does not promise that in words (jOOQ and pgjdbc rely on it for multi-row inserts too), so
     * each returned row's texts and numbers are compared with the row it is taken for.
     */
    private List<Integer> insertUnnestedReturning(DSLContext tx, Collection<T> rows, TableField<?, Integer> key) {
        List<Field<?>> returned = new ArrayList<>(columns.size() + 1);
        returned.add(key);
        returned.addAll(fields);
        String sql = tx.render(unnested(tx).returning(returned));
        return tx.connectionResult(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                bindArrays(connection, insert, rows);
                List<Integer> keys = new ArrayList<>(rows.size());
                try (ResultSet inserted = insert.executeQuery()) {
                    for (T row : rows) {
                        if (!inserted.next() || !isRowOf(inserted, row)) {
                            throw new IllegalStateException(table.getName()
                                    + ": the inserted rows came back in another order or fewer than " + rows.size());
                        }
                        keys.add(inserted.getInt(1));
                    }
                }
                return keys;
            }
        });
    }

    /** Whether the returned row (its key first, then the columns) holds {@code row}'s texts and numbers. */
    private boolean isRowOf(ResultSet inserted, T row) throws SQLException {
        for (int i = 0; i < columns.size(); i++) {
            Object value = columns.get(i).value().apply(row);
            boolean same;
            if (value instanceof Number number) {
                long returned = inserted.getLong(i + 2);
                same = !inserted.wasNull() && returned == number.longValue();
            } else if (value == null || value instanceof String) {
                same = Objects.equals(value, inserted.getString(i + 2));
            } else {
                same = true;
            }
            if (!same) {
                return false;
            }
        }
        return true;
    }

    /** {@code INSERT INTO t (a, b, …) SELECT unnest(?::a[]), unnest(?::b[]), …}: the arrays in lockstep. */
    private InsertOnDuplicateStep<?> unnested(DSLContext tx) {
        List<Field<?>> elements = new ArrayList<>(columns.size());
        for (Field<?> field : fields) {
            DataType<?> type = field.getDataType();
            elements.add(DSL.function(UNNEST, type, DSL.val(null, type.getArrayDataType())));
        }
        return tx.insertInto(table, fields).select(DSL.select(elements));
    }

    private void bindArrays(Connection connection, PreparedStatement insert, Collection<T> rows) throws SQLException {
        for (int i = 0; i < columns.size(); i++) {
            insert.setArray(i + 1, arrayOf(connection, i, rows));
        }
    }

    /** Column {@code index}'s values of every row, as one SQL array. */
    private Array arrayOf(Connection connection, int index, Collection<T> rows) throws SQLException {
        Column<T> column = columns.get(index);
        Object[] values = new Object[rows.size()];
        int row = 0;
        for (T value : rows) {
            values[row++] = jdbcValue(column.value().apply(value));
        }
        return connection.createArrayOf(arrayTypes[index], values);
    }

    private Query statement(DSLContext tx) {
        List<Field<?>> markers = new ArrayList<>(columns.size());
        for (Field<?> field : fields) {
            markers.add(DSL.val(null, field));
        }
        return tx.insertInto(table, fields).values(markers);
    }

    /** PostgreSQL takes the rows as arrays; H2 as a batch. */
    private static boolean asArrays(DSLContext tx) {
        return tx.dialect().family() == SQLDialect.POSTGRES;
    }

    private void bindAll(PreparedStatement insert, Collection<T> rows) throws SQLException {
        for (T row : rows) {
            for (int i = 0; i < columns.size(); i++) {
                Object value = columns.get(i).value().apply(row);
                if (value == null) {
                    insert.setNull(i + 1, sqlTypes[i]);
                } else {
                    insert.setObject(i + 1, jdbcValue(value));
                }
            }
            insert.addBatch();
        }
    }

    /** A value the way both drivers take it: an instant as a UTC offset time. */
    private static Object jdbcValue(Object value) {
        return value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value;
    }

    /** PostgreSQL's name of the element type of an array of the column's values. */
    private static String arrayElementType(Column<?> column) {
        Field<?> field = column.field();
        int sqlType = field.getDataType().getSQLType();
        return switch (sqlType) {
            case Types.VARCHAR, Types.CHAR, Types.CLOB, Types.LONGVARCHAR -> "varchar";
            case Types.SMALLINT -> "int2";
            case Types.INTEGER -> "int4";
            case Types.BIGINT -> "int8";
            case Types.BOOLEAN -> "bool";
            case Types.TIMESTAMP_WITH_TIMEZONE -> "timestamptz";
            default ->
                throw new IllegalArgumentException(
                        "no array type for column " + field.getName() + " of JDBC type " + sqlType);
        };
    }
}
