package io.engagementhub.app;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium driven through chromedriver (Debian's {@code chromium} and {@code
 * chromium-driver}), with its console and network logs. Without a browser the test is skipped with
 * a message, unless {@code engagement.require-browser=true} or {@code CI=true}: then it fails.
 */
final class BrowserSession implements AutoCloseable {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);
    private static final Path BROWSER = Paths.get(System.getProperty("engagement.test.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER =
            Paths.get(System.getProperty("engagement.test.chromedriver", "/usr/bin/chromedriver"));

    private final ChromeDriver driver;
    private final Path profile;

    private BrowserSession(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A fresh browser with a profile of its own, or a skipped (or, in CI, failed) test. */
    static BrowserSession open() {
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            String message = "no browser for the dashboard test: " + BROWSER + " and " + DRIVER
                    + " must exist (apt-get install chromium chromium-driver)";
            if (Boolean.getBoolean("engagement.require-browser") || "true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(message + ", and engagement.require-browser or CI is set");
            }
            System.err.println("SKIPPED: " + message + "; set engagement.require-browser=true to fail instead");
            Assumptions.abort(message);
        }
        try {
            Path profile = Files.createTempDirectory("eh-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BROWSER.toFile());
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-extensions",
                    "--disable-default-apps",
                    "--no-first-run",
                    "--no-default-browser-check",
                    "--user-data-dir=" + profile);
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            logs.enable(LogType.PERFORMANCE, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(DRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
            driver.manage().window().setSize(new Dimension(1280, 1000));
            return new BrowserSession(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Loads {@code url} with the window at {@code width} x {@code height}. */
    void load(String url, int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        driver.get(url);
    }

    /** Runs {@code script} in the page and answers its result. */
    Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    /** Waits, at most {@code limit}, until {@code condition} holds; fails naming {@code what} otherwise. */
    static void await(String what, Duration limit, Supplier<Boolean> condition) {
        Waiting.waitFor(what, limit, Duration.ofMillis(100)).until(() -> Boolean.TRUE.equals(condition.get()));
    }

    /** Waits, at most {@code limit}, until the page has exactly {@code count} elements matching {@code css}. */
    void awaitCount(String what, String css, int count, Duration limit) {
        await(what, limit, () -> driver.findElements(By.cssSelector(css)).size() == count);
    }

    /** Saves what the window shows as {@code target/<name>.png}; answers its path. */
    Path screenshot(String name) {
        try {
            Path file = Paths.get("target", "dashboard-" + name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The console messages at level SEVERE (errors, CSP violations, failed loads) since the last call. */
    List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    /** A request the page sent: its URL and headers. */
    record SentRequest(String url, Map<String, Object> headers) {

        Optional<String> header(String name) {
            return headers.entrySet().stream()
                    .filter(h -> h.getKey().equalsIgnoreCase(name))
                    .map(h -> String.valueOf(h.getValue()))
                    .findFirst();
        }
    }

    /** Every request the page sent since the last call, from the DevTools network log. */
    @SuppressWarnings("unchecked")
    List<SentRequest> requests() {
        List<SentRequest> sent = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            Map<String, Object> message =
                    (Map<String, Object>) read(entry.getMessage()).get("message");
            if (!"Network.requestWillBeSent".equals(message.get("method"))) {
                continue;
            }
            Map<String, Object> request =
                    (Map<String, Object>) ((Map<String, Object>) message.get("params")).get("request");
            sent.add(new SentRequest(
                    (String) request.get("url"), (Map<String, Object>) request.getOrDefault("headers", Map.of())));
        }
        return sent;
    }

    private static Map<String, Object> read(String json) {
        try {
            return ObjectMapper.getDefault().readValue(json, JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary profile harms nothing.
        }
    }
}
