package io.engagementhub.adapter.copernica;

import java.util.ArrayList;
import java.util.List;

/** The query of one list request: filters plus {@code start}, {@code limit} and {@code total=false}. */
final class PageRequest {

    private final List<String[]> query = new ArrayList<>();

    PageRequest param(String name, String value) {
        query.add(new String[] {name, value});
        return this;
    }

    /** A {@code fields[]} condition, with the literal brackets: docs/providers/copernica.md#the-fields-parameter. */
    PageRequest field(String condition) {
        return param("fields[]", condition);
    }

    /** docs/providers/copernica.md#paging: total=false saves the server the count; the last page is short. */
    List<String[]> paged(int start, int limit) {
        List<String[]> all = new ArrayList<>(query);
        all.add(new String[] {"start", Integer.toString(start)});
        all.add(new String[] {"limit", Integer.toString(limit)});
        all.add(new String[] {"total", "false"});
        return all;
    }
}
