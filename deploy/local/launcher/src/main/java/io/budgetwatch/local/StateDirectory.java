package io.budgetwatch.local;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The launcher's working directory: {@code logs/} (one file per service, plus the in-process broker and
 * PostgreSQL), {@code kafka/} and {@code postgres/}. Every run starts from empty data: the broker and the database
 * must agree (ingest remembers documents in PostgreSQL and only announces new ones on Kafka), and a fresh pair is
 * the only state both sides are sure to share. A lock keeps two launchers off the same directory.
 */
final class StateDirectory implements AutoCloseable {
    private final Path root;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private StateDirectory(Path root, FileChannel lockChannel, FileLock lock) {
        this.root = root;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    static StateDirectory prepare(Path root) throws StageFailure {
        try {
            Files.createDirectories(root);
            FileChannel channel = FileChannel.open(root.resolve("launcher.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new StageFailure("state", "another launcher is running with " + root
                        + "; stop it, or give this one its own --state-dir");
            }
            StateDirectory state = new StateDirectory(root, channel, lock);
            deleteRecursively(state.kafka());
            deleteRecursively(state.postgres());
            Files.createDirectories(state.logs());
            return state;
        } catch (IOException e) {
            throw new StageFailure("state", "cannot prepare " + root + ": " + e, e);
        }
    }

    Path root() {
        return root;
    }

    Path logs() {
        return root.resolve("logs");
    }

    Path log(String name) {
        return logs().resolve(name + ".log");
    }

    Path kafka() {
        return root.resolve("kafka");
    }

    Path postgres() {
        return root.resolve("postgres");
    }

    @Override
    public void close() throws IOException {
        lock.release();
        lockChannel.close();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path directory, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(directory);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
