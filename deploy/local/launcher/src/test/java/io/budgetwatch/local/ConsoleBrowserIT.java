package io.budgetwatch.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;

import io.budgetwatch.events.EventJson;

/**
 * The console in a real browser (Debian's chromium, headless, through its chromedriver) against the local stack
 * {@code deploy/local/run} starts over the bundled samples: from the overview to a department with a critical
 * finding, the finding beside its PDF page with the evidence cells highlighted exactly over their printed text, a
 * silence created from it, listed and expired, and the link of a delivered webhook notification. Screenshots of
 * every page go to {@code console/target/screenshots/}, with the pages' load times.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserIT {
    private static final Path TARGET = Path.of("target");
    private static final Path SCREENSHOTS = Path.of("..", "..", "..", "console", "target", "screenshots");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration STACK_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(20);
    private static final Pattern CONSOLE_LINE = Pattern.compile("console: (http://127\\.0\\.0\\.1:\\d+/)");
    private static final Pattern KEY_LINE = Pattern.compile("console sign-in key \\(to create and expire silences\\): "
            + "(\\w+)");
    private static final Pattern RECONCILE_LINE = Pattern.compile("reconcile-service +ready on (http://\\S+/)");

    private static final List<JsonNode> alerts = new CopyOnWriteArrayList<>();
    private static final Set<ProcessHandle> started = ConcurrentHashMap.newKeySet();
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final Map<String, Long> loadMillis = new LinkedHashMap<>();
    private static LoopbackHttp receiver;
    private static Process launcher;
    private static Path output;
    private static URI console;
    private static URI reconcile;
    private static String signInKey;
    private static WebDriver browser;

    @BeforeAll
    static void startStackAndBrowser() throws Exception {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "the browser tests need "
                + "Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver (.ci/run does)");
        receiver = LoopbackHttp.serve("it-webhook", "/hook", exchange -> {
            try (exchange; InputStream body = exchange.getRequestBody()) {
                EventJson.mapper().readTree(body).path("alerts").forEach(alerts::add);
                LoopbackHttp.respondText(exchange, 200, "ok");
            }
        });
        output = TARGET.resolve("console-browser-it.out");
        launcher = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-jar", TARGET.resolve("local-launcher.jar").toString(),
                "--webhook", receiver.baseUrl().resolve("hook").toString(),
                "--state-dir", TARGET.resolve("console-browser-it-state").toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        long deadline = System.nanoTime() + STACK_TIMEOUT.toNanos();
        while (firingCritical().isEmpty()) {
            launcher.descendants().forEach(started::add);
            if (!launcher.isAlive() || System.nanoTime() > deadline) {
                fail("no critical alert reached the webhook within " + STACK_TIMEOUT + "; launcher output:\n"
                        + read(output));
            }
            Thread.sleep(500);
        }
        launcher.descendants().forEach(started::add);
        String printed = read(output);
        console = URI.create(group(CONSOLE_LINE, printed));
        reconcile = URI.create(group(RECONCILE_LINE, printed));
        signInKey = group(KEY_LINE, printed);
        Files.createDirectories(SCREENSHOTS);

        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--window-size=1280,800", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(PAGE_TIMEOUT);
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (!loadMillis.isEmpty()) {
            StringBuilder times = new StringBuilder("page load times (Navigation Timing, loadEventEnd), ms\n");
            loadMillis.forEach((page, ms) -> times.append(page).append('\t').append(ms).append('\n'));
            Files.writeString(SCREENSHOTS.resolve("load-times.txt"), times);
            System.out.print(times);
        }
        if (launcher != null) {
            launcher.destroy(); // SIGTERM: the launcher stops what it started
            assertTrue(launcher.waitFor(2, TimeUnit.MINUTES), "the launcher did not stop:\n" + read(output));
            for (ProcessHandle child : started) {
                child.onExit().get(30, TimeUnit.SECONDS);
                assertFalse(child.isAlive(), "left running: " + child.info());
            }
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    /** The first visit of each page: the console's JVM (and the services') still cold. */
    @Test
    @Order(1)
    void fromTheOverviewToTheCellOnThePageToASilenceAndBackFromTheNotification() throws Exception {
        JsonNode alert = firingCritical().orElseThrow();
        String department = alert.at("/labels/department").asText();
        String documentId = alert.at("/labels/documentId").asText();
        String fingerprint = alert.get("fingerprint").asText();

        open("/", "overview");
        WebElement row = browser.findElement(By.xpath("//table[@id='grid']//tr[.//a[@class='department' and text()='"
                + department + "']]"));
        assertFalse(row.findElements(By.cssSelector("a.badge.critical")).isEmpty(),
                department + "'s row shows its critical finding");
        clickThrough(row.findElement(By.cssSelector("a.department")), "department");
        screenshot("department");
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains(department));

        clickThrough(browser.findElement(By.cssSelector("a.badge.critical")), "document");
        assertTrue(browser.getCurrentUrl().endsWith("/documents/" + documentId), browser.getCurrentUrl());
        WebElement finding = browser.findElement(By.id("f-" + fingerprint));
        assertTrue(finding.getAttribute("class").contains("critical"));
        assertTrue(finding.getText().contains(alert.at("/annotations/description").asText()),
                "the finding's Chinese message as the alert carried it: " + finding.getText());
        assertHighlightsLieOnTheEvidenceCells(documentId, fingerprint, finding);
        screenshotOf(finding, "document");

        signInFromTheFinding(finding);
        finding = browser.findElement(By.id("f-" + fingerprint));
        String ruleId = alert.at("/labels/ruleId").asText();
        finding.findElement(By.cssSelector("form.silence input[name=comment]")).sendKeys("已通知部门更正");
        clickThrough(finding.findElement(By.cssSelector("form.silence button")), "alerts");
        WebElement silence = browser.findElement(By.xpath("//table[@id='silence-list']//tr[contains(., 'ruleId=\""
                + ruleId + "\"') and contains(., '已通知部门更正')]"));
        assertTrue(silence.getText().contains("生效中"), silence.getText());
        assertTrue(silence.getText().contains("departmentKey=\"" + alert.at("/labels/departmentKey").asText()),
                silence.getText());
        screenshot("alerts");
        String silenceId = silence.getAttribute("data-silence");
        clickThrough(silence.findElement(By.tagName("button")), "alerts (expired)");
        assertTrue(browser.findElement(By.cssSelector("tr[data-silence='" + silenceId + "']")).getText()
                .contains("已失效"), "the expired silence stays listed, as expired");

        browser.get(alert.get("generatorURL").asText());
        awaitLoaded("notification link");
        assertEquals(console.resolve("/documents/" + documentId + "#f-" + fingerprint).toString(),
                browser.getCurrentUrl(), "the webhook's link leads to the finding in the console");
        assertTrue(browser.findElement(By.id("f-" + fingerprint)).isDisplayed());
    }

    @Test
    @Order(2)
    void everyPageFitsAPhoneWithoutScrollingSideways() throws Exception {
        String documentId = firingCritical().orElseThrow().at("/labels/documentId").asText();
        Dimension desktop = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            for (String page : List.of("/", "/documents/" + documentId, "/alerts", "/login")) {
                browser.get(console.resolve(page).toString());
                awaitLoaded(null);
                long overflow = (Long) js("return document.documentElement.scrollWidth - window.innerWidth;");
                assertTrue(overflow <= 0, page + " is " + overflow + " px wider than a 390 px phone");
            }
            browser.get(console.resolve("/documents/" + documentId).toString());
            awaitLoaded(null);
            screenshot("document-phone");
            browser.get(console.resolve("/").toString());
            awaitLoaded(null);
            screenshot("overview-phone");
        } finally {
            browser.manage().window().setSize(desktop);
        }
    }

    /** Each page again, as a team sees it every morning: a running console. Measured, not asserted. */
    @Test
    @Order(3)
    void pagesLoadAgainOnARunningConsole() {
        JsonNode alert = firingCritical().orElseThrow();
        String key = alert.at("/labels/departmentKey").asText();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("overview, again", "/");
        pages.put("department, again", "/departments?key=" + URLEncoder.encode(key, StandardCharsets.UTF_8));
        pages.put("document, again", "/documents/" + alert.at("/labels/documentId").asText());
        pages.put("alerts, again", "/alerts");
        pages.forEach((name, page) -> {
            browser.get(console.resolve(page).toString());
            awaitLoaded(name);
        });
    }

    /**
     * Every cell the finding's evidence names has a highlight, non-empty and inside the page image, containing the
     * cell's centre as the report's box puts it on the image; and the PDF's text under each highlight is the
     * printed amount, one the finding's message quotes.
     */
    private static void assertHighlightsLieOnTheEvidenceCells(String documentId, String fingerprint,
            WebElement finding) throws Exception {
        JsonNode report = EventJson.mapper().readTree(get(reconcile.resolve("api/reports/" + documentId)));
        JsonNode evidence = null;
        String message = null;
        for (JsonNode f : report.get("findings")) {
            if (f.get("fingerprint").asText().equals(fingerprint)) {
                evidence = f.get("evidence");
                message = f.get("message").asText();
            }
        }
        List<JsonNode> boxes = new ArrayList<>();
        evidence.forEach(e -> {
            if (e.hasNonNull("box")) {
                boxes.add(e);
            }
        });
        assertFalse(boxes.isEmpty(), "the critical finding names located cells: " + evidence);
        List<String> printed = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(get(console.resolve("/documents/" + documentId + "/original.pdf")))) {
            for (JsonNode cell : boxes) {
                int page = cell.get("page").asInt();
                WebElement figure = finding.findElement(By.cssSelector("figure.page[data-page='" + page + "']"));
                WebElement image = figure.findElement(By.tagName("img"));
                new WebDriverWait(browser, PAGE_TIMEOUT).until(d -> (Boolean) js(
                        "return arguments[0].complete && arguments[0].naturalWidth > 0;", image));
                Rectangle img = image.getRect();
                PDPage pdfPage = pdf.getPage(page - 1);
                float pageWidth = pdfPage.getCropBox().getWidth();
                float pageHeight = pdfPage.getCropBox().getHeight();
                JsonNode box = cell.get("box");
                double centreX = img.getX() + (box.get(0).asDouble() + box.get(2).asDouble()) / 2 * img.getWidth()
                        / pageWidth;
                double centreY = img.getY() + (box.get(1).asDouble() + box.get(3).asDouble()) / 2 * img.getHeight()
                        / pageHeight;
                Rectangle overlay = figure.findElements(By.cssSelector(".hl")).stream().map(WebElement::getRect)
                        .filter(r -> contains(r, centreX, centreY)).findFirst()
                        .orElseThrow(() -> new AssertionError("no highlight over (" + centreX + ", " + centreY
                                + ") on page " + page + " for " + cell));
                assertTrue(overlay.getWidth() > 0 && overlay.getHeight() > 0, "an empty highlight: " + overlay);
                assertTrue(overlay.getX() >= img.getX() && overlay.getY() >= img.getY()
                        && overlay.getX() + overlay.getWidth() <= img.getX() + img.getWidth() + 1
                        && overlay.getY() + overlay.getHeight() <= img.getY() + img.getHeight() + 1,
                        "the highlight " + overlay + " lies inside the page image " + img);
                String under = textUnder(pdfPage, overlay, img, pageWidth, pageHeight);
                assertFalse(under.isBlank(), "no printed text under the highlight for " + cell);
                printed.add(under);
            }
        }
        String quoted = message;
        assertTrue(printed.stream().anyMatch(quoted::contains),
                "an amount under a highlight is one the message quotes: " + message + " vs " + printed);
    }

    /** The PDF's text inside the highlight, the highlight taken back from image pixels to PDF points. */
    private static String textUnder(PDPage page, Rectangle overlay, Rectangle img, float pageWidth,
            float pageHeight) throws IOException {
        double toPointsX = pageWidth / img.getWidth();
        double toPointsY = pageHeight / img.getHeight();
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        stripper.addRegion("cell", new Rectangle2D.Double((overlay.getX() - img.getX()) * toPointsX,
                (overlay.getY() - img.getY()) * toPointsY, overlay.getWidth() * toPointsX,
                overlay.getHeight() * toPointsY));
        stripper.extractRegions(page);
        return stripper.getTextForRegion("cell").replaceAll("[\\s,]", "");
    }

    private static void signInFromTheFinding(WebElement finding) {
        clickThrough(finding.findElement(By.linkText("登录")), "login");
        browser.findElement(By.id("key")).sendKeys(signInKey);
        clickThrough(browser.findElement(By.id("sign-in")), "document, signed in");
        assertTrue(browser.findElement(By.cssSelector("header .who")).getText().contains("local"),
                "signed in as the launcher's operator");
    }

    private static boolean contains(Rectangle r, double x, double y) {
        return x >= r.getX() && x <= r.getX() + r.getWidth() && y >= r.getY() && y <= r.getY() + r.getHeight();
    }

    private static void open(String path, String name) throws IOException {
        browser.get(console.resolve(path).toString());
        awaitLoaded(name);
        screenshot(name);
    }

    /**
     * Clicks a link or a form's button and waits for the page it leads to: the old page must be gone first, or its
     * "complete" readyState would be mistaken for the new one's and its elements go stale under the checks.
     */
    private static void clickThrough(WebElement target, String name) {
        WebElement oldPage = browser.findElement(By.tagName("html"));
        target.click();
        new WebDriverWait(browser, PAGE_TIMEOUT).until(ExpectedConditions.stalenessOf(oldPage));
        awaitLoaded(name);
    }

    /** Waits for the load event and records the page's load time under {@code name} (null: not recorded). */
    private static void awaitLoaded(String name) {
        new WebDriverWait(browser, PAGE_TIMEOUT).until(d -> "complete".equals(js("return document.readyState;")));
        assertFalse(browser.getTitle().startsWith("出错了"), () -> browser.getCurrentUrl() + ": "
                + browser.findElement(By.tagName("main")).getText());
        if (name != null) {
            Object millis = js("const n = performance.getEntriesByType('navigation')[0];"
                    + " return n ? Math.round(n.loadEventEnd - n.startTime) : -1;");
            loadMillis.put(name + "\t" + URI.create(browser.getCurrentUrl()).getPath(), ((Number) millis).longValue());
        }
    }

    private static void screenshot(String name) throws IOException {
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), file,
                StandardCopyOption.REPLACE_EXISTING);
    }

    /** The viewport scrolled so {@code element} starts at its top. */
    private static void screenshotOf(WebElement element, String name) throws IOException {
        js("arguments[0].scrollIntoView({block: 'start'});", element);
        screenshot(name);
    }

    private static Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    private static Optional<JsonNode> firingCritical() {
        return alerts.stream().filter(a -> "firing".equals(a.path("status").asText())
                && "critical".equals(a.at("/labels/severity").asText())).findFirst();
    }

    private static byte[] get(URI uri) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), "GET " + uri);
        return response.body();
    }

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertTrue(matcher.find(), "the launcher printed no line matching " + pattern + ":\n" + text);
        return matcher.group(1);
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
