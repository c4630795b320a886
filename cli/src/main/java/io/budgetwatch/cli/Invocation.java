package io.budgetwatch.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.budgetwatch.crawl.CrawlDefaults;

/**
 * What the command line asks for: a command, its input files and, for {@code check}, the prior-year file and the
 * other file of a disclosure published as two; for {@code audit}, whether to print JSON; for {@code crawl}, the start
 * URL and the most requests to make.
 */
record Invocation(Command command, List<Path> files, Path previous, Path sibling, boolean json, URI startUrl,
        int maxPages) {

    enum Command { HELP, PARSE, CHECK, AUDIT, CRAWL }

    private static final String PREVIOUS = "--previous";
    private static final String WITH = "--with";
    private static final String MAX_PAGES = "--max-pages";

    Invocation(Command command, List<Path> files, Path previous) {
        this(command, files, previous, null, false, null, 0);
    }

    static Invocation parse(String... args) throws UsageException {
        if (args.length == 0) {
            throw new UsageException("no command given");
        }
        List<String> rest = List.of(args).subList(1, args.length);
        return switch (args[0]) {
            case "-h", "--help", "help" -> new Invocation(Command.HELP, List.of(), null);
            case "parse" -> parseCommand(rest);
            case "check" -> checkCommand(rest);
            case "audit" -> auditCommand(rest);
            case "crawl" -> crawlCommand(rest);
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
        return new Invocation(Command.PARSE, files, null);
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
        return new Invocation(Command.AUDIT, files, null, null, json, null, 0);
    }

    private static Invocation checkCommand(List<String> args) throws UsageException {
        List<Path> files = new ArrayList<>();
        Path previous = null;
        Path sibling = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (isOption(arg, PREVIOUS)) {
                if (previous != null) {
                    throw new UsageException(PREVIOUS + " given twice");
                }
                previous = file(optionValue(args, i, PREVIOUS));
                i += arg.equals(PREVIOUS) ? 1 : 0;
            } else if (isOption(arg, WITH)) {
                if (sibling != null) {
                    throw new UsageException(WITH + " given twice");
                }
                sibling = file(optionValue(args, i, WITH));
                i += arg.equals(WITH) ? 1 : 0;
            } else {
                files.add(file(arg));
            }
        }
        if (files.isEmpty()) {
            throw new UsageException("check needs at least one PDF file");
        }
        if (files.size() != 1 && (previous != null || sibling != null)) {
            throw new UsageException((previous != null ? PREVIOUS : WITH) + " goes with exactly one PDF file, got "
                    + files.size());
        }
        return new Invocation(Command.CHECK, files, previous, sibling, false, null, 0);
    }

    private static boolean isOption(String arg, String option) {
        return arg.equals(option) || arg.startsWith(option + "=");
    }

    /** The file named by the option at {@code i}: the next argument, or after the {@code =}. */
    private static String optionValue(List<String> args, int i, String option) throws UsageException {
        String arg = args.get(i);
        String value = arg.equals(option) ? (i + 1 < args.size() ? args.get(i + 1) : "")
                : arg.substring(option.length() + 1);
        if (value.isEmpty()) {
            throw new UsageException(option + " needs a PDF file");
        }
        return value;
    }

    private static Invocation crawlCommand(List<String> args) throws UsageException {
        URI start = null;
        int maxPages = Integer.parseInt(CrawlDefaults.MAX_PAGES);
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals(MAX_PAGES) || arg.startsWith(MAX_PAGES + "=")) {
                String value = arg.equals(MAX_PAGES) ? (++i < args.size() ? args.get(i) : "")
                        : arg.substring(MAX_PAGES.length() + 1);
                try {
                    maxPages = Integer.parseInt(value);
                } catch (NumberFormatException e) {
                    maxPages = 0;
                }
                if (maxPages < 1) {
                    throw new UsageException(MAX_PAGES + " needs a positive number, got '" + value + "'");
                }
            } else if (arg.startsWith("-")) {
                throw new UsageException("unknown option '" + arg + "'");
            } else if (start != null) {
                throw new UsageException("crawl takes one start URL");
            } else {
                start = startUrl(arg);
            }
        }
        if (start == null) {
            throw new UsageException("crawl needs a start URL");
        }
        return new Invocation(Command.CRAWL, List.of(), null, null, false, start, maxPages);
    }

    private static URI startUrl(String arg) throws UsageException {
        try {
            URI url = new URI(arg);
            if (url.getHost() == null || !List.of("http", "https").contains(String.valueOf(url.getScheme()))) {
                throw new UsageException("not an http(s) URL: '" + arg + "'");
            }
            return url;
        } catch (URISyntaxException e) {
            throw new UsageException("not a URL: '" + arg + "'");
        }
    }

    private static Path file(String arg) throws UsageException {
        if (arg.startsWith("-")) {
            throw new UsageException("unknown option '" + arg + "'");
        }
        return Path.of(arg);
    }
}
