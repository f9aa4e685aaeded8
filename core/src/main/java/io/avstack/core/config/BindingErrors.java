package io.avstack.core.config;

import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a Jackson binding error into a {@link ConfigException}. The kind is decided from the
 * parsed tree at the error's path (absent or null there means a missing key, anything else a wrong
 * type), not from Jackson's message text, which is not an API.
 */
final class BindingErrors {

    private BindingErrors() {
    }

    /**
     * @throws IllegalStateException for a config type Jackson cannot bind at all (a programming error)
     */
    static ConfigException translate(JsonMappingException e, JsonNode tree, String source, ObjectMapper mapper) {
        String path = KeyPaths.of(e.getPath());
        JsonNode node = find(tree, e.getPath());
        if (e instanceof InvalidDefinitionException) {
            throw new IllegalStateException("config type cannot be bound from YAML: " + e.getOriginalMessage(), e);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return error(ConfigException.Kind.UNKNOWN_KEY, source, path, render(node),
                    "allowed keys: " + sorted(unknown.getKnownPropertyIds()), e);
        }
        if (e instanceof ValueInstantiationException) {
            return rejectedByConstructor(e, node, path, source);
        }
        Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        if (node == null || node.isMissingNode()) {
            ConfigException typo = unknownSibling(e.getPath(), tree, source, mapper);
            if (typo != null) {
                return typo;
            }
            return error(ConfigException.Kind.MISSING_KEY, source, path, ConfigException.ABSENT,
                    "expected " + describe(target), e);
        }
        if (node.isNull()) {
            return error(ConfigException.Kind.MISSING_KEY, source, path, "null",
                    "a value is required, expected " + describe(target), e);
        }
        String detail = target != null ? "expected " + describe(target) : firstLine(e.getOriginalMessage());
        return error(ConfigException.Kind.WRONG_TYPE, source, path, render(node), detail, e);
    }

    /** A record's compact constructor threw: its own ConfigException is kept, anything else is INVALID. */
    private static ConfigException rejectedByConstructor(JsonMappingException e, JsonNode node, String path,
            String source) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        if (cause instanceof ConfigException own && own.file() == null) {
            return own.resolve(source, path);
        }
        return error(ConfigException.Kind.INVALID, source, path, render(node), String.valueOf(cause.getMessage()), e);
    }

    /**
     * Jackson reports a missing creator key before the unknown keys next to it, but when both occur
     * the unknown key is usually the cause (a typo: {@code keepAlive} for {@code keepAliveS}), so it
     * is reported instead. Null if the missing key's mapping has no unknown key.
     */
    private static ConfigException unknownSibling(List<JsonMappingException.Reference> path, JsonNode tree,
            String source, ObjectMapper mapper) {
        if (path.isEmpty()) {
            return null;
        }
        JsonMappingException.Reference missing = path.get(path.size() - 1);
        List<JsonMappingException.Reference> parentPath = path.subList(0, path.size() - 1);
        JsonNode parent = find(tree, parentPath);
        if (!(missing.getFrom() instanceof Class<?> owner) || parent == null || !parent.isObject()) {
            return null;
        }
        Set<String> allowed = new TreeSet<>();
        DeserializationConfig config = mapper.getDeserializationConfig();
        for (BeanPropertyDefinition property : config.introspect(mapper.constructType(owner)).findProperties()) {
            allowed.add(property.getName());
        }
        for (Map.Entry<String, JsonNode> field : parent.properties()) {
            if (!allowed.contains(field.getKey())) {
                return error(ConfigException.Kind.UNKNOWN_KEY, source,
                        KeyPaths.child(KeyPaths.of(parentPath), field.getKey()), render(field.getValue()),
                        "allowed keys: " + allowed + " (required key '" + missing.getFieldName() + "' is absent)",
                        null);
            }
        }
        return null;
    }

    /** What a type looks like in YAML, for "expected ..." messages. */
    static String describe(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (type == double.class || type == float.class || type == Double.class || type == Float.class
                || type == java.math.BigDecimal.class) {
            return "a number (" + type.getSimpleName() + ")";
        }
        if (type == int.class || type == long.class || type == short.class || type == byte.class
                || type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
                || type == java.math.BigInteger.class) {
            return "an integer (" + type.getSimpleName() + ")";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "a mapping";
        }
        return "a mapping (" + type.getSimpleName() + ")";
    }

    private static JsonNode find(JsonNode tree, List<JsonMappingException.Reference> references) {
        JsonNode node = tree;
        for (JsonMappingException.Reference ref : references) {
            if (node == null) {
                return null;
            }
            node = ref.getFieldName() != null ? node.get(ref.getFieldName()) : node.get(ref.getIndex());
        }
        return node;
    }

    private static String render(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return ConfigException.ABSENT;
        }
        return node.isTextual() ? ConfigException.render(node.textValue()) : ConfigException.clip(node.toString());
    }

    private static String sorted(Collection<Object> keys) {
        return keys == null ? "[]" : new TreeSet<>(keys.stream().map(String::valueOf).toList()).toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static ConfigException error(ConfigException.Kind kind, String source, String path, String value,
            String detail, Throwable cause) {
        return new ConfigException(kind, source, path, value, detail, -1, -1, cause);
    }
}
