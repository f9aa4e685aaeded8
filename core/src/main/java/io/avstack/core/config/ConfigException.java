package io.avstack.core.config;

/**
 * The one error type of config loading: the file is unreadable, not YAML, or does not fit the
 * config record. The message names the file (with line and column where known), the key path
 * ({@code sensors[2].extrinsics.yawRad}), the offending value and what was expected, e.g.
 *
 * <pre>
 * calibration.yaml:14:7: sensors[2].extrinsics.yawRad = "abc": wrong type: expected a number (double)
 * </pre>
 *
 * <p>Unchecked because it is a start-up failure: the program prints it and exits.
 */
public final class ConfigException extends RuntimeException {

    /** What went wrong. */
    public enum Kind {
        /** A key the config record does not have (typo, or a key of another version). */
        UNKNOWN_KEY("unknown key"),
        /** A required key is absent, or its value is {@code null}. */
        MISSING_KEY("missing required key"),
        /** The value cannot be read as the declared type ("abc" for a double, an unknown enum). */
        WRONG_TYPE("wrong type"),
        /** A number outside its {@link Range}. */
        OUT_OF_RANGE("out of range"),
        /** A cross-field check ({@link Validated}) or a record constructor rejected the value. */
        INVALID("invalid value"),
        /** Not parseable YAML, a duplicate key, or an empty document. */
        MALFORMED("malformed YAML"),
        /** The file or classpath resource does not exist or cannot be read. */
        NOT_FOUND("cannot read config");

        private final String phrase;

        Kind(String phrase) {
            this.phrase = phrase;
        }
    }

    /** Shown as the value when a required key is absent. */
    static final String ABSENT = "(absent)";

    private static final int MAX_VALUE_CHARS = 80;

    private final Kind kind;
    private final String file;
    private final String keyPath;
    private final String value;
    private final String detail;
    private final int line;
    private final int column;

    ConfigException(Kind kind, String file, String keyPath, String value, String detail,
            int line, int column, Throwable cause) {
        super(format(kind, file, keyPath, value, detail, line, column), cause);
        this.kind = kind;
        this.file = file;
        this.keyPath = keyPath;
        this.value = value;
        this.detail = detail;
        this.line = line;
        this.column = column;
    }

    /**
     * For {@link Validated#validate()}: a value that fails a cross-field check.
     *
     * @param key path of the offending key relative to the validated value, e.g. {@code "sensors[1].id"}
     * @param value the offending value (rendered in the message)
     * @param reason what is wrong and what is expected
     */
    public static ConfigException invalid(String key, Object value, String reason) {
        return new ConfigException(Kind.INVALID, null, key, render(value), reason, -1, -1, null);
    }

    public Kind kind() {
        return kind;
    }

    /** The file, classpath resource ({@code classpath:...}) or source name; null if not yet known. */
    public String file() {
        return file;
    }

    /** Dotted key path with list indices, e.g. {@code bus.mqtt.keepAliveS}; "" for the document root. */
    public String keyPath() {
        return keyPath;
    }

    /** The offending value as written (strings quoted), {@code (absent)} for a missing key; may be null. */
    public String value() {
        return value;
    }

    /** What was expected, without file/key/value. */
    public String detail() {
        return detail;
    }

    /** 1-based line in the file, or -1 if unknown. */
    public int line() {
        return line;
    }

    /** 1-based column in the file, or -1 if unknown. */
    public int column() {
        return column;
    }

    /** This error moved under {@code parentPath} of {@code sourceFile} (for errors from {@link Validated}). */
    ConfigException resolve(String sourceFile, String parentPath) {
        return new ConfigException(kind, sourceFile, KeyPaths.join(parentPath, keyPath), value, detail,
                line, column, getCause());
    }

    /** This error with a source position; keeps the original stack trace (it shows the failing check). */
    ConfigException withLocation(int newLine, int newColumn) {
        ConfigException located = new ConfigException(kind, file, keyPath, value, detail, newLine, newColumn,
                getCause());
        located.setStackTrace(getStackTrace());
        return located;
    }

    /** Renders a bound value for a message: strings quoted, long values cut. */
    static String render(Object value) {
        if (value == null) {
            return "null";
        }
        return value instanceof CharSequence s ? '"' + clip(s.toString()) + '"' : clip(value.toString());
    }

    /** Cuts text that is already rendered (e.g. a YAML mapping shown as JSON) to a readable length. */
    static String clip(String text) {
        return text.length() <= MAX_VALUE_CHARS ? text : text.substring(0, MAX_VALUE_CHARS) + "...";
    }

    private static String format(Kind kind, String file, String keyPath, String value, String detail,
            int line, int column) {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "(config)" : file);
        if (line > 0) {
            sb.append(':').append(line).append(':').append(column);
        }
        sb.append(": ");
        if (keyPath != null) {
            sb.append(keyPath.isEmpty() ? "(root)" : keyPath);
            if (value != null) {
                sb.append(" = ").append(value);
            }
            sb.append(": ");
        }
        sb.append(kind.phrase);
        if (detail != null && !detail.isEmpty()) {
            sb.append(": ").append(detail);
        }
        return sb.toString();
    }
}
