package io.budgetwatch.local;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where things are in the repository checkout the launcher runs from: the bundled samples, the services' packaged
 * jars, the default state directory. Found from the launcher's own location (target/local-launcher.jar or
 * target/classes), so it works whatever the current directory is.
 */
record RepoLayout(Path root) {
    private static final Path SAMPLES = Path.of("deploy", "local", "samples");

    static RepoLayout ofRunningLauncher() throws StageFailure {
        Path start;
        try {
            start = Path.of(RepoLayout.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new StageFailure("layout", "cannot tell where the launcher runs from: " + e, e);
        }
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(SAMPLES)) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return new RepoLayout(dir);
            }
        }
        throw new StageFailure("layout", "the launcher at " + start + " is not inside a budgetwatch checkout (no "
                + SAMPLES + " above it): run it as deploy/local/run");
    }

    Path samples() {
        return root.resolve(SAMPLES);
    }

    Path defaultStateDir() {
        return root.resolve("deploy").resolve("local").resolve(".state");
    }

    /** What {@code ./mvnw package} builds for a Quarkus service: the fast-jar launcher. */
    Path serviceJar(String module) {
        return root.resolve(module).resolve("target").resolve("quarkus-app").resolve("quarkus-run.jar");
    }
}
