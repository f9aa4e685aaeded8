package io.avstack.sim.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The text inside {@code ${...}}: a parameter name, or arithmetic over parameters and numbers with
 * {@code + - * /}, unary minus and parentheses, e.g. {@code egoSpeedKph / 3.6}. Parsed by recursive
 * descent, never by a script engine. A lone name evaluates to the parameter's text as given (so a
 * string parameter such as {@code NEAR} works); arithmetic is in double precision and its result is
 * written without exponent, integral values without a fraction ({@code 30 / 2} gives {@code 15}).
 */
final class Expression {

    private sealed interface Node permits Num, Name, Unary, Binary {
    }

    private record Num(double value) implements Node {
    }

    private record Name(String name) implements Node {
    }

    private record Unary(Node operand) implements Node {
    }

    private record Binary(char op, Node left, Node right) implements Node {
    }

    private final String text;
    private final Node root;
    private final List<String> names;

    private Expression(String text, Node root, List<String> names) {
        this.text = text;
        this.root = root;
        this.names = Collections.unmodifiableList(names);
    }

    /**
     * @throws IllegalArgumentException describing the first syntax error
     */
    static Expression parse(String text) {
        Parser parser = new Parser(text);
        Node root = parser.expression();
        parser.skipSpaces();
        if (parser.pos < text.length()) {
            throw parser.error("unexpected '" + text.charAt(parser.pos) + "'");
        }
        return new Expression(text, root, parser.names);
    }

    /** The parameter names used, in order of appearance (may repeat). */
    List<String> names() {
        return names;
    }

    /**
     * Evaluates against parameter values (text as substituted).
     *
     * @throws IllegalArgumentException if a name is unknown or a non-numeric value meets arithmetic
     */
    String evaluate(Map<String, String> values) {
        if (root instanceof Name name) {
            return lookup(name.name(), values);
        }
        return ParameterValues.format(number(root, values));
    }

    @Override
    public String toString() {
        return text;
    }

    private double number(Node node, Map<String, String> values) {
        return switch (node) {
            case Num n -> n.value();
            case Name n -> {
                String value = lookup(n.name(), values);
                if (!ParameterValues.isNumber(value)) {
                    throw new IllegalArgumentException("parameter '" + n.name() + "' = " + value
                            + " is not a number, so it cannot be used in arithmetic");
                }
                yield Double.parseDouble(value);
            }
            case Unary u -> -number(u.operand(), values);
            case Binary b -> apply(b.op(), number(b.left(), values), number(b.right(), values));
        };
    }

    private static double apply(char op, double left, double right) {
        return switch (op) {
            case '+' -> left + right;
            case '-' -> left - right;
            case '*' -> left * right;
            default -> {
                if (right == 0) {
                    throw new IllegalArgumentException("division by zero");
                }
                yield left / right;
            }
        };
    }

    private static String lookup(String name, Map<String, String> values) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("unknown parameter '" + name + "'");
        }
        return value;
    }

    /** Recursive descent: expression := term (+|- term)*, term := factor (*|/ factor)*. */
    private static final class Parser {
        private final String text;
        private final List<String> names = new ArrayList<>();
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        Node expression() {
            Node node = term();
            for (char c = peek(); c == '+' || c == '-'; c = peek()) {
                pos++;
                node = new Binary(c, node, term());
            }
            return node;
        }

        private Node term() {
            Node node = factor();
            for (char c = peek(); c == '*' || c == '/'; c = peek()) {
                pos++;
                node = new Binary(c, node, factor());
            }
            return node;
        }

        private Node factor() {
            char c = peek();
            if (c == '-' || c == '+') {
                pos++;
                Node operand = factor();
                return c == '-' ? new Unary(operand) : operand;
            }
            if (c == '(') {
                pos++;
                Node inner = expression();
                if (peek() != ')') {
                    throw error("missing ')'");
                }
                pos++;
                return inner;
            }
            if (Character.isDigit(c) || c == '.') {
                return number();
            }
            if (Character.isLetter(c) || c == '_') {
                return name();
            }
            throw error(c == 0 ? "expression ends too early" : "unexpected '" + c + "'");
        }

        private Node number() {
            int start = pos;
            while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
                pos++;
            }
            String literal = text.substring(start, pos);
            try {
                return new Num(new BigDecimal(literal).doubleValue());
            } catch (NumberFormatException e) {
                throw error("bad number '" + literal + "'");
            }
        }

        private Node name() {
            int start = pos;
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                pos++;
            }
            String name = text.substring(start, pos);
            names.add(name);
            return new Name(name);
        }

        /** The next non-space character without consuming it; 0 at the end. */
        private char peek() {
            skipSpaces();
            return pos < text.length() ? text.charAt(pos) : 0;
        }

        void skipSpaces() {
            while (pos < text.length() && text.charAt(pos) == ' ') {
                pos++;
            }
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException("bad expression '" + text + "': " + what + " at character "
                    + (pos + 1));
        }
    }
}
