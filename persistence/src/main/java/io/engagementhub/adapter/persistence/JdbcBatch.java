package io.engagementhub.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * An insert of many rows into one table, written in jOOQ's typed DSL and run as one JDBC batch.
 * jOOQ renders the statement once per call; JDBC binds each row's values. (jOOQ's own batch walks
 * the whole statement again to bind each row, which cost the write path more than the database's
 * work on the row: see docs/benchmarks.md, "The write path, ninth round".)
 *
 * @param <T> what one row is made from
 */
final class JdbcBatch<T> {

    /** A column of the insert, and how a row's value for it is taken from a {@code T}. */
    record Column<T>(TableField<?, ?> field, Function<T, ?> value) {}

    private final Table<?> table;
    private final List<Column<T>> columns;
    /** Each column's JDBC type, for binding a null (asked of jOOQ once: it builds a configuration each time). */
    private final int[] sqlTypes;

    /** An insert into the columns' table, of the columns in this order. */
    JdbcBatch(List<Column<T>> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("an insert needs a column");
        }
        this.table = columns.get(0).field().getTable();
        this.columns = List.copyOf(columns);
        this.sqlTypes = columns.stream()
                .mapToInt(column -> column.field().getDataType().getSQLType())
                .toArray();
    }

    static <T> Column<T> column(TableField<?, ?> field, Function<T, ?> value) {
        return new Column<>(field, value);
    }

    /** Inserts one row per element of {@code rows} (none if it is empty). */
    void insert(DSLContext tx, Collection<T> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String sql = tx.render(statement(tx));
        tx.connection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                bindAll(connection, insert, rows);
                insert.executeBatch();
            }
        });
    }

    /** Inserts one row per element of {@code rows} and returns the {@code key} each was given, in their order. */
    List<Integer> insertReturning(DSLContext tx, Collection<T> rows, TableField<?, Integer> key) {
        if (rows.isEmpty()) {
            return List.of();
        }
        String sql = tx.render(statement(tx));
        return tx.connectionResult(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(sql, new String[] {key.getName()})) {
                bindAll(connection, insert, rows);
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

    private Query statement(DSLContext tx) {
        List<Field<?>> fields = new ArrayList<>(columns.size());
        List<Field<?>> markers = new ArrayList<>(columns.size());
        for (Column<T> column : columns) {
            fields.add(column.field());
            markers.add(DSL.val(null, column.field()));
        }
        return tx.insertInto(table, fields).values(markers);
    }

    private void bindAll(Connection connection, PreparedStatement insert, Collection<T> rows) throws SQLException {
        for (T row : rows) {
            for (int i = 0; i < columns.size(); i++) {
                Column<T> column = columns.get(i);
                bind(
                        connection,
                        insert,
                        i + 1,
                        column.field(),
                        sqlTypes[i],
                        column.value().apply(row));
            }
            insert.addBatch();
        }
    }

    /** Binds a value the way both drivers take it: an instant as a UTC offset time, an array as a SQL array. */
    private static void bind(
            Connection connection, PreparedStatement insert, int index, Field<?> field, int sqlType, Object value)
            throws SQLException {
        if (value == null) {
            insert.setNull(index, sqlType);
        } else if (value instanceof Instant instant) {
            insert.setObject(index, instant.atOffset(ZoneOffset.UTC));
        } else if (value instanceof Object[] array) {
            String elementType = field.getDataType().getArrayComponentDataType().getTypeName();
            insert.setArray(index, connection.createArrayOf(elementType, array));
        } else {
            insert.setObject(index, value);
        }
    }
}
