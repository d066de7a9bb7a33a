package dev.yardstick.runtime.sink.datadog;

import dev.yardstick.api.config.ConfigurationException;
import java.net.URI;
import java.util.List;

/** The Datadog sites and the API base URL of each ({@code https://api.<site>}). */
public final class DatadogSites {
    /** Every site the intake is offered on. */
    public static final List<String> KNOWN = List.of("datadoghq.com", "us3.datadoghq.com", "us5.datadoghq.com",
            "ap1.datadoghq.com", "ap2.datadoghq.com", "uk1.datadoghq.com", "datadoghq.eu", "ddog-gov.com",
            "us2.ddog-gov.com");

    private DatadogSites() {
    }

    /**
     * Returns the API base URL of a site.
     *
     * @param site a site name such as {@code datadoghq.eu}
     * @param path the HOCON path the site came from, for the error
     * @return {@code https://api.<site>}
     * @throws ConfigurationException when the site is not a known one
     */
    public static URI baseUrl(String site, String path) {
        if (!KNOWN.contains(site)) {
            throw new ConfigurationException(path, "unknown Datadog site '" + site + "'; expected one of "
                    + String.join(", ", KNOWN) + ", or set yardstick.datadog.api-url");
        }
        return URI.create("https://api." + site);
    }
}
