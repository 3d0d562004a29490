package dev.dynaq.processor.reader;

import dev.dynaq.processor.model.CollectionModel;
import dev.dynaq.processor.model.EntityKeyModel;
import dev.dynaq.processor.model.EntityModel;
import dev.dynaq.processor.model.GlobalIndexModel;
import dev.dynaq.processor.model.KeyTemplateModel;
import dev.dynaq.processor.model.KeyTemplateModel.Segment;
import dev.dynaq.processor.model.Names;
import dev.dynaq.processor.model.SharedTableModel;
import dev.dynaq.processor.model.SingleTableEntityModel;
import dev.dynaq.processor.model.TypeMapping;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * Checks the entities of one shared table against each other and finds their item collections: no
 * two types share a type name; no two entities can produce the same key in the table or in an index,
 * nor items that one's queries would read as the other's; entities whose partition templates agree
 * form a collection.
 */
public final class SharedTableReader {
    private final Annotations annotations;

    /** @param elements the element utilities */
    public SharedTableReader(javax.lang.model.util.Elements elements) {
        this.annotations = new Annotations(elements);
    }

    /**
     * @param declaration the table, read without entities
     * @param entities its entities, read without errors, in any order
     * @param report receives the problems, on the later entity of each pair
     * @return the table with its entities (ordered by type name) and collections, when valid
     */
    public Optional<SharedTableModel> combine(SharedTableModel declaration, List<EntityModel> entities, Report report) {
        List<EntityModel> ordered = new ArrayList<>(entities);
        ordered.sort(Comparator.comparing((EntityModel entity) -> single(entity).typeName())
                .thenComparing(entity -> entity.className().canonicalName()));
        boolean valid = true;
        for (int i = 1; i < ordered.size(); i++) {
            SingleTableEntityModel previous = single(ordered.get(i - 1));
            SingleTableEntityModel current = single(ordered.get(i));
            if (previous.typeName().equals(current.typeName())) {
                EntityModel entity = ordered.get(i);
                AnnotationMirror marker = annotations.find(entity.element(), Annotations.DYNAMO_ENTITY).orElseThrow();
                report.error(Diagnostics.SINGLE_TYPE_DUPLICATE, entity.element(), marker,
                        annotations.explicitValue(marker, "type").orElse(null), ordered.get(i - 1).className(),
                        entity.className(), current.typeName(), declaration.tableName());
                valid = false;
            }
        }
        List<String> places = new ArrayList<>();
        places.add(null);
        for (GlobalIndexModel index : declaration.globalIndexes()) {
            places.add(index.name());
        }
        for (String place : places) {
            valid &= checkOverlaps(declaration, ordered, place, report);
        }
        if (!valid) {
            return Optional.empty();
        }
        List<CollectionModel> collections = new ArrayList<>();
        for (String place : places) {
            Optional<List<CollectionModel>> found = collections(declaration, ordered, place, report);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            collections.addAll(found.get());
        }
        Map<String, CollectionModel> names = new LinkedHashMap<>();
        for (CollectionModel collection : collections) {
            CollectionModel previous = names.putIfAbsent(collection.name(), collection);
            if (previous != null) {
                EntityKeyModel key = collection.members().get(0).key();
                TypeElement element = collection.members().get(0).entity().element();
                report.error(Diagnostics.SINGLE_COLLECTION_CLASH, element, collectionValue(element, key), where(declaration, previous.indexName()),
                        where(declaration, collection.indexName()), collection.name(), collection.name());
                valid = false;
            }
        }
        return valid ? Optional.of(declaration.with(ordered, collections)) : Optional.empty();
    }

    private static SingleTableEntityModel single(EntityModel entity) {
        return entity.singleTableEntity().orElseThrow(() -> new IllegalArgumentException(entity + " is no @DynamoEntity"));
    }

    private static Optional<EntityKeyModel> keyIn(EntityModel entity, String place) {
        SingleTableEntityModel single = single(entity);
        return place == null ? Optional.of(single.tableKey()) : single.indexKey(place);
    }

    private static String where(SharedTableModel table, String place) {
        return place == null ? "table " + table.tableName() : "index " + place + " of table " + table.tableName();
    }

    private Annotations.Position collectionValue(TypeElement element, EntityKeyModel key) {
        String member = annotations.explicitValue(key.annotation(), "collection").isPresent() ? "collection" : "partition";
        return annotations.position(element, key.annotation(), member);
    }

    // ---------------------------------------------------------------- overlaps

    private boolean checkOverlaps(SharedTableModel table, List<EntityModel> entities, String place, Report report) {
        boolean valid = true;
        for (int j = 1; j < entities.size(); j++) {
            Optional<EntityKeyModel> later = keyIn(entities.get(j), place);
            if (later.isEmpty()) {
                continue;
            }
            for (int i = 0; i < j; i++) {
                Optional<EntityKeyModel> earlier = keyIn(entities.get(i), place);
                if (earlier.isEmpty() || !mayBeEqual(earlier.get().partition(), later.get().partition())) {
                    continue;
                }
                Optional<String> why = sortsOverlap(earlier.get().sort(), later.get().sort());
                if (why.isPresent()) {
                    TypeElement element = entities.get(j).element();
                    report.error(Diagnostics.SINGLE_KEY_OVERLAP, element,
                            annotations.position(element, later.get().annotation(), "sort"), entities.get(i).className().simpleName(),
                            entities.get(j).className().simpleName(), where(table, place),
                            earlier.get().partition().text(), later.get().partition().text(),
                            earlier.get().sort().text(), later.get().sort().text(), why.get());
                    valid = false;
                }
            }
        }
        return valid;
    }

    /**
     * @return why items of two entities with equal partitions could be confused: an entity's queries read
     *     the sort keys that begin with its template's leading literal, so no leading literal may begin
     *     another
     */
    static Optional<String> sortsOverlap(KeyTemplateModel a, KeyTemplateModel b) {
        String pa = a.literalPrefix();
        String pb = b.literalPrefix();
        if (pa.isEmpty() || pb.isEmpty()) {
            return Optional.of("do not both start with a literal");
        }
        if (pa.equals(pb)) {
            return Optional.of("both start with '" + pa + "'");
        }
        if (pb.startsWith(pa) || pa.startsWith(pb)) {
            String shorter = pa.length() < pb.length() ? pa : pb;
            String longer = pa.length() < pb.length() ? pb : pa;
            return Optional.of("start with '" + shorter + "' and '" + longer + "', which begins with the other");
        }
        return Optional.empty();
    }

    /**
     * One {@code #}-separated field of a template: literal text, then at most one variable (variables
     * are followed by {@code #} or end the template).
     */
    private record Field(String literal, Segment variable) {
    }

    private static List<Field> fields(KeyTemplateModel template) {
        List<Field> fields = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        Segment variable = null;
        for (Segment segment : template.segments()) {
            if (segment.isVariable()) {
                variable = segment;
                continue;
            }
            String text = segment.literal();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == KeyTemplateModel.SEPARATOR) {
                    fields.add(new Field(literal.toString(), variable));
                    literal.setLength(0);
                    variable = null;
                } else {
                    literal.append(c);
                }
            }
        }
        fields.add(new Field(literal.toString(), variable));
        return fields;
    }

    /** @return whether two templates can compose the same value (conservative: true when unsure) */
    static boolean mayBeEqual(KeyTemplateModel a, KeyTemplateModel b) {
        List<Field> fa = fields(a);
        List<Field> fb = fields(b);
        if (fa.size() != fb.size()) {
            return false;
        }
        for (int i = 0; i < fa.size(); i++) {
            if (!mayMatch(fa.get(i), fb.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean mayMatch(Field a, Field b) {
        if (a.variable() == null && b.variable() == null) {
            return a.literal().equals(b.literal());
        }
        if (a.variable() == null) {
            return mayMatch(b, a);
        }
        if (b.variable() == null) {
            String rest = b.literal().startsWith(a.literal()) ? b.literal().substring(a.literal().length()) : null;
            return rest != null && !rest.isEmpty() && canProduce(a.variable(), rest);
        }
        if (a.literal().startsWith(b.literal())) {
            return canProduce(b.variable(), a.literal().substring(b.literal().length()));
        }
        if (b.literal().startsWith(a.literal())) {
            return canProduce(a.variable(), b.literal().substring(a.literal().length()));
        }
        return false;
    }

    /** @return whether the variable's encoded value can contain the text (as a start, or whole) */
    private static boolean canProduce(Segment variable, String text) {
        String alphabet = switch (variable.encoding()) {
            case ESCAPED -> null;
            case NUMBER -> "-0123456789";
            case STORED -> variable.variable().type().kind() == TypeMapping.Kind.UUID
                    ? "-0123456789abcdef" : "-0123456789:.TZ";
        };
        if (alphabet == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            if (alphabet.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- collections

    private Optional<List<CollectionModel>> collections(SharedTableModel table, List<EntityModel> entities,
            String place, Report report) {
        Map<String, List<CollectionModel.Member>> groups = new LinkedHashMap<>();
        for (EntityModel entity : entities) {
            Optional<EntityKeyModel> key = keyIn(entity, place);
            if (key.isPresent()) {
                boolean single = place == null && key.get().sort().isConstant();
                groups.computeIfAbsent(shape(key.get().partition()), shape -> new ArrayList<>())
                        .add(new CollectionModel.Member(entity, key.get(), single));
            }
        }
        List<CollectionModel> collections = new ArrayList<>();
        for (List<CollectionModel.Member> members : groups.values()) {
            if (members.size() < 2) {
                continue;
            }
            CollectionModel.Member named = null;
            for (CollectionModel.Member member : members) {
                String name = member.key().collection();
                if (name == null) {
                    continue;
                }
                if (named != null && !named.key().collection().equals(name)) {
                    report.error(Diagnostics.SINGLE_COLLECTION_MISMATCH, member.entity().element(),
                            collectionValue(member.entity().element(), member.key()),
                            named.entity().className().simpleName(), named.key().collection(),
                            member.entity().className().simpleName(), name, where(table, place));
                    return Optional.empty();
                }
                named = named == null ? member : named;
            }
            String name = named != null ? named.key().collection() : derivedName(members.get(0).key().partition());
            collections.add(new CollectionModel(name, place, members));
        }
        return Optional.of(collections);
    }

    /** @return the literals and variable types of a partition template: equal shapes compose equal values */
    private static String shape(KeyTemplateModel template) {
        StringBuilder shape = new StringBuilder();
        for (Segment segment : template.segments()) {
            if (segment.isVariable()) {
                shape.append('{').append(segment.variable().type().javaType().box()).append('}');
            } else {
                shape.append(segment.literal().replace("{", "{{"));
            }
        }
        return shape.toString();
    }

    /** @return {@code CUSTOMER#{customerId}} → {@code Customer}; {@code {tenant}#...} → {@code Tenant} */
    static String derivedName(KeyTemplateModel partition) {
        String prefix = partition.literalPrefix();
        StringBuilder name = new StringBuilder();
        boolean upper = true;
        for (int i = 0; i < prefix.length(); i++) {
            char c = prefix.charAt(i);
            if (c == KeyTemplateModel.SEPARATOR) {
                break;
            }
            if (!Character.isLetterOrDigit(c) || c > 127) {
                upper = true;
                continue;
            }
            name.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
            upper = false;
        }
        if (name.length() == 0 || Character.isDigit(name.charAt(0))) {
            name.setLength(0);
            for (var variable : partition.variables()) {
                name.append(Names.capitalize(variable.propertyName()));
            }
        }
        return name.length() == 0 ? "Items" : Names.capitalize(name.toString());
    }
}
