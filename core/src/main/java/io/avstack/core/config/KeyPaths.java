package io.avstack.core.config;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Key paths as users read them: {@code sensors[2].extrinsics.yawRad}; "" is the document root.
 * One spelling everywhere (messages, tests, location lookup), so paths are compared as strings.
 */
final class KeyPaths {

    private KeyPaths() {
    }

    static String child(String parent, String key) {
        return parent.isEmpty() ? key : parent + '.' + key;
    }

    static String index(String parent, int index) {
        return parent + '[' + index + ']';
    }

    /** Appends a relative path ({@code "id"}, {@code "sensors[1].id"} or {@code "[3]"}) to a parent. */
    static String join(String parent, String relative) {
        if (parent == null || parent.isEmpty()) {
            return relative == null ? "" : relative;
        }
        if (relative == null || relative.isEmpty()) {
            return parent;
        }
        return relative.charAt(0) == '[' ? parent + relative : parent + '.' + relative;
    }

    /** The path one segment up; "" for a top-level key or the root. */
    static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "" : path.substring(0, cut);
    }

    /** True if {@code prefix} is {@code path} or one of its ancestors (segment-wise, not char-wise). */
    static boolean isPrefix(String prefix, String path) {
        if (prefix.isEmpty() || prefix.equals(path)) {
            return true;
        }
        if (!path.startsWith(prefix)) {
            return false;
        }
        char next = path.charAt(prefix.length());
        return next == '.' || next == '[';
    }

    /** The path Jackson recorded while unwinding a binding error. */
    static String of(List<JsonMappingException.Reference> references) {
        String path = "";
        for (JsonMappingException.Reference ref : references) {
            path = ref.getFieldName() != null ? child(path, ref.getFieldName()) : index(path, ref.getIndex());
        }
        return path;
    }

    /** The path of the parser's current token: the key for a field name, the element for an array value. */
    static String of(JsonStreamContext context) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        String path = "";
        for (JsonStreamContext c : chain) {
            if (c.inArray() && c.hasCurrentIndex()) {
                path = index(path, c.getCurrentIndex());
            } else if (c.inObject() && c.getCurrentName() != null) {
                path = child(path, c.getCurrentName());
            }
        }
        return path;
    }
}
