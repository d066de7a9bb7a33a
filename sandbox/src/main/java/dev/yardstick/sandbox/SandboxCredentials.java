package dev.yardstick.sandbox;

import dev.yardstick.sandbox.asana.AsanaSimulator;
import dev.yardstick.sandbox.github.GithubSimulator;
import dev.yardstick.sandbox.wandb.WandbDataSet;
import dev.yardstick.sandbox.wandb.WandbSimulator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a person needs to point each collector at a sandbox started on its own ({@link SandboxMain}): the tokens and
 * ids the simulators accept, and a kubeconfig for the simulated cluster written to a temporary file.
 */
final class SandboxCredentials {

    private SandboxCredentials() {
    }

    static void print(Sandbox sandbox, PrintStream out) {
        out.println("credentials and ids:");
        out.println("  github     token=" + GithubSimulator.DEFAULT_TOKEN + " repos=" + sandbox.github().dataSet().repos()
                .stream().map(repo -> repo.fullName()).toList());
        out.println("  skypilot   no token needed");
        out.println("  wandb      api-key=" + WandbSimulator.DEFAULT_API_KEY + " entity=" + WandbDataSet.ENTITY
                + " project=" + WandbDataSet.MAIN_PROJECT);
        out.println("  asana      token=" + AsanaSimulator.DEFAULT_TOKEN + " workspace="
                + sandbox.asana().dataSet().workspaceGid() + " bugs-project=" + sandbox.asana().dataSet().bugsProjectGid());
        out.println("  kubernetes kubeconfig=" + kubeconfig(sandbox) + " cluster-name=sandbox");
        out.println("  ec2        any AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY; endpoint-override=" + sandbox.ec2().baseUrl()
                + " cloudwatch-endpoint-override=" + sandbox.cloudWatch().baseUrl());
    }

    private static Path kubeconfig(Sandbox sandbox) {
        try {
            Path file = Files.createTempFile("yardstick-sandbox-", ".kubeconfig");
            file.toFile().deleteOnExit();
            Files.writeString(file, sandbox.kubernetes().kubeconfig("sandbox"));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sandbox kubeconfig", e);
        }
    }
}
