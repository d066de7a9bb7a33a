package dev.yardstick.sandbox;

import java.time.Clock;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the sandbox on loopback until killed, printing each simulator's URL; for manual use.
 *
 * <p>Options: {@code --intake-port N} (default: a free port), {@code --intake-api-key KEY} (default: accept any
 * non-blank key). The key is never printed.
 */
public final class SandboxMain {

    private SandboxMain() {
    }

    /** Starts the sandbox with the system clock and blocks until the process is stopped. */
    public static void main(String[] args) throws InterruptedException {
        Sandbox.Builder builder = Sandbox.builder().clock(Clock.systemUTC());
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw usage("missing value after " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--intake-port":
                    builder.intakePort(parsePort(value));
                    break;
                case "--intake-api-key":
                    builder.intakeApiKey(value);
                    break;
                default:
                    throw usage("unknown option " + option);
            }
        }
        Sandbox sandbox = builder.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }, "sandbox-shutdown"));
        sandbox.urls().forEach((name, url) -> System.out.println(name + " " + url));
        SandboxCredentials.print(sandbox, System.out);
        System.out.println("Sandbox running; stop with Ctrl-C.");
        stopped.await();
    }

    private static int parsePort(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw usage("--intake-port needs a number, got '" + value + "'");
        }
    }

    private static IllegalArgumentException usage(String problem) {
        return new IllegalArgumentException(problem
                + "; usage: SandboxMain [--intake-port N] [--intake-api-key KEY]");
    }
}
