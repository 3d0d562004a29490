package dev.dynaq.processor.codegen;

import com.palantir.javapoet.ClassName;

/**
 * The runtime and SDK types generated code refers to. The processor does not depend on the runtime at
 * compile time, so they are named here, once.
 */
final class RuntimeTypes {
    private static final String API = "dev.dynaq";
    private static final String INTERNAL = "dev.dynaq.internal";
    private static final String MODEL = "software.amazon.awssdk.services.dynamodb.model";

    static final ClassName ATTRIBUTE = ClassName.get(API, "Attribute");
    static final ClassName STRING_ATTRIBUTE = ClassName.get(API, "StringAttribute");
    static final ClassName NUMBER_ATTRIBUTE = ClassName.get(API, "NumberAttribute");
    static final ClassName BINARY_ATTRIBUTE = ClassName.get(API, "BinaryAttribute");
    static final ClassName COMPARABLE_ATTRIBUTE = ClassName.get(API, "ComparableAttribute");
    static final ClassName LIST_ATTRIBUTE = ClassName.get(API, "ListAttribute");
    static final ClassName SET_ATTRIBUTE = ClassName.get(API, "SetAttribute");
    static final ClassName MAP_ATTRIBUTE = ClassName.get(API, "MapAttribute");
    static final ClassName ATTRIBUTE_CONVERTER = ClassName.get(API, "AttributeConverter");
    static final ClassName INDEX_DESCRIPTOR = ClassName.get(API, "IndexDescriptor");
    static final ClassName KEY_ATTRIBUTE = INDEX_DESCRIPTOR.nestedClass("KeyAttribute");
    static final ClassName INDEX_KIND = INDEX_DESCRIPTOR.nestedClass("Kind");
    static final ClassName INDEX_PROJECTION = ClassName.get("dev.dynaq.annotation", "IndexProjection");
    static final ClassName ITEM_SCHEMA = ClassName.get(API, "ItemSchema");
    static final ClassName VERSION_SUPPORT = ITEM_SCHEMA.nestedClass("VersionSupport");
    static final ClassName KEY = ClassName.get(API, "Key");
    static final ClassName DYNAQ = ClassName.get(API, "Dynaq");
    static final ClassName REQUEST_LISTENER = ClassName.get(API, "RequestListener");
    static final ClassName TABLE = ClassName.get(API, "Table");
    static final ClassName ASYNC_TABLE = ClassName.get(API, "AsyncTable");
    static final ClassName QUERY = ClassName.get(API, "Query");
    static final ClassName ASYNC_QUERY = ClassName.get(API, "AsyncQuery");

    static final ClassName KEY_TEMPLATE = ClassName.get(API + ".single", "KeyTemplate");
    static final ClassName ENTITY_KEYS = ClassName.get(API + ".single", "EntityKeys");
    static final ClassName INDEX_KEY = ENTITY_KEYS.nestedClass("IndexKey");
    static final ClassName MIXED_SCHEMA = ClassName.get(API + ".single", "MixedSchema");
    static final ClassName UNKNOWN_ITEM = ClassName.get(API + ".single", "UnknownItem");
    static final ClassName SHARED_TABLE = ClassName.get(API + ".single", "SharedTable");
    static final ClassName PAGE = ClassName.get(API, "Page");
    static final ClassName CURSOR = ClassName.get(API, "Cursor");

    static final ClassName CONVERTERS = ClassName.get(INTERNAL, "Converters");
    static final ClassName VALUES = ClassName.get(INTERNAL, "Values");
    static final ClassName FORMATS = ClassName.get(INTERNAL, "Formats");
    static final ClassName LIFECYCLE = ClassName.get(API, "Lifecycle");
    static final ClassName INVALID_VALUE_EXCEPTION = ClassName.get(API, "InvalidValueException");
    static final ClassName DYNAQ_EXCEPTION = ClassName.get(API, "DynaqException");
    static final ClassName ITEM_DECODING = ClassName.get(INTERNAL, "ItemDecoding");
    static final ClassName TABLE_CONTEXT = ClassName.get(INTERNAL, "TableContext");
    static final ClassName QUERY_SPEC = ClassName.get(INTERNAL, "QuerySpec");
    static final ClassName SORT_KEY_CONDITION = ClassName.get(INTERNAL, "SortKeyCondition");
    static final ClassName ITEM_DECODER = ClassName.get(INTERNAL + ".direct", "ItemDecoder");
    static final ClassName JSON_ITEM = ClassName.get(INTERNAL + ".direct", "JsonItem");
    static final ClassName VALUE_DECODER = ClassName.get(INTERNAL + ".direct", "ValueDecoder");

    static final ClassName ATTRIBUTE_VALUE = ClassName.get(MODEL, "AttributeValue");
    static final ClassName SCALAR_TYPE = INDEX_DESCRIPTOR.nestedClass("ScalarType");
    static final ClassName DYNAMO_DB_CLIENT = ClassName.get("software.amazon.awssdk.services.dynamodb", "DynamoDbClient");
    static final ClassName DYNAMO_DB_ASYNC_CLIENT =
            ClassName.get("software.amazon.awssdk.services.dynamodb", "DynamoDbAsyncClient");

    private RuntimeTypes() {
    }
}
