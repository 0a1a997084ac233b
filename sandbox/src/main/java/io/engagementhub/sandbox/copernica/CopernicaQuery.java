package io.engagementhub.sandbox.copernica;

import io.engagementhub.sandbox.QueryString;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** The query string of one request: plain parameters and the {@code fields[]} conditions. */
final class CopernicaQuery {

    // docs/providers/copernica.md#the-fields-parameter: literal fields[]= and the indexed fields%5B0%5D= both work.
    private static final Pattern FIELDS_KEY = Pattern.compile("fields\\[\\d*]");

    private final Map<String, String> parameters = new HashMap<>();
    private final List<FieldCondition> fields = new ArrayList<>();
    private final List<String> fieldTexts = new ArrayList<>();

    private CopernicaQuery() {}

    static CopernicaQuery parse(String rawQuery) {
        CopernicaQuery query = new CopernicaQuery();
        // docs/providers/copernica.md#the-fields-parameter: both %20 and + work for spaces.
        for (Map.Entry<String, String> pair : QueryString.pairs(rawQuery)) {
            String key = pair.getKey();
            String value = pair.getValue();
            if (FIELDS_KEY.matcher(key).matches()) {
                FieldCondition condition = FieldCondition.parse(value);
                if (condition != null) {
                    query.fields.add(condition);
                    query.fieldTexts.add(value);
                }
            } else {
                query.parameters.putIfAbsent(key, value);
            }
        }
        return query;
    }

    String get(String name) {
        return parameters.get(name);
    }

    List<FieldCondition> fields() {
        return fields;
    }

    /** What tells this query's filter from another's: every parameter but the paging ones, and the fields. */
    String filterKey() {
        Map<String, String> filtering = new TreeMap<>(parameters);
        filtering.keySet().removeAll(List.of("start", "limit", "total"));
        return filtering + " " + fieldTexts;
    }

    int intParameter(String name, int fallback) {
        String value = parameters.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** docs/providers/copernica.md#paging: total=false drops the total; anything else keeps it. */
    boolean wantsTotal() {
        String value = parameters.get("total");
        return value == null || !(value.equalsIgnoreCase("false") || value.equals("0") || value.equalsIgnoreCase("no"));
    }
}
