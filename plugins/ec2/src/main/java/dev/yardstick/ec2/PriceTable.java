package dev.yardstick.ec2;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * On-demand prices (Linux, us-east-1, USD per hour) by instance type: the bundled table
 * {@code on-demand-prices.tsv}, overridden or extended by {@code on-demand-prices}, scaled per region by
 * {@code region-price-factor}.
 */
final class PriceTable {
    static final String RESOURCE = "on-demand-prices.tsv";

    private final Map<String, Double> prices;

    private PriceTable(Map<String, Double> prices) {
        this.prices = Map.copyOf(prices);
    }

    /** The table shipped with the plugin. */
    static PriceTable bundled() {
        try (InputStream in = PriceTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the plugin jar");
            }
            return new PriceTable(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static Map<String, Double> parse(BufferedReader reader) throws IOException {
        Map<String, Double> prices = new HashMap<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length != 2 || prices.put(fields[0], Double.parseDouble(fields[1])) != null) {
                throw new IllegalStateException(RESOURCE + ":" + number + ": expected a new type, a tab and a price");
            }
        }
        return prices;
    }

    /** This table with some prices replaced or added. */
    PriceTable with(Map<String, Double> overrides) {
        Map<String, Double> merged = new HashMap<>(prices);
        merged.putAll(overrides);
        return new PriceTable(merged);
    }

    /** The us-east-1 price of a type, if known. */
    OptionalDouble price(String type) {
        Double price = prices.get(type);
        return price == null ? OptionalDouble.empty() : OptionalDouble.of(price);
    }

    /** Every type and its price. */
    Map<String, Double> asMap() {
        return prices;
    }
}
