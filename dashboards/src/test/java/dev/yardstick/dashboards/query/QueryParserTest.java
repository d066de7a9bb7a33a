package dev.yardstick.dashboards.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The query grammar: a corpus of valid queries, and one case per rule that rejects a query. */
class QueryParserTest {

    @TestFactory
    Stream<DynamicTest> everyQueryOfTheCorpusParses() throws IOException {
        String corpus;
        try (InputStream in = getClass().getResourceAsStream("valid-queries.txt")) {
            corpus = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String[]> lines = corpus.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t", 2)).toList();
        assertTrue(lines.size() >= 35, "corpus size " + lines.size());
        return lines.stream().map(l -> DynamicTest.dynamicTest(l[0] + " " + l[1], () -> {
            switch (l[0]) {
                case "query" -> QueryParser.query(l[1]);
                case "formula" -> QueryParser.formula(l[1]);
                case "monitor" -> QueryParser.monitor(l[1]);
                default -> throw new AssertionError("unknown kind " + l[0]);
            }
        }));
    }

    @Test
    void aQueryYieldsItsMetricsVariablesAndOffsets() {
        ParsedQuery q = QueryParser.query("timeshift(min:health.ci.x.fom{$env,$repo,team:a} by {repo}, -86400)");
        assertEquals(List.of(new ParsedQuery.Located("health.ci.x.fom", 14)), q.metrics());
        assertEquals(List.of("env", "repo"), q.variables().stream().map(ParsedQuery.Located::name).toList());
    }

    @Test
    void aFormulaYieldsTheQueriesItNames() {
        assertEquals(List.of("query1", "query2", "query1"), QueryParser.formula("100 * (query1 - query2) / query1")
                .queryReferences().stream().map(ParsedQuery.Located::name).toList());
    }

    @Test
    void aMonitorYieldsWindowComparatorAndThreshold() {
        ParsedQuery.MonitorParts m = QueryParser.monitor("change(avg(last_1h),last_1w):avg:x{env:prod} by {repo} >= 2.5")
                .monitor().orElseThrow();
        assertEquals(60, m.windowMinutes());
        assertEquals(">=", m.comparator());
        assertEquals(2.5, m.threshold());
        assertEquals(1440 * 7, QueryParser.monitor("max(last_1w):avg:x{*} < 1").monitor().orElseThrow().windowMinutes());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            space aggregator           | count_nonzero:wandb.runs.active{$env}                 | unknown space aggregator 'count_nonzero'
            unknown function           | moving_avg(avg:x{*})                                  | unknown function 'moving_avg'
            aggregator used as function| avg(avg:x{*})                                         | a space aggregator is written avg:metric{scope}
            function arity             | timeshift(avg:x{*})                                   | timeshift() takes 2 argument(s), got 1
            arity of calendar_shift    | calendar_shift(avg:x{*}, '-1d')                       | calendar_shift() takes 3 argument(s), got 2
            timeshift goes back        | timeshift(avg:x{*}, 86400)                            | must be a negative number of seconds
            suffix timeshift           | avg:x{$env}.timeshift(-3d)                            | unknown query method '.timeshift()'
            rollup method              | avg:x{*}.rollup(mean, 60)                             | unknown rollup method 'mean'
            fill mode                  | avg:x{*}.fill(previous)                               | unknown fill mode 'previous'
            as_count takes nothing     | sum:x{*}.as_count(1)                                  | expected ')'
            scope is required          | avg:x                                                 | expected '{'
            unclosed scope             | avg:x{env:prod                                        | expected '}' but the query ends
            bad scope item             | avg:x{=prod}                                          | expected a tag such as env:production
            by clause keys             | avg:x{*} by {}                                        | expected a tag key in the by clause
            by needs braces            | avg:x{*} by host                                      | expected '{' but found 'h'
            unbalanced parentheses     | (avg:x{*} + avg:y{*}                                  | expected ')' but the query ends
            dangling operator          | avg:x{*} +                                            | unexpected end of query
            bare name in a query       | query1 * 2                                            | is neither a function call nor a metric query
            variable outside a scope   | avg:x{*} * $env                                       | template variable outside a scope
            trailing text              | avg:x{*} avg:y{*}                                     | after the end of the query
            string as first argument   | abs('x')                                              | takes a query as its first argument
            """)
    void queryRules(String rule, String query, String message) {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> QueryParser.query(query.strip()), rule);
        assertTrue(e.getMessage().contains(message), rule + ": " + e.getMessage());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            metric query in a formula  | 100 * avg:x{*}                                        | a formula refers to queries by name
            unknown function           | count_non_zero(query1)                                | unknown function 'count_non_zero'
            arity                      | clamp_min(query1)                                     | clamp_min() takes 2 argument(s), got 1
            unbalanced                 | (query1 + query2))                                    | after the end of the query
            operator without operand   | query1 * / query2                                     | unexpected '/'
            """)
    void formulaRules(String rule, String formula, String message) {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> QueryParser.formula(formula.strip()), rule);
        assertTrue(e.getMessage().contains(message), rule + ": " + e.getMessage());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            window unit                | max(last_30s):avg:x{*} > 1                            | window 'last_30s' must be last_<N>m
            window form                | max(30m):avg:x{*} > 1                                 | expected a window such as last_5m
            evaluation aggregation     | median(last_5m):avg:x{*} > 1                          | unknown monitor evaluation 'median'
            change aggregation         | change(mean(last_5m),last_1h):avg:x{*} > 1            | unknown time aggregation 'mean'
            comparator                 | max(last_5m):avg:x{*} == 1                            | expected a comparator
            threshold                  | max(last_5m):avg:x{*} > high                          | expected a number
            no template variables      | max(last_5m):avg:x{$env} > 1                          | monitors have no template variables
            missing colon              | max(last_5m) avg:x{*} > 1                             | expected ':'
            """)
    void monitorRules(String rule, String query, String message) {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> QueryParser.monitor(query.strip()), rule);
        assertTrue(e.getMessage().contains(message), rule + ": " + e.getMessage());
    }

    @Test
    void errorsCarryTheOffsetAndTheOffendingText() {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> QueryParser.query("sum:a{*} + count_nonzero:b{*}"));
        assertEquals(11, e.offset());
        assertEquals("count_nonzero", e.token());
        assertTrue(e.getMessage().contains("at column 12"), e.getMessage());
    }
}
