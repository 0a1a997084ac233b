package io.engagementhub.app.planted;

import org.jooq.DSLContext;

/** Planted violation: SQL outside the persistence adapter. */
public class AppUsingJooq {
    public String render(DSLContext sql) {
        return sql.selectOne().getSQL();
    }
}
