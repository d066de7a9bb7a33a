package dev.yardstick.dashboards;

import static dev.yardstick.dashboards.JsonnetSnippets.json;
import static dev.yardstick.dashboards.JsonnetSnippets.layouts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Jsonnet layout engine (lib/grid.libsonnet). */
class GridLayoutTest {
    private static final String QV = "w.queryValue('v', 'avg:a{*}')";
    private static final String TS = "w.timeseries('t', 'avg:a{*}')";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "g.row(0, [" + QV + ", " + QV + ", " + QV + "])|0,0,4,3;4,0,4,3;8,0,4,3",
        "g.row(5, [" + QV + ", " + QV + ", " + QV + ", " + QV + ", " + QV + "], height=2)|0,5,3,2;3,5,3,2;6,5,2,2;8,5,2,2;10,5,2,2",
        "g.rowCustom(1, [" + QV + ", " + QV + ", " + TS + "], [3, 3, 6])|0,1,3,3;3,1,3,3;6,1,6,3",
        "g.column(6, 2, [" + QV + ", " + QV + "], width=6, height=3)|6,2,6,3;6,5,6,3",
        "[g.fullWidth(4, " + QV + ")]|0,4,12,3",
        "[g.halfWidth(0, " + QV + ", left=false)]|6,0,6,3",
        "[g.thirdWidth(0, " + QV + ", position=2)]|8,0,4,3",
        "[g.quarterWidth(0, " + QV + ", position=1)]|3,0,3,2",
        "g.grid2d(1, [" + QV + ", " + QV + ", " + QV + "], cols=2, height=2)|0,1,6,2;6,1,6,2;0,3,6,2",
        "g.flow([" + QV + ", " + QV + ", " + QV + ", " + QV + ", " + QV + "])|0,0,3,2;3,0,3,2;6,0,3,2;9,0,3,2;0,2,3,2",
        "g.flow([" + QV + ", " + TS + ", " + TS + "])|0,0,3,2;3,0,6,3;0,3,6,3",
        "g.flow([" + QV + ", g.breakBefore(" + QV + ")])|0,0,3,2;0,2,3,2",
        "g.stack([g.row(0, [" + QV + "], height=2), g.row(0, [" + TS + "])])|0,0,12,2;0,2,12,3",
    })
    void placesWidgets(String expression, String expected) {
        assertEquals(List.of(expected.split(";")), layouts(json(expression)));
    }

    @Test
    void groupIsSizedFromItsChildrenPlusTitleRow() {
        var widgets = json("g.flow([w.group('G', [" + QV + ", " + TS + ", " + TS + "]), " + QV + "])");
        assertEquals(List.of("0,0,12,7", "0,7,3,2"), layouts(widgets));
        assertEquals(List.of("0,0,3,2", "3,0,6,3", "0,3,6,3"), layouts(widgets.get(0).at("/definition/widgets")));
    }

    @Test
    void untitledGroupHasNoTitleRow() {
        var widgets = json("g.flow([w.group('G', [" + QV + "], { showTitle: false })])");
        assertEquals(List.of("0,0,12,2"), layouts(widgets));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "[g.at(" + QV + ", 8, 0, 6, 2)]|query_value \"v\" overflows the 12-column grid: x 8 + width 6 > 12",
        "[g.at(" + QV + ", 0, 0, 13, 2)]|layout width must be a whole number 1..12, got 13",
        "g.rowCustom(0, [" + QV + ", " + QV + "], [8, 8])|rowCustom: widths sum to 16 > 12",
        "g.rowCustom(0, [" + QV + "], [8, 4])|rowCustom: 1 widgets but 2 widths",
        "g.grid2d(0, [" + QV + "], cols=5)|grid2d cols must divide 12, got 5",
        "[g.thirdWidth(0, " + QV + ", position=3)]|thirdWidth position must be 0..2, got 3",
        "g.flow([g.at(" + QV + ", 0, 0, 3, 2)])|flow(): widget already has a layout",
    })
    void rejectsBadLayouts(String expression, String message) {
        var result = JsonnetSnippets.evaluate(expression);
        assertFalse(result.ok());
        assertTrue(result.error().orElseThrow().message().contains(message), result.error().orElseThrow().message());
        assertTrue(result.error().orElseThrow().render().matches("(?s).*\\.(lib|j)sonnet:\\d+:\\d+: .*"), result.error().orElseThrow().render());
    }

    @Test
    void dashboardRejectsMixOfPlacedAndUnplacedWidgets() {
        var result = JsonnetSnippets.evaluate("y.dashboard.new('k', 'T', [g.at(" + QV + ", 0, 0, 3, 2), " + QV + "])");
        assertTrue(result.error().orElseThrow().message().contains("1 of 2 widgets have layouts; place all or none"), result.error().orElseThrow().message());
    }

    @Test
    void dashboardFlowsUnplacedWidgetsAndAlwaysEmitsFixedReflow() {
        var d = json("y.dashboard.new('k', 'T', [" + QV + ", " + TS + "], description='D')");
        assertEquals("ordered", d.get("layout_type").asText());
        assertEquals("fixed", d.get("reflow_type").asText());
        assertEquals("D\n\n[yardstick-key:k]", d.get("description").asText());
        assertEquals(List.of("0,0,3,2", "3,0,6,3"), layouts(d.get("widgets")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"0.7|0.7", "95|95", "0.95|0.95", "1/3|0.3333", "2.50|2.5"})
    void formatsNumbersExplicitly(String value, String text) {
        assertEquals(text, json("y.fmt.num(" + value + ")").asText());
    }
}
