package io.budgetwatch.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.budgetwatch.testsupport.LoopbackServers;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Loopback portals for the crawler, as three sources:
 * <ul>
 * <li>{@code portal}: the 76 saved real portal pages as detail pages (every absolute host rewritten to this server),
 * behind four listing pages chained by 下一页 links; every {@code .pdf}, {@code /attachment/…}, api-gateway and
 * truecms download answers with a corpus PDF made unique by its URL (so each attachment is its own document), with
 * the Content-Disposition the real endpoints send;</li>
 * <li>{@code edge}: the hostile and broken cases (10 GB Content-Length, endless chunked body, a trickle, HTML posing
 * as PDF, a PDF behind a link that looks like a page, one PDF under two URLs, a PDF that changes, 404s, 429 with
 * Retry-After, 503, a redirect loop, links and
 * redirects to a loopback address that is not allow-listed);</li>
 * <li>{@code polite}: a second host whose robots.txt disallows /private/ and asks for a Crawl-delay of 1 s;</li>
 * <li>{@code resume} and {@code replicas}: listings of a few PDFs (the replicas' answered slowly), revisited hourly,
 * for interrupted and concurrent crawls.</li>
 * </ul>
 * Every request is logged with its time, so tests can assert what was (not) requested and the gaps between requests.
 */
public class TestPortal implements QuarkusTestResourceLifecycleManager {
    static final int LISTING_PAGES = 4;
    static final int RESUME_FILES = 4;
    static final int REPLICA_FILES = 12;
    static final List<String> SAVED_PAGES = savedPages();
    static final ConcurrentLinkedQueue<Request> requests = new ConcurrentLinkedQueue<>();
    static final AtomicInteger changingVersion = new AtomicInteger(1);
    static volatile String portalBase;
    static volatile String politeBase;

    private static final Pattern ABSOLUTE_HOST = Pattern.compile("(?<=[\"'=(\\s])(https?:)?//[A-Za-z0-9.-]+\\.[A-Za-z]{2,}(:\\d+)?");
    private static final Map<String, String> TRUECMS_NAMES = Map.of(
            "650d48cd-5de7-4ee1-ade8-a5af5b87ee52", "南通市政府办公室2026年度部门预算公开.pdf",
            "0450605a-fe01-4321-ba0b-b6648cb0048e", "关于征求《南通市生态环境分区管控管理办法（修编）》（征求意见稿）.docx");

    private final AtomicInteger busyCalls = new AtomicInteger();
    private final AtomicInteger flakyCalls = new AtomicInteger();
    private HttpServer portal;
    private HttpServer polite;

    /** One request a portal answered: which server, path and query as sent, when it arrived, and by whom. */
    record Request(String server, String pathAndQuery, Instant at, String userAgent) {
    }

    @Override
    public Map<String, String> start() {
        portal = LoopbackServers.create();
        polite = LoopbackServers.create();
        portalBase = "http://127.0.0.1:" + portal.getAddress().getPort();
        politeBase = "http://127.0.0.1:" + polite.getAddress().getPort();
        portal.createContext("/", this::portal);
        polite.createContext("/", this::polite);
        portal.start();
        polite.start();
        Map<String, String> config = new HashMap<>();
        config.put("budgetwatch.ingest.source.portal.start-urls", portalBase + "/list/index.html");
        config.put("budgetwatch.ingest.source.edge.start-urls", portalBase + "/edge/index.html");
        config.put("budgetwatch.ingest.source.edge.allowed-hosts", "127.0.0.1,127.0.0.2");
        config.put("budgetwatch.ingest.source.polite.start-urls", politeBase + "/index.html");
        for (String source : List.of("resume", "replicas")) {
            config.put("budgetwatch.ingest.source." + source + ".start-urls", portalBase + "/" + source + "/index.html");
            config.put("budgetwatch.ingest.source." + source + ".revisit-interval", "PT1H");
        }
        return config;
    }

    @Override
    public void stop() {
        portal.stop(0);
        polite.stop(0);
    }

    static List<Request> requestsTo(String server, String pathAndQuery) {
        return requests.stream().filter(r -> r.server().equals(server) && r.pathAndQuery().equals(pathAndQuery))
                .toList();
    }

    static byte[] resource(String path) {
        try (InputStream in = TestPortal.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A corpus PDF with a comment after %%EOF naming {@code variant}: still a PDF, but its own document. */
    static byte[] uniquePdf(String variant) {
        byte[] pdf = resource("/pdf/a.pdf");
        byte[] tail = ("\n% " + variant + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[pdf.length + tail.length];
        System.arraycopy(pdf, 0, out, 0, pdf.length);
        System.arraycopy(tail, 0, out, pdf.length, tail.length);
        return out;
    }

    /** The saved page as the portal serves it: every absolute link's host is this server. */
    static String rewritten(String page) {
        String html = new String(resource("/portal/pages/" + page), StandardCharsets.UTF_8);
        return ABSOLUTE_HOST.matcher(html).replaceAll(Matcher.quoteReplacement(portalBase));
    }

    private void portal(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        requests.add(new Request("portal", query == null ? path : path + "?" + query, Instant.now(),
                exchange.getRequestHeaders().getFirst("User-Agent")));
        if (path.startsWith("/list/")) {
            listing(exchange, path);
        } else if (path.startsWith("/pages/")) {
            String page = path.substring("/pages/".length());
            if (SAVED_PAGES.contains(page)) {
                send(exchange, 200, "text/html; charset=utf-8", rewritten(page).getBytes(StandardCharsets.UTF_8));
            } else {
                send(exchange, 404, "text/plain", new byte[0]);
            }
        } else if (path.startsWith("/edge/")) {
            edge(exchange, path);
        } else if (path.equals("/resume/index.html") || path.equals("/replicas/index.html")) {
            int count = path.startsWith("/resume/") ? RESUME_FILES : REPLICA_FILES;
            StringBuilder html = new StringBuilder("<html><body>");
            for (int i = 1; i <= count; i++) {
                html.append("<a href=\"f").append(i).append(".pdf\">文件").append(i).append("</a>\n");
            }
            send(exchange, 200, "text/html; charset=utf-8", html.append("</body></html>").toString()
                    .getBytes(StandardCharsets.UTF_8));
        } else if (path.startsWith("/replicas/")) {
            // slow enough that two replicas crawl at the same time
            pause(250);
            send(exchange, 200, "application/pdf", uniquePdf(path));
        } else if (path.equals("/robots.txt")) {
            send(exchange, 404, "text/plain", new byte[0]);
        } else if (path.contains("/api-gateway/") && path.endsWith("/download")) {
            String name = URLDecoder.decode(queryParameter(query, "fileName"), StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Disposition",
                    "attachment; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
            send(exchange, 200, "application/octet-stream", name.endsWith(".pdf") ? uniquePdf(path + "?" + query)
                    : officeFile());
        } else if (path.equals("/truecms/attachmentController/download.do")) {
            String name = TRUECMS_NAMES.get(queryParameter(query, "id"));
            if (name == null) {
                send(exchange, 404, "text/plain", new byte[0]);
                return;
            }
            // Percent-encoded in the plain parameter, as many Chinese portals send it.
            exchange.getResponseHeaders().add("Content-Disposition",
                    "attachment;filename=\"" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "\"");
            send(exchange, 200, "application/octet-stream", name.endsWith(".pdf") ? uniquePdf(path + "?" + query)
                    : officeFile());
        } else if (path.toLowerCase().endsWith(".pdf")) {
            exchange.getResponseHeaders().add("Last-Modified", "Mon, 01 Jan 2024 00:00:00 GMT");
            if (exchange.getRequestHeaders().getFirst("If-Modified-Since") != null) {
                send(exchange, 304, null, null);
                return;
            }
            send(exchange, 200, "application/pdf", uniquePdf(query == null ? path : path + "?" + query));
        } else {
            send(exchange, 404, "text/plain", new byte[0]);
        }
    }

    /** Listing page N links its share of the saved pages and, except the last, the next page. */
    private static void listing(HttpExchange exchange, String path) throws IOException {
        Matcher page = Pattern.compile("/list/index(?:_(\\d+))?\\.html").matcher(path);
        int index = page.matches() ? (page.group(1) == null ? 0 : Integer.parseInt(page.group(1))) : -1;
        if (index < 0 || index >= LISTING_PAGES) {
            send(exchange, 404, "text/plain", new byte[0]);
            return;
        }
        int perPage = (SAVED_PAGES.size() + LISTING_PAGES - 1) / LISTING_PAGES;
        StringBuilder html = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body><ul class=\"list\">");
        for (String saved : SAVED_PAGES.subList(index * perPage, Math.min(SAVED_PAGES.size(), (index + 1) * perPage))) {
            html.append("<li><a href=\"../pages/").append(saved).append("\" target=\"_blank\">2026年部门预算 ")
                    .append(saved).append("</a><span>2026-02-11</span></li>\n");
        }
        html.append("</ul><div class=\"page\"><a href=\"index.html\">首页</a>");
        if (index + 1 < LISTING_PAGES) {
            html.append(" <a href=\"index_").append(index + 1).append(".html\">下一页</a>");
        }
        html.append("</div></body></html>");
        send(exchange, 200, "text/html; charset=utf-8", html.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void edge(HttpExchange exchange, String path) throws IOException {
        switch (path) {
            case "/edge/index.html" -> send(exchange, 200, "text/html; charset=utf-8", ("""
                    <html><body>
                    <a href="huge.pdf">超大文件</a>
                    <a href="endless.pdf">无尽文件</a>
                    <a href="trickle.pdf">慢速文件</a>
                    <a href="fake.pdf">伪装成PDF的网页</a>
                    <a href="same.pdf">同一文件</a>
                    <a href="copy/same.pdf">同一文件的副本</a>
                    <a href="changing.pdf">会更新的文件</a>
                    <a href="gone.pdf">已删除的文件</a>
                    <a href="busy.pdf">限流的文件</a>
                    <a href="flaky.html">偶尔出错的页面</a>
                    <a href="loop-a.html">重定向循环</a>
                    <a href="to-private.html">重定向到内网</a>
                    <a href="http://127.0.0.2:%d/edge/direct.pdf">内网文件</a>
                    <a href="表格.xls">附表.xls</a>
                    <a href="getfile?id=7">下载</a>
                    </body></html>""".formatted(portal.getAddress().getPort())).getBytes(StandardCharsets.UTF_8));
            case "/edge/huge.pdf" -> {
                exchange.sendResponseHeaders(200, 10L * 1024 * 1024 * 1024);
                writeUntilClosed(exchange.getResponseBody());
            }
            case "/edge/endless.pdf" -> {
                exchange.sendResponseHeaders(200, 0);
                writeUntilClosed(exchange.getResponseBody());
            }
            case "/edge/trickle.pdf" -> {
                exchange.sendResponseHeaders(200, 0);
                OutputStream body = exchange.getResponseBody();
                try {
                    for (int i = 0; i < 600; i++) {
                        body.write('%');
                        body.flush();
                        Thread.sleep(100);
                    }
                } catch (IOException | InterruptedException e) {
                    // the crawler gave up, as it should
                }
                exchange.close();
            }
            case "/edge/fake.pdf" -> send(exchange, 200, "application/pdf",
                    "<html><body>文件不存在或已被删除</body></html>".getBytes(StandardCharsets.UTF_8));
            case "/edge/same.pdf", "/edge/copy/same.pdf" -> send(exchange, 200, "application/pdf", uniquePdf("same"));
            case "/edge/changing.pdf" -> {
                String etag = "\"v" + changingVersion.get() + "\"";
                exchange.getResponseHeaders().add("ETag", etag);
                if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    send(exchange, 304, null, null);
                } else {
                    send(exchange, 200, "application/pdf", uniquePdf("changing " + etag));
                }
            }
            case "/edge/busy.pdf" -> {
                if (busyCalls.getAndIncrement() % 2 == 0) {
                    exchange.getResponseHeaders().add("Retry-After", "1");
                    send(exchange, 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8));
                } else {
                    send(exchange, 200, "application/pdf", uniquePdf("busy"));
                }
            }
            case "/edge/flaky.html" -> {
                if (flakyCalls.getAndIncrement() % 2 == 0) {
                    send(exchange, 503, "text/plain", new byte[0]);
                } else {
                    send(exchange, 200, "text/html; charset=utf-8",
                            "<a href=\"after-flaky.pdf\">恢复后的文件</a>".getBytes(StandardCharsets.UTF_8));
                }
            }
            case "/edge/after-flaky.pdf" -> send(exchange, 200, "application/pdf", uniquePdf("after flaky"));
            case "/edge/getfile" -> {
                exchange.getResponseHeaders().add("Content-Disposition", "attachment; filename=\"report.pdf\"");
                send(exchange, 200, "application/octet-stream", uniquePdf("getfile"));
            }
            case "/edge/loop-a.html" -> redirect(exchange, "loop-b.html");
            case "/edge/loop-b.html" -> redirect(exchange, "/edge/loop-a.html");
            case "/edge/to-private.html" -> redirect(exchange,
                    "http://127.0.0.2:" + portal.getAddress().getPort() + "/edge/secret.pdf");
            default -> send(exchange, 404, "text/plain", new byte[0]);
        }
    }

    private void polite(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        requests.add(new Request("polite", path, Instant.now(), exchange.getRequestHeaders().getFirst("User-Agent")));
        switch (path) {
            case "/robots.txt" -> send(exchange, 200, "text/plain", """
                    User-agent: *
                    Disallow: /private/
                    Crawl-delay: 1
                    """.getBytes(StandardCharsets.UTF_8));
            case "/index.html" -> send(exchange, 200, "text/html; charset=utf-8", """
                    <a href="/a/1.html">一</a> <a href="/a/2.html">二</a> <a href="/a/3.html">三</a>
                    <a href="/private/secret.html">内部</a>""".getBytes(StandardCharsets.UTF_8));
            case "/a/1.html", "/a/2.html", "/a/3.html" -> send(exchange, 200, "text/html; charset=utf-8",
                    "<p>详情</p>".getBytes(StandardCharsets.UTF_8));
            default -> send(exchange, 404, "text/plain", new byte[0]);
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        send(exchange, 302, null, null);
    }

    private static void writeUntilClosed(OutputStream body) {
        byte[] chunk = new byte[64 * 1024];
        byte[] magic = "%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(magic, 0, chunk, 0, magic.length);
        try {
            // At most 1 GiB, so a crawler ignoring the cap fails the test rather than hanging it.
            for (int i = 0; i < 16 * 1024; i++) {
                body.write(chunk);
            }
            body.close();
        } catch (IOException e) {
            // the crawler hung up, as it should
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] officeFile() {
        return new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0};
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().add("Content-Type", contentType);
        }
        boolean empty = body == null || body.length == 0;
        exchange.sendResponseHeaders(status, empty ? -1 : body.length);
        if (!empty) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    private static String queryParameter(String query, String name) {
        for (String pair : query == null ? new String[0] : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return "";
    }

    private static List<String> savedPages() {
        List<String> pages = new ArrayList<>();
        for (int i = 1; i <= 76; i++) {
            pages.add("page-%03d.html".formatted(i));
        }
        return pages;
    }

    static URI portalUrl(String pathAndQuery) {
        return URI.create(portalBase + pathAndQuery);
    }
}
