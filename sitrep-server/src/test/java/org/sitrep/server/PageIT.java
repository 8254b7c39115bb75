package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.model.Doc;
import org.sitrep.pipeline.Analyzer;
import org.sitrep.read.ArticleReader;
import org.sitrep.store.Ledger;

/**
 * The page in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, which {@code .ci/run}
 * installs) against a server on port 0, over a ledger of the bundled examples plus two hostile articles written for
 * this test ({@code src/test/resources/hostile}: markup and scripts in the text, outlet and title, a
 * {@code javascript:} URL, a 20,000-character word). Loads CoreNLP once to analyse them.
 */
class PageIT {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium"), CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    @TempDir
    static Path dir;
    static LedgerSource source;
    static Javalin app;
    static ChromeDriver driver;
    static String base;
    static final List<Doc> hostile = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        assumeChromium();
        String db = dir.resolve("ledger.duckdb").toString();
        Analyzer analyzer = Analyzer.standard();
        List<String> failures = new ArrayList<>();
        try (Ledger ledger = Ledger.open(db)) {
            ArticleReader.defaults().read(List.of(Path.of("../examples"),
                            Path.of("src/test/resources/hostile/2026-03-12-hostile-markup.txt"),
                            Path.of("src/test/resources/hostile/2026-03-12-hostile-long-word.txt")),
                    article -> {
                        Doc doc = analyzer.analyze(article);
                        ledger.put(doc);
                        if (article.source().contains("hostile")) hostile.add(doc);
                    },
                    failure -> failures.add(failure.toString()));
        }
        assertThat(failures).isEmpty();
        assertThat(hostile).hasSize(2);
        source = LedgerSource.open(db);
        app = ApiServer.create(source).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port() + "/";

        driver = chromium(Files.createDirectories(dir.resolve("chromium-profile")));
    }

    /** Headless Chromium with its console log kept, a fresh profile in {@code profile}. */
    static ChromeDriver chromium(Path profile) {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,900", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
    }

    /** Skips the test when Chromium or its driver is missing, except in CI, where that fails it. */
    static void assumeChromium() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equals(System.getenv("CI")))
            fail("CI needs " + CHROMIUM + " and " + CHROMEDRIVER + " (.ci/run installs chromium and chromium-driver)");
        Assumptions.assumeTrue(present, "chromium and chromium-driver are not installed; skipping the browser test");
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (app != null) app.stop();
        if (source != null) source.close();
    }

    /** Waits up to 20 s; an element replaced by a re-render while a condition reads it counts as "not yet". */
    static WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    static void open(String query) {
        driver.get(base + query);
        waiting().until(d -> "true".equals(js("return document.body.dataset.ready")));
    }

    static List<String> claimDates() {
        return driver.findElements(By.cssSelector("#claims .claim .date")).stream().map(WebElement::getText).toList();
    }

    static int claimTotal() {
        return Integer.parseInt(driver.findElement(By.id("claim-count")).getText().replaceAll("[()]", ""));
    }

    @Test
    void theMapShowsMarkersForThePlacesOfClaims() {
        open("");
        waiting().until(d -> !d.findElements(By.cssSelector("path.claim-marker")).isEmpty());
        assertThat(driver.findElements(By.cssSelector("path.claim-marker")).size()).isGreaterThanOrEqualTo(3);
        assertThat(driver.findElements(By.cssSelector("path.country")).size()).as("bundled country shapes").isGreaterThan(100);
        if (System.getProperty("sitrep.screenshot") != null) {
            byte[] png = driver.getScreenshotAs(OutputType.BYTES);
            try {
                Files.write(Path.of(System.getProperty("sitrep.screenshot")), png);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @Test
    void brushingTheTimelineFiltersTheClaimsList() {
        open("");
        int total = claimTotal();
        List<WebElement> bars = driver.findElements(By.cssSelector("#timeline rect.bar"));
        assertThat(bars.size()).isGreaterThanOrEqualTo(2);
        String firstDay = bars.get(0).getDomAttribute("data-day");
        WebElement timeline = driver.findElement(By.id("timeline"));
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) js("const s = arguments[0].getBoundingClientRect(), b = arguments[1].getBoundingClientRect();"
                + "return {left: b.left - s.left, right: b.right - s.left, width: s.width, height: s.height};", timeline, bars.get(0));
        double left = ((Number) r.get("left")).doubleValue(), right = ((Number) r.get("right")).doubleValue();
        double width = ((Number) r.get("width")).doubleValue(), height = ((Number) r.get("height")).doubleValue();
        // Drag from just before the first bar to just after it (offsets are from the element's centre).
        int y = 10 - (int) (height / 2); // 10 px below the top
        new Actions(driver).moveToElement(timeline, (int) (left - 2 - width / 2), y).clickAndHold()
                .moveByOffset((int) (right - left + 4) / 2, 0).moveByOffset((int) (right - left + 4) / 2, 0)
                .release().perform();
        waiting().until(d -> d.getCurrentUrl().contains("from=" + firstDay) && claimTotal() < total);
        assertThat(driver.getCurrentUrl()).contains("to=" + firstDay);
        assertThat(claimDates()).isNotEmpty().containsOnly(firstDay);
        assertThat(driver.findElements(By.cssSelector("#timeline rect.bar.in"))).hasSize(1);
        // The deep link restores the same view.
        String url = driver.getCurrentUrl();
        int filtered = claimTotal();
        open(url.substring(base.length()));
        assertThat(claimTotal()).isEqualTo(filtered);
        assertThat(claimDates()).containsOnly(firstDay);
    }

    @Test
    void clickingAClaimShowsItsArticleAndMarksItsSpan() {
        open("");
        List<WebElement> claims = driver.findElements(By.cssSelector("#claims .claim"));
        WebElement claim = claims.get(Math.min(4, claims.size() - 1));
        String id = claim.getDomAttribute("data-claim-id");
        String content = claim.findElement(By.cssSelector(".content")).getText();
        claim.click();
        waiting().until(d -> !d.findElements(By.cssSelector("#article-text mark.active")).isEmpty());
        assertThat(driver.getCurrentUrl()).contains("claim=" + id.replace(":", "%3A"));
        String marked = (String) js("return [...document.querySelectorAll('#article-text mark.active')]"
                + ".map(m => m.textContent).join('')");
        assertThat(marked.replaceAll("\\s+", " ")).contains(content.replaceAll("\\s+", " "));
        Boolean visible = (Boolean) js("const m = document.querySelector('#article-text mark.active').getBoundingClientRect(),"
                + " p = document.getElementById('right').getBoundingClientRect();"
                + " return m.bottom > p.top && m.top < p.bottom;");
        assertThat(visible).as("scrolled into view").isTrue();
        assertThat(driver.findElement(By.cssSelector(".claim.active")).getDomAttribute("data-claim-id")).isEqualTo(id);
    }

    @Test
    void hostileArticlesAreShownAsPlainTextAndRunNothing() {
        for (Doc doc : hostile) {
            open("?article=" + doc.article().id().value());
            waiting().until(d -> !d.findElement(By.id("article-text")).getText().isEmpty());
            String shown = (String) js("return document.getElementById('article-text').textContent");
            assertThat(shown).isEqualTo(doc.text());
            assertThat(driver.findElement(By.id("article-title")).getText()).isEqualTo(doc.article().title());
            assertThat(js("return document.querySelectorAll('#article-text *:not(mark)').length"))
                    .as("no element but our marks inside the text").isEqualTo(0L);
            assertNothingInjected();
            Boolean fits = (Boolean) js("const r = document.getElementById('right'); return r.scrollWidth <= r.clientWidth + 1"
                    + " && document.documentElement.scrollWidth <= window.innerWidth + 1;");
            assertThat(fits).as("a 20,000-character word wraps instead of widening the page").isTrue();
        }
        Doc markup = hostile.stream().filter(d -> d.text().contains("<script>")).findFirst().orElseThrow();
        open("?article=" + markup.article().id().value());
        assertThat(driver.findElement(By.id("article-meta")).getText()).contains("javascript:alert(document.cookie)");
        assertThat(driver.findElements(By.cssSelector("#article-meta a"))).as("not a link").isEmpty();
        // Their claims in the list, and clicking one, stay text too.
        open("?q=" + "shelled");
        List<WebElement> claims = driver.findElements(By.cssSelector("#claims .claim"));
        assertThat(claims).isNotEmpty();
        claims.get(0).click();
        waiting().until(d -> !d.findElements(By.cssSelector("#article-text mark.active")).isEmpty());
        assertNothingInjected();
    }

    @Test
    void theDisputesBoardShowsBothSidesAndOpensTheirEvidence() {
        open("?view=disputes");
        waiting().until(d -> !d.findElements(By.cssSelector("#disputes .dispute")).isEmpty());
        assertThat(driver.findElement(By.id("disputes-view")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("claims-view")).isDisplayed()).isFalse();
        List<WebElement> cards = driver.findElements(By.cssSelector("#disputes .dispute"));
        assertThat(Integer.parseInt(driver.findElement(By.id("dispute-count")).getText().replaceAll("[()]", "")))
                .isEqualTo(cards.size());
        // The examples' Ukrainian denial and later acknowledgment about Predtechyne, and the contested capture claim.
        WebElement reversal = cards.stream().filter(c -> c.findElement(By.cssSelector(".reason")).getText()
                .startsWith("reversal") && c.getText().contains("Predtechyne")).findFirst().orElseThrow(() ->
                new AssertionError("no reversal about Predtechyne on the board: " + cards.stream().map(WebElement::getText).toList()));
        assertThat(cards.stream().filter(c -> c.findElement(By.cssSelector(".reason")).getText().startsWith("contested control")))
                .isNotEmpty();
        List<WebElement> sides = reversal.findElements(By.cssSelector(".side"));
        assertThat(sides).hasSize(2);
        assertThat(sides.get(0).getText()).contains("UKRMIL");
        assertThat(sides.get(1).getText()).contains("UKRMIL");
        String quote = sides.get(1).findElement(By.cssSelector(".quote")).getText();
        sides.get(1).click();
        waiting().until(d -> !d.findElements(By.cssSelector("#article-text mark.side-trigger")).isEmpty());
        assertThat(markedSentence()).isEqualTo(quote.replaceAll("\\s+", " ").strip());
        assertThat(driver.findElement(By.cssSelector(".dispute.active .side.second.active"))).isNotNull();
        String url = driver.getCurrentUrl();
        assertThat(url).contains("dispute=").contains("mark=").contains("view=disputes");
        // The deep link opens the same article with the same side marked.
        open(url.substring(base.length()));
        waiting().until(d -> !d.findElements(By.cssSelector("#article-text mark.side-trigger")).isEmpty());
        assertThat(markedSentence()).isEqualTo(quote.replaceAll("\\s+", " ").strip());
        assertThat(driver.findElements(By.cssSelector(".dispute.active"))).hasSize(1);
        assertNothingInjected();
    }

    @Test
    void happeningsShowTheirIndependentSources() {
        open("?view=happenings&corroborated=yes");
        waiting().until(d -> !d.findElements(By.cssSelector("#happenings .happening")).isEmpty());
        for (WebElement h : driver.findElements(By.cssSelector("#happenings .happening"))) {
            String sources = h.findElement(By.cssSelector(".badge.sources")).getText();
            assertThat(Integer.parseInt(sources.replaceAll("\\D.*", ""))).as(sources).isGreaterThanOrEqualTo(2);
        }
        assertThat(driver.findElement(By.id("corroborated")).isSelected()).isTrue();
        driver.findElement(By.id("corroborated")).click();
        waiting().until(d -> !d.getCurrentUrl().contains("corroborated"));
        waiting().until(d -> d.findElements(By.cssSelector("#happenings .badge.sources")).stream()
                .anyMatch(b -> b.getText().startsWith("1 ")));
        assertNothingInjected();
    }

    /** The article's characters marked as a dispute side's or report's sentence, whitespace folded. */
    static String markedSentence() {
        return ((String) js("return [...document.querySelectorAll('#article-text mark.side-text')]"
                + ".map(m => m.textContent).join('')")).replaceAll("\\s+", " ").strip();
    }

    static void assertNothingInjected() {
        try {
            driver.switchTo().alert();
            fail("an alert is open: a script from an article ran");
        } catch (NoAlertPresentException expected) {
            // no alert: good
        }
        assertThat(js("return document.body.getAttribute('data-pwned')")).isNull();
        assertThat(js("return document.scripts.length")).as("only the page's own two scripts").isEqualTo(2L);
        assertThat(js("return document.querySelectorAll('img, iframe, object, embed').length")).isEqualTo(0L);
        assertThat(js("return document.querySelectorAll('a[href^=\"javascript\" i]').length")).isEqualTo(0L);
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER))
            assertThat(entry.getMessage()).as("browser console").doesNotContain("Content Security Policy");
    }
}
