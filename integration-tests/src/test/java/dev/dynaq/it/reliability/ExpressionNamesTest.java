package dev.dynaq.it.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynaq.Attribute;
import dev.dynaq.ConditionFailedException;
import dev.dynaq.StringAttribute;
import dev.dynaq.Update;
import dev.dynaq.testing.DynaqTest;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * 50 reserved words and names with '-', '.', spaces and '#' as attribute names, and values that look
 * like expression syntax: they work in key conditions, filters, projections, conditions and updates,
 * and values are stored and matched literally.
 */
@DynaqTest(tables = RelReserved.class)
class ExpressionNamesTest {
    /** Values that would break an expression built by string concatenation. */
    static final List<String> HOSTILE = List.of("it's", "\"quoted\"", ":x", "#y", ") OR (", ":v0", "#n0",
            "a) OR attribute_exists(name", "' OR '1'='1", "\\", "", "\uD83D\uDE00 \u00fc", "size(name) > :v1", "${x} %s");
    private static final int ITEMS = 20;

    /** @return the metamodel's string attributes other than the keys: 45 reserved words and 4 odd names */
    private static List<StringAttribute<RelReserved>> stringAttributes() {
        List<StringAttribute<RelReserved>> attributes = new ArrayList<>();
        for (Field field : RelReserved_.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == StringAttribute.class
                    && !List.of("tenant", "code", "state").contains(field.getName())) {
                try {
                    @SuppressWarnings("unchecked")
                    StringAttribute<RelReserved> attribute = (StringAttribute<RelReserved>) field.get(null);
                    attributes.add(attribute);
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return attributes;
    }

    /** Item {@code i}: each string attribute holds a value unique to the item, hostile ones among them. */
    private static RelReserved item(int i) {
        Map<String, AttributeValue> map = new LinkedHashMap<>();
        map.put("name", AttributeValue.fromS("t1"));
        map.put("size", AttributeValue.fromS(String.format("c%02d", i)));
        map.put("status", AttributeValue.fromS("s" + i % 2));
        map.put("timestamp", AttributeValue.fromN(Integer.toString(1000 + i)));
        map.put("count", AttributeValue.fromN("0"));
        map.put("list.of-tags #1", AttributeValue.fromL(List.of(AttributeValue.fromS(HOSTILE.get(i % HOSTILE.size())))));
        int j = 0;
        for (StringAttribute<RelReserved> attribute : stringAttributes()) {
            map.put(attribute.name(), AttributeValue.fromS(i < HOSTILE.size() && j % 3 == 0 ? HOSTILE.get(i) + "|" + j : "v" + i + "-" + j));
            j++;
        }
        return RelReserved_.SCHEMA.fromItem(map);
    }

    private static String valueOf(RelReserved item, Attribute<RelReserved, ?> attribute) {
        return RelReserved_.SCHEMA.toItem(item).get(attribute.name()).s();
    }

    private static List<RelReserved> load(RelReservedTable table) {
        List<RelReserved> items = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            items.add(item(i));
        }
        table.batchPut(items);
        return items;
    }

    @Test
    void reservedAndOddNamesAreStoredAsDeclared(RelReservedTable table, DynamoDbClient client) {
        load(table);
        assertThat(stringAttributes()).hasSize(49);
        Map<String, AttributeValue> raw = client.getItem(b -> b.tableName(RelReserved_.TABLE_NAME)
                .key(Map.of("name", AttributeValue.fromS("t1"), "size", AttributeValue.fromS("c03")))).item();
        assertThat(raw).containsKeys(RelReserved.RESERVED_NAMES.toArray(String[]::new))
                .containsKeys("with-dash", "with.dot", "with space", "#hash", "list.of-tags #1");
        assertThat(RelReserved.RESERVED_NAMES).hasSize(50).doesNotHaveDuplicates();
    }

    @Test
    void keyConditionsOnReservedKeyNames(RelReservedTable table) {
        List<RelReserved> items = load(table);
        assertThat(table.get("t1", "c07")).contains(items.get(7));
        assertThat(table.queryByTenant("t1").codeBeginsWith("c0").list()).containsExactlyElementsOf(items.subList(0, 10));
        assertThat(table.queryByTenant("t1").codeBetween("c05", "c08").list()).containsExactlyElementsOf(items.subList(5, 9));
        assertThat(table.queryByState("s1").stampBetween(1003L, 1009L).list())
                .containsExactly(items.get(3), items.get(5), items.get(7), items.get(9));
    }

    @Test
    void filtersOnEveryNameMatchExactlyTheItemHoldingTheValue(RelReservedTable table) {
        List<RelReserved> items = load(table);
        int checked = 0;
        for (StringAttribute<RelReserved> attribute : stringAttributes()) {
            for (int i : new int[] {0, 5, 13, 19}) {
                String value = valueOf(items.get(i), attribute);
                assertThat(table.queryByTenant("t1").filter(attribute.eq(value)).list()).as("%s = %s", attribute.name(), value)
                        .containsExactly(items.get(i));
                checked++;
            }
            assertThat(table.queryByTenant("t1").filter(attribute.beginsWith("v" + ITEMS + "-")).list()).isEmpty();
            assertThat(table.queryByTenant("t1").filter(attribute.exists().and(attribute.ne(valueOf(items.get(2), attribute))))
                    .count()).isEqualTo(ITEMS - 1);
        }
        assertThat(checked).isEqualTo(49 * 4);
    }

    @Test
    void hostileValuesAreStoredAndMatchedLiterally(RelReservedTable table) {
        List<RelReserved> items = load(table);
        for (int i = 0; i < HOSTILE.size(); i++) {
            String hostile = HOSTILE.get(i);
            StringAttribute<RelReserved> first = stringAttributes().get(0);
            assertThat(valueOf(table.get("t1", String.format("c%02d", i)).orElseThrow(), first)).isEqualTo(hostile + "|0");
            assertThat(table.queryByTenant("t1").filter(first.eq(hostile + "|0")).list()).containsExactly(items.get(i));
            if (!hostile.isEmpty()) {
                assertThat(table.queryByTenant("t1").filter(first.contains(hostile)).list()).contains(items.get(i))
                        .allSatisfy(found -> assertThat(valueOf(found, first)).contains(hostile));
            }
            assertThat(table.queryByTenant("t1").filter(RelReserved_.tags.contains(hostile)).list())
                    .allSatisfy(found -> assertThat(found.tags()).containsExactly(hostile))
                    .hasSize((int) items.stream().filter(item -> item.tags().contains(hostile)).count());
        }
    }

    @Test
    void projectionsOfReservedAndOddNames(RelReservedTable table) {
        List<RelReserved> items = load(table);
        List<RelReserved> projected = table.queryByTenant("t1").project(RelReserved_.counter, RelReserved_.dashed,
                RelReserved_.dotted, RelReserved_.spaced, RelReserved_.hashed, RelReserved_.tags, RelReserved_.w01,
                RelReserved_.w22, RelReserved_.w45).list();
        assertThat(projected).hasSize(ITEMS);
        for (int i = 0; i < ITEMS; i++) {
            RelReserved read = projected.get(i);
            RelReserved full = items.get(i);
            assertThat(read.dashed()).isEqualTo(full.dashed());
            assertThat(read.dotted()).isEqualTo(full.dotted());
            assertThat(read.spaced()).isEqualTo(full.spaced());
            assertThat(read.hashed()).isEqualTo(full.hashed());
            assertThat(read.tags()).isEqualTo(full.tags());
            assertThat(read.w01()).isEqualTo(full.w01());
            assertThat(read.w22()).isEqualTo(full.w22());
            assertThat(read.w45()).isEqualTo(full.w45());
            assertThat(read.w02()).as("not projected").isNull();
        }
    }

    @Test
    void conditionsAndUpdatesOnEveryName(RelReservedTable table) {
        List<RelReserved> items = load(table);
        RelReserved item = items.get(4);
        for (StringAttribute<RelReserved> attribute : stringAttributes()) {
            table.put(item, attribute.eq(valueOf(item, attribute)));
            assertThatThrownBy(() -> table.put(item, attribute.ne(valueOf(item, attribute))))
                    .isInstanceOf(ConditionFailedException.class);
        }

        Update<RelReserved> update = table.update("t1", "c04").add(RelReserved_.counter, 5L)
                .append(RelReserved_.tags, List.of(":tag", "#tag"));
        for (StringAttribute<RelReserved> attribute : stringAttributes()) {
            update = update.set(attribute, "new " + attribute.name() + " :v0 #n0");
        }
        update.condition(RelReserved_.counter.eq(0L).and(RelReserved_.hashed.exists())).execute();

        RelReserved updated = table.getConsistent("t1", "c04").orElseThrow();
        assertThat(updated.counter()).isEqualTo(5L);
        assertThat(updated.tags()).containsExactly(item.tags().get(0), ":tag", "#tag");
        for (StringAttribute<RelReserved> attribute : stringAttributes()) {
            assertThat(valueOf(updated, attribute)).isEqualTo("new " + attribute.name() + " :v0 #n0");
        }
        table.update("t1", "c04").remove(RelReserved_.w10).remove(RelReserved_.spaced).execute();
        assertThat(table.get("t1", "c04").orElseThrow()).satisfies(read -> {
            assertThat(read.w10()).isNull();
            assertThat(read.spaced()).isNull();
        });
        table.delete("t1", "c04", RelReserved_.w11.eq("new " + RelReserved_.w11.name() + " :v0 #n0").and(RelReserved_.dashed.exists()));
        assertThat(table.get("t1", "c04")).isEmpty();
    }
}
