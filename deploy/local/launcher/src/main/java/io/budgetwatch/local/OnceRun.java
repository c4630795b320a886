package io.budgetwatch.local;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The {@code --once} verdict: done when every sample is settled (checked with its alerts seen, or dead-lettered)
 * and the pipeline has been quiet for a few seconds, so the last alerts are on the console. Otherwise it fails
 * naming the stage: a service that died, the one holding an unfinished sample at the deadline, or notify-service
 * if alerting findings produced no alert at all.
 */
final class OnceRun {
    /** Nothing new on any topic or the webhook for this long: the alerts of the last report have arrived. */
    static final Duration QUIET = Duration.ofSeconds(5);
    /** How long a checked document may wait for its first alert before counting as deduplicated by notify. */
    static final Duration ALERT_GRACE = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(500);

    private final LocalStack stack;

    OnceRun(LocalStack stack) {
        this.stack = stack;
    }

    void await(Instant deadline, Duration timeout) throws StageFailure {
        List<Samples.Sample> samples = stack.samples().files();
        boolean announced = false;
        while (true) {
            stack.checkRunning();
            List<Samples.Sample> pending = samples.stream()
                    .filter(s -> !stack.progress().settled(s.documentId(), ALERT_GRACE)).toList();
            if (pending.isEmpty() && !announced) {
                stack.console().line("all " + samples.size() + " samples went through; waiting for the alerts to "
                        + "settle (" + QUIET.toSeconds() + " s quiet)");
                announced = true;
            }
            if (pending.isEmpty() && quietFor() >= QUIET.toNanos()) {
                break;
            }
            if (Instant.now().isAfter(deadline)) {
                throw timedOut(pending, timeout);
            }
            Pause.sleep(POLL);
        }
        int alerting = stack.progress().alertingFindings();
        if (alerting > 0 && stack.webhook().alertsReceived() == 0) {
            throw new StageFailure(Service.NOTIFY.module(), "the reports hold " + alerting + " alerting findings, "
                    + "but no alert reached the console webhook; see " + stack.log(Service.NOTIFY));
        }
    }

    private long quietFor() {
        long last = Math.max(stack.progress().lastActivityNanos(), stack.webhook().lastReceivedNanos());
        return System.nanoTime() - last;
    }

    private StageFailure timedOut(List<Samples.Sample> pending, Duration timeout) {
        if (pending.isEmpty()) {
            return new StageFailure(Service.NOTIFY.module(), "timed out after " + timeout.toSeconds()
                    + " s: alerts were still arriving");
        }
        StringBuilder details = new StringBuilder();
        // the most upstream stage is the one to look at first: what it does not pass on, the others cannot do
        Service first = Service.NOTIFY;
        for (Samples.Sample sample : pending) {
            PipelineProgress.Stuck stuck = stack.progress().whereStuck(sample.documentId());
            details.append("\n  ").append(sample.fileName()).append(" at ").append(stuck.service().module())
                    .append(": ").append(stuck.why()).append(" (log ").append(stack.log(stuck.service())).append(')');
            if (stuck.service().ordinal() < first.ordinal()) {
                first = stuck.service();
            }
        }
        String hint = first == Service.INGEST && stack.externalDatabase()
                ? "\n  with an external database, documents stored by an earlier run are not announced again: "
                        + "use an empty database"
                : "";
        return new StageFailure(first.module(), "timed out after " + timeout.toSeconds() + " s with "
                + pending.size() + " of " + stack.samples().files().size() + " samples unfinished:" + details + hint);
    }
}
