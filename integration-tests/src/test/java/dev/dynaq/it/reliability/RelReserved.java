package dev.dynaq.it.reliability;

import dev.dynaq.annotation.Attribute;
import dev.dynaq.annotation.DynamoTable;
import dev.dynaq.annotation.GsiPartitionKey;
import dev.dynaq.annotation.GsiSortKey;
import dev.dynaq.annotation.PartitionKey;
import dev.dynaq.annotation.SortKey;
import java.util.List;

/**
 * Attribute names that DynamoDB reserves in expressions (50 of them: the keys {@code name} and
 * {@code size}, the index keys {@code status} and {@code timestamp}, the counter {@code count} and
 * 45 strings {@code w01..w45}), and names with '-', '.', spaces and '#'. Every expression Dynaq
 * writes must reach them through {@code #placeholders}.
 */
@DynamoTable(name = "rel_reserved")
public record RelReserved(
        @PartitionKey @Attribute("name") String tenant,
        @SortKey @Attribute("size") String code,
        @GsiPartitionKey(index = "rel-by.status") @Attribute("status") String state,
        @GsiSortKey(index = "rel-by.status") @Attribute("timestamp") long stamp,
        @Attribute("count") Long counter,
        @Attribute("with-dash") String dashed,
        @Attribute("with.dot") String dotted,
        @Attribute("with space") String spaced,
        @Attribute("#hash") String hashed,
        @Attribute("list.of-tags #1") List<String> tags,
        @Attribute("abort") String w01,
        @Attribute("action") String w02,
        @Attribute("add") String w03,
        @Attribute("all") String w04,
        @Attribute("and") String w05,
        @Attribute("between") String w06,
        @Attribute("by") String w07,
        @Attribute("case") String w08,
        @Attribute("comment") String w09,
        @Attribute("condition") String w10,
        @Attribute("data") String w11,
        @Attribute("date") String w12,
        @Attribute("delete") String w13,
        @Attribute("desc") String w14,
        @Attribute("end") String w15,
        @Attribute("exists") String w16,
        @Attribute("from") String w17,
        @Attribute("group") String w18,
        @Attribute("hash") String w19,
        @Attribute("in") String w20,
        @Attribute("index") String w21,
        @Attribute("key") String w22,
        @Attribute("limit") String w23,
        @Attribute("list") String w24,
        @Attribute("map") String w25,
        @Attribute("not") String w26,
        @Attribute("null") String w27,
        @Attribute("number") String w28,
        @Attribute("or") String w29,
        @Attribute("order") String w30,
        @Attribute("range") String w31,
        @Attribute("return") String w32,
        @Attribute("select") String w33,
        @Attribute("set") String w34,
        @Attribute("string") String w35,
        @Attribute("table") String w36,
        @Attribute("time") String w37,
        @Attribute("to") String w38,
        @Attribute("type") String w39,
        @Attribute("update") String w40,
        @Attribute("user") String w41,
        @Attribute("value") String w42,
        @Attribute("values") String w43,
        @Attribute("where") String w44,
        @Attribute("year") String w45) {
    /** The 50 reserved words used as attribute names. */
    public static final List<String> RESERVED_NAMES = List.of("name", "size", "status", "timestamp", "count",
            "abort", "action", "add", "all", "and", "between", "by", "case", "comment", "condition",
            "data", "date", "delete", "desc", "end", "exists", "from", "group", "hash", "in",
            "index", "key", "limit", "list", "map", "not", "null", "number", "or", "order",
            "range", "return", "select", "set", "string", "table", "time", "to", "type", "update",
            "user", "value", "values", "where", "year");
}
