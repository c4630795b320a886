package io.budgetwatch.local;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import sun.misc.Signal;

/**
 * {@code deploy/local/run}: the whole pipeline on one machine, with the alerts on the console. Runs until Ctrl-C,
 * or with {@code --once} until the bundled samples went through. However the run ends, everything that was
 * started is stopped, services first, then the broker and the database.
 */
public final class Launcher {
    private static final int OK = 0;
    private static final int FAILED = 1;
    private static final int USAGE = 64;
    /** Start-up of the services without --once: generous, a cold machine may be slow, but not forever. */
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration HEALTH_POLL = Duration.ofSeconds(1);
    private static final List<String> STOP_SIGNALS = List.of("INT", "TERM", "HUP");

    private final LaunchOptions options;
    private final Console console;
    private final Resources resources;
    private volatile LocalStack stack;
    private volatile boolean stopping;
    private boolean stopped;

    Launcher(LaunchOptions options, Console console) {
        this.options = options;
        this.console = console;
        this.resources = new Resources(console);
    }

    public static void main(String[] args) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("run: " + e.getMessage());
            System.err.print(LaunchOptions.USAGE);
            System.exit(USAGE);
            return;
        }
        if (options.help()) {
            System.out.print(LaunchOptions.USAGE);
            return;
        }
        Launcher launcher = new Launcher(options, Console.stdout());
        launcher.stopOnSignals();
        // a safety net for any other way out; normally everything is stopped before exit
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::shutdown, "local-stack-shutdown"));
        int exitCode = launcher.run();
        launcher.shutdown();
        System.exit(exitCode);
    }

    /**
     * Ctrl-C, SIGTERM and SIGHUP stop the stack in order before the JVM's shutdown hooks run. Embedded PostgreSQL
     * registers a hook of its own, and hooks run concurrently: left to them, the database would vanish under the
     * services while they drain their last records. {@code sun.misc.Signal} (module jdk.unsupported) is the JDK's
     * only way to act on a signal before the hooks; JEP 260 keeps it available for exactly this.
     */
    private void stopOnSignals() {
        for (String name : STOP_SIGNALS) {
            Signal.handle(new Signal(name), signal -> {
                stopping = true;
                console.line("received SIG" + signal.getName());
                shutdown();
                System.exit(128 + signal.getNumber());
            });
        }
    }

    int run() {
        Instant started = Instant.now();
        Instant deadline = options.once() ? started.plus(options.timeout()) : started.plus(STARTUP_TIMEOUT);
        try {
            stack = LocalStack.start(RepoLayout.ofRunningLauncher(), options, System.getenv(), resources, console,
                    deadline);
            stack.crawl();
            if (options.once()) {
                new OnceRun(stack).await(deadline, options.timeout());
                console.line("done: every sample went through the pipeline in "
                        + Duration.between(started, Instant.now()).toSeconds() + " s");
                return OK;
            }
            console.line("running: drop a PDF into " + stack.samples().dir() + " and the next crawl picks it up; "
                    + "Ctrl-C stops everything");
            while (true) {
                stack.checkRunning();
                Pause.sleep(HEALTH_POLL);
            }
        } catch (StageFailure failure) {
            if (!stopping) { // a failure caused by our own shutdown is no news
                console.line("FAILED at " + failure.stage() + ": " + failure.getMessage());
            }
            return FAILED;
        } catch (RuntimeException bug) {
            // still stop what was started: the broker's threads would otherwise keep this JVM alive
            console.line("FAILED: the launcher itself broke (please report): " + bug);
            bug.printStackTrace();
            return FAILED;
        }
    }

    /** Summary first (the user is waiting for it), then everything stopped in reverse start order; once only. */
    synchronized void shutdown() {
        if (stopped) {
            return;
        }
        stopped = true;
        stopping = true;
        if (stack != null) {
            stack.printSummary();
        }
        console.line("stopping everything the launcher started");
        resources.closeAll();
        console.line("stopped");
    }
}
