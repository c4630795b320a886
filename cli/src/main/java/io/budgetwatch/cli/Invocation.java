package io.budgetwatch.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the command line asks for: a command, its input files and, for {@code check}, the prior-year file. */
record Invocation(Command command, List<Path> files, Path previous, boolean json) {

    enum Command { HELP, PARSE, CHECK, AUDIT }

    private static final String PREVIOUS = "--previous";

    static Invocation parse(String... args) throws UsageException {
        if (args.length == 0) {
            throw new UsageException("no command given");
        }
        List<String> rest = List.of(args).subList(1, args.length);
        return switch (args[0]) {
            case "-h", "--help", "help" -> new Invocation(Command.HELP, List.of(), null, false);
            case "parse" -> parseCommand(rest);
            case "check" -> checkCommand(rest);
            case "audit" -> auditCommand(rest);
            default -> throw new UsageException("unknown command '" + args[0] + "'");
        };
    }

    private static Invocation parseCommand(List<String> args) throws UsageException {
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            files.add(file(arg));
        }
        if (files.isEmpty()) {
            throw new UsageException("parse needs at least one PDF file");
        }
        return new Invocation(Command.PARSE, files, null, false);
    }

    private static Invocation auditCommand(List<String> args) throws UsageException {
        List<Path> files = new ArrayList<>();
        boolean json = false;
        for (String arg : args) {
            if (arg.equals("--json")) {
                json = true;
            } else {
                files.add(file(arg));
            }
        }
        if (files.isEmpty()) {
            throw new UsageException("audit needs at least one folder or PDF file");
        }
        return new Invocation(Command.AUDIT, files, null, json);
    }

    private static Invocation checkCommand(List<String> args) throws UsageException {
        List<Path> files = new ArrayList<>();
        Path previous = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals(PREVIOUS) || arg.startsWith(PREVIOUS + "=")) {
                if (previous != null) {
                    throw new UsageException(PREVIOUS + " given twice");
                }
                String value;
                if (arg.equals(PREVIOUS)) {
                    i++;
                    value = i < args.size() ? args.get(i) : "";
                } else {
                    value = arg.substring(PREVIOUS.length() + 1);
                }
                if (value.isEmpty()) {
                    throw new UsageException(PREVIOUS + " needs a PDF file");
                }
                previous = file(value);
            } else {
                files.add(file(arg));
            }
        }
        if (files.isEmpty()) {
            throw new UsageException("check needs at least one PDF file");
        }
        if (previous != null && files.size() != 1) {
            throw new UsageException(PREVIOUS + " goes with exactly one PDF file, got " + files.size());
        }
        return new Invocation(Command.CHECK, files, previous, false);
    }

    private static Path file(String arg) throws UsageException {
        if (arg.startsWith("-")) {
            throw new UsageException("unknown option '" + arg + "'");
        }
        return Path.of(arg);
    }
}
