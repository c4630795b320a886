package io.budgetwatch.local;

import java.nio.file.Path;

/**
 * The in-process broker, embedded PostgreSQL and the launcher's Kafka consumer log through SLF4J; slf4j-simple
 * sends all of it to one file so the console stays for the pipeline's story. Must run before the first logger is
 * created.
 */
final class InfraLog {
    private InfraLog() {
    }

    static void toFile(Path file) {
        System.setProperty("org.slf4j.simpleLogger.logFile", file.toString());
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd HH:mm:ss.SSS");
        // EmbeddedKafkaBroker logs through JBoss Logging: route it to the same file
        System.setProperty("org.jboss.logging.provider", "slf4j");
    }
}
