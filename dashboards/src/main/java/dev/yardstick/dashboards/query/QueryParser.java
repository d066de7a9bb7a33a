package dev.yardstick.dashboards.query;

import dev.yardstick.dashboards.query.ParsedQuery.Located;
import dev.yardstick.dashboards.query.ParsedQuery.MonitorParts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A recursive-descent parser for Datadog metric queries, formulas and metric monitor queries:
 * <pre>
 * monitor    := evaluation ':' expr comparator number
 * evaluation := agg '(' window ')' | ('change' | 'pct_change') '(' agg '(' window ')' ',' window ')'
 * expr       := term (('+' | '-') term)*          term := unary (('*' | '/') unary)*
 * unary      := '-' unary | primary               window := 'last_' digits ('m' | 'h' | 'd' | 'w')
 * primary    := number | '(' expr ')' | function '(' arg (',' arg)* ')' | metricQuery | queryName
 * metricQuery:= spaceAgg ':' metric '{' scope '}' [ 'by' '{' tagKey (',' tagKey)* '}' ] method*
 * method     := '.rollup(' rollupMethod [',' seconds] ')' | '.as_count()' | '.as_rate()' | '.fill(' mode [',' seconds] ')'
 * scope      := '*' | item (',' item)*          item := '$' name | ['!'] tag [':' value]
 * </pre>
 * Metric queries are allowed in queries and monitors, query names only in formulas.
 */
public final class QueryParser {
    private enum Mode { QUERY, FORMULA, MONITOR }

    private final String text;
    private final Mode mode;
    private int pos;
    private final List<Located> metrics = new ArrayList<>();
    private final List<Located> variables = new ArrayList<>();
    private final List<Located> references = new ArrayList<>();

    private QueryParser(String text, Mode mode) {
        this.text = text;
        this.mode = mode;
    }

    /** Parses a dashboard metric query (the {@code query} of a {@code metrics} data source). */
    public static ParsedQuery query(String text) {
        QueryParser p = new QueryParser(text, Mode.QUERY);
        p.expr();
        p.end();
        return p.result(Optional.empty());
    }

    /** Parses a formula over named queries. */
    public static ParsedQuery formula(String text) {
        QueryParser p = new QueryParser(text, Mode.FORMULA);
        p.expr();
        p.end();
        return p.result(Optional.empty());
    }

    /** Parses a metric monitor query, e.g. {@code max(last_30m):min:x{env:prod} by {repo} < 1}. */
    public static ParsedQuery monitor(String text) {
        QueryParser p = new QueryParser(text, Mode.MONITOR);
        int start = p.pos;
        long window = p.evaluation();
        String evaluation = text.substring(start, p.pos);
        p.expect(':');
        p.expr();
        p.spaces();
        String comparator = p.comparator();
        p.spaces();
        int numberAt = p.pos;
        p.optional('-');
        String number = p.number();
        String thresholdText = text.substring(numberAt, p.pos);
        p.end();
        return p.result(Optional.of(new MonitorParts(evaluation, window, comparator, Double.parseDouble(thresholdText), thresholdText)));
    }

    private ParsedQuery result(Optional<MonitorParts> monitor) {
        return new ParsedQuery(metrics, variables, references, monitor);
    }

    // monitor evaluation
    private long evaluation() {
        int at = pos;
        String name = identifier("an evaluation such as max(last_5m)");
        expect('(');
        if ("change".equals(name) || "pct_change".equals(name)) {
            int aggAt = pos;
            String agg = identifier("a time aggregation");
            if (!Functions.MONITOR_AGGREGATIONS.contains(agg)) {
                throw error("unknown time aggregation '" + agg + "' (avg, sum, min, max)", aggAt, agg);
            }
            expect('(');
            long window = window();
            expect(')');
            expect(',');
            window();
            expect(')');
            return window;
        }
        if (!Functions.MONITOR_AGGREGATIONS.contains(name)) {
            throw error("unknown monitor evaluation '" + name + "' (avg, sum, min, max, change, pct_change)", at, name);
        }
        long window = window();
        expect(')');
        return window;
    }

    private long window() {
        int at = pos;
        String w = identifier("a window such as last_5m");
        if (!w.matches("last_[1-9][0-9]*[mhdw]")) {
            throw error("window '" + w + "' must be last_<N>m, last_<N>h, last_<N>d or last_<N>w", at, w);
        }
        long n = Long.parseLong(w.substring(5, w.length() - 1));
        return switch (w.charAt(w.length() - 1)) {
            case 'm' -> n;
            case 'h' -> n * 60;
            case 'd' -> n * 1440;
            default -> n * 10080;
        };
    }

    private String comparator() {
        int at = pos;
        for (String c : List.of(">=", "<=", ">", "<")) {
            if (text.startsWith(c, pos)) {
                pos += c.length();
                return c;
            }
        }
        throw error("expected a comparator (>, >=, <, <=) and a threshold", at, rest(at));
    }

    // expressions
    private void expr() {
        term();
        while (true) {
            spaces();
            if (peek() == '+' || peek() == '-') {
                pos++;
                term();
            } else {
                return;
            }
        }
    }

    private void term() {
        unary();
        while (true) {
            spaces();
            if (peek() == '*' || peek() == '/') {
                pos++;
                unary();
            } else {
                return;
            }
        }
    }

    private void unary() {
        spaces();
        if (peek() == '-') {
            pos++;
            unary();
            return;
        }
        primary();
    }

    private void primary() {
        spaces();
        char c = peek();
        if (Character.isDigit(c) || c == '.') {
            number();
        } else if (c == '(') {
            pos++;
            expr();
            spaces();
            expect(')');
        } else if (Character.isLetter(c)) {
            int at = pos;
            String name = identifier("a name");
            if (peek() == '(') {
                call(name, at);
            } else if (peek() == ':') {
                metricQuery(name, at);
            } else if (mode == Mode.FORMULA) {
                references.add(new Located(name, at));
            } else {
                throw error("'" + name + "' is neither a function call nor a metric query (aggregator:metric{scope})", at, name);
            }
        } else if (c == '$') {
            throw error("template variable outside a scope", pos, rest(pos));
        } else {
            throw error(pos >= text.length() ? "unexpected end of query" : "unexpected '" + c + "'", pos, rest(pos));
        }
    }

    private void call(String name, int at) {
        Functions.Arity arity = Functions.arity(name);
        if (arity == null) {
            throw error("unknown function '" + name + "'" + (Functions.SPACE_AGGREGATORS.contains(name)
                    ? " (a space aggregator is written " + name + ":metric{scope})" : ""), at, name);
        }
        expect('(');
        int args = 0;
        spaces();
        if (peek() != ')') {
            do {
                spaces();
                argument(name, args);
                args++;
                spaces();
            } while (optional(','));
        }
        expect(')');
        if (args < arity.min() || args > arity.max()) {
            throw error(name + "() takes " + (arity.min() == arity.max() ? String.valueOf(arity.min())
                    : arity.min() + " to " + arity.max()) + " argument(s), got " + args, at, name);
        }
    }

    private void argument(String function, int index) {
        if (peek() == '\'' || peek() == '"') {
            if (index == 0) {
                throw error(function + "() takes a query as its first argument, not a string", pos, rest(pos));
            }
            string();
            return;
        }
        int at = pos;
        if (index > 0 && "timeshift".equals(function)) {
            optional('-');
            String seconds = number();
            if (text.charAt(at) != '-') {
                throw error("timeshift() shifts back: its offset must be a negative number of seconds, got " + seconds, at, seconds);
            }
            return;
        }
        expr();
    }

    private void metricQuery(String aggregator, int at) {
        if (mode == Mode.FORMULA) {
            throw error("a formula refers to queries by name; put the metric query in a query", at, aggregator);
        }
        if (!Functions.SPACE_AGGREGATORS.contains(aggregator)) {
            throw error("unknown space aggregator '" + aggregator + "' (avg, sum, min, max or a percentile; "
                    + "count_nonzero and count_not_null are functions)", at, aggregator);
        }
        expect(':');
        int metricAt = pos;
        String metric = identifier("a metric name");
        metrics.add(new Located(metric, metricAt));
        expect('{');
        scope();
        int afterScope = pos;
        spaces();
        if (text.startsWith("by", pos) && !Character.isLetterOrDigit(charAt(pos + 2))) {
            pos += 2;
            spaces();
            expect('{');
            do {
                spaces();
                tagKey();
                spaces();
            } while (optional(','));
            expect('}');
        } else {
            pos = afterScope;
        }
        while (peek() == '.') {
            method();
        }
    }

    private void scope() {
        spaces();
        if (optional('*')) {
            spaces();
            expect('}');
            return;
        }
        do {
            spaces();
            if (peek() == '$') {
                int at = ++pos;
                String name = identifier("a template variable name");
                if (mode == Mode.MONITOR) {
                    throw error("monitors have no template variables: replace $" + name + " with a tag", at - 1, "$" + name);
                }
                variables.add(new Located(name, at - 1));
            } else {
                int item = pos;
                optional('!');
                tag();
                if (pos < text.length() && peek() != ',' && peek() != '}' && !Character.isWhitespace(peek())) {
                    int end = item;
                    while (end < text.length() && text.charAt(end) != ',' && text.charAt(end) != '}') {
                        end++;
                    }
                    throw error("'" + text.substring(item, end) + "' is not a tag such as env:production", item, text.substring(item, end));
                }
            }
            spaces();
        } while (optional(','));
        expect('}');
    }

    private void tag() {
        int at = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(peek()) || "_-./:*".indexOf(peek()) >= 0)) {
            pos++;
        }
        if (pos == at || !Character.isLetter(text.charAt(at)) && text.charAt(at) != '*') {
            throw error("expected a tag such as env:production in the scope", at, rest(at));
        }
    }

    private void tagKey() {
        int at = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(peek()) || "_-./".indexOf(peek()) >= 0)) {
            pos++;
        }
        if (pos == at) {
            throw error("expected a tag key in the by clause", at, rest(at));
        }
    }

    private void method() {
        expect('.');
        int at = pos;
        String name = identifier("a method such as rollup");
        expect('(');
        spaces();
        switch (name) {
            case "as_count", "as_rate" -> { }
            case "rollup" -> {
                word(Functions.ROLLUP_METHODS, "rollup method");
                optionalSeconds();
            }
            case "fill" -> {
                word(Functions.FILL_MODES, "fill mode");
                optionalSeconds();
            }
            default -> throw error("unknown query method '." + name + "()' (rollup, as_count, as_rate, fill; "
                    + "use timeshift(query, -seconds) for a time shift)", at, name);
        }
        spaces();
        expect(')');
    }

    private void word(java.util.Set<String> allowed, String what) {
        int at = pos;
        String w = identifier(what);
        if (!allowed.contains(w)) {
            throw error("unknown " + what + " '" + w + "' (" + String.join(", ", new java.util.TreeSet<>(allowed)) + ")", at, w);
        }
    }

    private void optionalSeconds() {
        spaces();
        if (optional(',')) {
            spaces();
            number();
        }
    }

    // lexical helpers
    private String identifier(String what) {
        int at = pos;
        if (pos < text.length() && Character.isLetter(peek())) {
            while (pos < text.length() && (Character.isLetterOrDigit(peek()) || peek() == '_' || peek() == '.')) {
                pos++;
            }
        }
        if (pos == at) {
            throw error("expected " + what, at, rest(at));
        }
        if (text.charAt(pos - 1) == '.') {
            pos--;
        }
        return text.substring(at, pos);
    }

    private String number() {
        int at = pos;
        while (pos < text.length() && (Character.isDigit(peek()) || peek() == '.')) {
            pos++;
        }
        if (pos < text.length() && (peek() == 'e' || peek() == 'E')) {
            pos++;
            optional('-');
            while (pos < text.length() && Character.isDigit(peek())) {
                pos++;
            }
        }
        String n = text.substring(at, pos);
        try {
            Double.parseDouble(n);
        } catch (NumberFormatException e) {
            throw error("expected a number", at, n.isEmpty() ? rest(at) : n);
        }
        return n;
    }

    private void string() {
        char quote = peek();
        int at = pos++;
        while (pos < text.length() && peek() != quote) {
            pos++;
        }
        if (pos >= text.length()) {
            throw error("unterminated string", at, rest(at));
        }
        pos++;
    }

    private void spaces() {
        while (pos < text.length() && Character.isWhitespace(peek())) {
            pos++;
        }
    }

    private boolean optional(char c) {
        if (peek() == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!optional(c)) {
            throw error(pos >= text.length() ? "expected '" + c + "' but the query ends"
                    : "expected '" + c + "' but found '" + peek() + "'", pos, rest(pos));
        }
    }

    private void end() {
        spaces();
        if (pos < text.length()) {
            throw error("unexpected '" + rest(pos) + "' after the end of the query", pos, rest(pos));
        }
    }

    private char peek() {
        return charAt(pos);
    }

    private char charAt(int i) {
        return i < text.length() ? text.charAt(i) : '\0';
    }

    private String rest(int at) {
        String r = text.substring(Math.min(at, text.length())).strip();
        return r.length() > 24 ? r.substring(0, 24) : r;
    }

    private QuerySyntaxException error(String message, int at, String token) {
        return new QuerySyntaxException(message + " at column " + (at + 1) + " of '" + text + "'", at, token);
    }
}
