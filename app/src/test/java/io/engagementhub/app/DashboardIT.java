package io.engagementhub.app;

import static io.engagementhub.app.BrowserSession.await;
import static io.engagementhub.app.Closing.closeAll;
import static io.engagementhub.app.Waiting.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.engagementhub.app.demo.DemoMode;
import io.engagementhub.sandbox.Fault;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * The dashboard in a real browser (headless Chromium) over the demo data set: the accounts page
 * with its syncs and live progress, the campaigns page, and a campaign's tiles, charts and links
 * compared with the API's own numbers. After every test: no console error, and no request left the
 * service's origin. Screenshots go to {@code target/dashboard-*.png}.
 */
class DashboardIT {

    static DemoMode demo;
    static ApplicationContext context;
    static String origin;
    static ApiClient api;
    static BrowserSession browser;

    @BeforeAll
    static void start() {
        browser = BrowserSession.open();
        demo = DemoMode.start();
        Map<String, Object> properties = new HashMap<>(demo.properties());
        properties.put("micronaut.server.port", -1);
        context = ApplicationContext.builder()
                .environments(DemoMode.ENVIRONMENT)
                .properties(properties)
                .start();
        EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
        origin = "http://localhost:" + server.getPort();
        api = new ApiClient(server.getURL(), null);
        for (String account : List.of(DemoMode.COPERNICA_ACCOUNT, DemoMode.CONSTANT_CONTACT_ACCOUNT)) {
            await("the demo's first sync of " + account, Duration.ofSeconds(180), () -> finished(lastRun(account)));
        }
        await("the next scheduled round", Duration.ofSeconds(30), () -> api.getList("/api/v1/accounts").stream()
                .allMatch(a -> a.get("nextSyncAt") != null));
    }

    @AfterAll
    static void stop() {
        closeAll(browser, api, context, demo);
    }

    @BeforeEach
    void forgetEarlierLogs() {
        browser.consoleErrors();
        browser.requests();
    }

    @AfterEach
    void noConsoleErrorAndNoRequestLeftTheOrigin() {
        assertThat(browser.consoleErrors()).as("console errors").isEmpty();
        assertThat(networkUrls(browser.requests())).isNotEmpty().allSatisfy(url -> assertThat(url)
                .startsWith(origin + "/"));
    }

    /** The requests that went to the network (not the browser's own chrome:, data: or blob: ones). */
    static List<String> networkUrls(List<BrowserSession.SentRequest> requests) {
        return requests.stream()
                .map(BrowserSession.SentRequest::url)
                .filter(url -> !url.startsWith("chrome:")
                        && !url.startsWith("data:")
                        && !url.startsWith("blob:")
                        && !url.startsWith("about:"))
                .toList();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> lastRun(String account) {
        List<Map<String, Object>> accounts = api.getList("/api/v1/accounts");
        return accounts.stream()
                .filter(a -> account.equals(a.get("name")))
                .findFirst()
                .map(a -> (Map<String, Object>) a.get("lastSync"))
                .orElse(null);
    }

    static boolean finished(Map<String, Object> run) {
        return run != null && !"RUNNING".equals(run.get("status"));
    }

    static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** The number a page shows, without its thousands separators. */
    static long shown(WebElement element) {
        return Long.parseLong(element.getText().replace(",", "").trim());
    }

    /** What an account's card shows, read in one step (the page redraws the card as the run moves). */
    @SuppressWarnings("unchecked")
    Map<String, Object> cardState(String name) {
        return (Map<String, Object>) browser.script(
                "const card = document.querySelector(`article.account[data-account='${arguments[0]}']`);"
                        + "const run = card && card.querySelector('.run');"
                        + "const requests = card && card.querySelector(\"[data-figure='requests']\");"
                        + "return {status: card && card.querySelector('.account-head .status').dataset.status,"
                        + " run: run && run.dataset.run, requests: requests && requests.textContent};",
                name);
    }

    WebElement account(String name) {
        return browser.driver().findElement(By.cssSelector("article.account[data-account='" + name + "']"));
    }

    @Test
    void theAccountsPageListsBothDemoAccountsWithTheirFinishedRun() {
        browser.load(origin + "/", 1280, 1000);
        browser.awaitCount("both accounts listed", "article.account", 2, Duration.ofSeconds(10));

        for (String name : List.of(DemoMode.COPERNICA_ACCOUNT, DemoMode.CONSTANT_CONTACT_ACCOUNT)) {
            Map<String, Object> run = lastRun(name);
            WebElement card = account(name);
            assertThat(card.findElement(By.cssSelector(".account-head .status")).getAttribute("data-status"))
                    .isEqualTo(run.get("status"))
                    .isEqualTo("SUCCEEDED");
            assertThat(shown(card.findElement(By.cssSelector("[data-figure='eventsStored']"))))
                    .isEqualTo(number(run.get("eventsStored")))
                    .isPositive();
            assertThat(card.findElement(By.cssSelector("[data-next]")).getText())
                    .contains("UTC");
            assertThat(card.findElement(By.cssSelector("[data-usage='perThousand']"))
                            .getText())
                    .matches("[0-9]+\\.[0-9]");
        }
        // the demo's Copernica account reads REST v4, whose consumption Copernica counts
        WebElement copernica = account(DemoMode.COPERNICA_ACCOUNT);
        assertThat(shown(copernica.findElement(By.cssSelector("[data-usage='providerApiCalls']"))))
                .isPositive();
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(origin + "/ui/");
        browser.screenshot("accounts");
    }

    @Test
    void syncNowStartsARunAndThePageFollowsItsProgressToTheEnd() {
        demo.copernica().server().slowDown(Duration.ofMillis(400));
        demo.copernica()
                .server()
                .injectFaults(Collections.nCopies(40, Fault.SLOW).toArray(Fault[]::new));
        browser.load(origin + "/ui/", 1280, 1000);
        browser.awaitCount(
                "the accounts",
                "article.account[data-account='" + DemoMode.COPERNICA_ACCOUNT + "']",
                1,
                Duration.ofSeconds(10));
        String before = (String) lastRun(DemoMode.COPERNICA_ACCOUNT).get("id");

        account(DemoMode.COPERNICA_ACCOUNT)
                .findElement(By.cssSelector("button.sync-now"))
                .click();

        List<Long> requestsSeen = new ArrayList<>();
        Map<String, Object> shown = waitFor(
                        "the card following the new run to its end", Duration.ofSeconds(120), Duration.ofMillis(200))
                .until(
                        () -> {
                            Map<String, Object> card = cardState(DemoMode.COPERNICA_ACCOUNT);
                            if ("RUNNING".equals(String.valueOf(card.get("status")))) {
                                long requests = Long.parseLong(
                                        String.valueOf(card.get("requests")).replace(",", ""));
                                if (requestsSeen.isEmpty() || requests != requestsSeen.get(requestsSeen.size() - 1)) {
                                    requestsSeen.add(requests);
                                }
                                if (requestsSeen.size() == 2) {
                                    browser.screenshot("sync-running");
                                }
                            }
                            return card;
                        },
                        card -> !String.valueOf(card.get("run")).equals(before)
                                && !"RUNNING".equals(String.valueOf(card.get("status"))));
        String status = String.valueOf(shown.get("status"));
        String shownRun = String.valueOf(shown.get("run"));
        Map<String, Object> run = lastRun(DemoMode.COPERNICA_ACCOUNT);

        assertThat(run.get("id")).isNotEqualTo(before).isEqualTo(shownRun);
        assertThat(status).isEqualTo("SUCCEEDED");
        assertThat(requestsSeen)
                .as("request counts shown while RUNNING")
                .hasSizeGreaterThanOrEqualTo(2)
                .isSorted();
        await("the finished run's figures", Duration.ofSeconds(10), () -> String.valueOf(run.get("requests"))
                .equals(String.valueOf(cardState(DemoMode.COPERNICA_ACCOUNT).get("requests"))
                        .replace(",", "")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCampaignsPageListsWhatTheCampaignsApiAnswers() {
        String account = DemoMode.COPERNICA_ACCOUNT;
        browser.load(origin + "/ui/?view=campaigns&account=" + account, 1280, 1000);
        ApiClient.Response campaigns = api.get("/api/v1/accounts/" + account + "/campaigns?limit=50");

        assertThat(campaigns.status()).as(campaigns.body()).isEqualTo(200);
        List<Map<String, Object>> items =
                (List<Map<String, Object>>) campaigns.json().get("items");
        assertThat(items).as("the demo account's campaigns").isNotEmpty();
        browser.awaitCount("the campaigns table", "table.campaigns tbody tr", items.size(), Duration.ofSeconds(10));
        List<String> shownIds = browser.driver().findElements(By.cssSelector("table.campaigns tbody tr")).stream()
                .map(row -> row.getAttribute("data-campaign"))
                .toList();
        assertThat(shownIds)
                .containsExactlyElementsOf(items.stream()
                        .map(item -> (String) item.get("campaignId"))
                        .toList());
        for (Map<String, Object> item : items) {
            List<WebElement> cells = browser.driver()
                    .findElements(By.cssSelector("tr[data-campaign='" + item.get("campaignId") + "'] td"));
            Map<String, Object> rates = (Map<String, Object>) item.get("rates");
            Map<String, Object> allRates = (Map<String, Object>) item.get("allRates");
            assertThat(rates.get("basis")).isEqualTo("human");
            assertPercent(cells.get(3), rates.get("open"));
            assertPercent(cells.get(4), allRates.get("open"));
            assertPercent(cells.get(5), rates.get("click"));
            assertPercent(cells.get(6), allRates.get("click"));
        }
        browser.screenshot("campaigns");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCampaignPageShowsTheStatisticsApisNumbersItsTimelineAndItsLinks() {
        String account = DemoMode.COPERNICA_ACCOUNT;
        String campaign = (String)
                api.allEvents("account=" + account + "&type=CLICKED").get(0).get("campaignId");
        String base = "/api/v1/accounts/" + account + "/campaigns/" + campaign;
        Map<String, Object> stats = api.get(base + "/stats").json();
        String from = stats.get("sentAt") == null ? "" : "&from=" + stats.get("sentAt");
        Map<String, Object> hourly =
                api.get(base + "/timeline?bucket=hour" + from).json();
        Map<String, Object> daily =
                api.get(base + "/timeline?bucket=day" + from).json();

        Map<String, Object> check = api.get(base + "/reconciliation").json();

        openCampaign(account, campaign, 1280, 3400);

        assertThat(browser.driver().findElement(By.cssSelector("#check .check")).getAttribute("data-status"))
                .isEqualTo(check.get("status"))
                .isEqualTo("COMPLETE");
        Map<String, Object> opens = (Map<String, Object>) ((Map<String, Object>) check.get("types")).get("OPENED");
        assertThat(Long.parseLong(browser.driver()
                        .findElement(By.cssSelector("[data-tile='opens'] .tile-provider"))
                        .getAttribute("data-provider")))
                .as("the provider's own figure beside ours")
                .isEqualTo(number(opens.get("provider")));
        assertThat(Long.parseLong(browser.driver()
                        .findElement(By.cssSelector("[data-tile='sent'] .tile-provider"))
                        .getAttribute("data-provider")))
                .isEqualTo(number(check.get("sent")))
                .isEqualTo(number(stats.get("sent")));
        assertThat(tile("sent")).isEqualTo(number(stats.get("sent")));
        assertThat(tile("delivered")).isEqualTo(number(stats.get("delivered")));
        assertThat(tile("bounces")).isEqualTo(number(stats.get("bounced")));
        assertThat(tile("unsubscribes")).isEqualTo(number(stats.get("unsubscribed")));
        assertThat(tile("complaints")).isEqualTo(number(stats.get("complained")));
        assertHumanAndAll("opens", (Map<String, Object>) stats.get("opened"));
        assertHumanAndAll("clicks", (Map<String, Object>) stats.get("clicked"));
        assertThat(percentShown("click-to-open"))
                .isCloseTo(
                        100.0 * ((Number) ((Map<String, Object>) stats.get("rates")).get("clickToOpen")).doubleValue(),
                        within(0.05));

        assertChart("chart-hourly", hourly);
        assertChart("chart-daily", daily);
        assertThat(((List<?>) hourly.get("buckets"))).hasSize(48);

        List<Map<String, Object>> links = (List<Map<String, Object>>) stats.get("links");
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#links tbody tr"));
        assertThat(rows).hasSize(Math.min(25, links.size())).isNotEmpty();
        for (int i = 0; i < rows.size(); i++) {
            WebElement row = rows.get(i);
            Map<String, Object> link = links.get(i);
            List<WebElement> cells = row.findElements(By.tagName("td"));
            assertThat(row.getAttribute("data-url")).isEqualTo(link.get("url"));
            assertThat(row.getAttribute("data-link-id")).isEqualTo(link.get("id") == null ? "" : link.get("id"));
            assertThat(shown(cells.get(1))).isEqualTo(number(link.get("total")));
            assertThat(shown(cells.get(2))).isEqualTo(number(link.get("unique")));
        }
        Map<String, Object> devices = (Map<String, Object>) stats.get("devices");
        assertThat(browser.driver().findElements(By.cssSelector("#devices tr[data-key]")))
                .extracting(row -> row.getAttribute("data-key"))
                .containsExactlyInAnyOrderElementsOf(devices.entrySet().stream()
                        .filter(e -> number(e.getValue()) > 0)
                        .map(Map.Entry::getKey)
                        .toList());
        browser.screenshot("campaign");
        browser.driver().manage().window().setSize(new Dimension(1280, 1500));
        browser.screenshot("campaign-top");

        openCampaign(account, campaign, 390, 2600);
        assertThat((Long) browser.script("return document.documentElement.scrollWidth"))
                .as("no sideways scrolling at phone width")
                .isLessThanOrEqualTo(390L);
        browser.screenshot("campaign-phone");
    }

    private void openCampaign(String account, String campaign, int width, int height) {
        browser.load(origin + "/ui/?view=campaign&account=" + account + "&campaign=" + campaign, width, height);
        browser.awaitCount(
                "both charts drawn at " + width + " px", ".chart[data-drawn='true'] canvas", 2, Duration.ofSeconds(15));
    }

    private static Offset<Double> within(double offset) {
        return Offset.offset(offset);
    }

    private long tile(String name) {
        return shown(browser.driver().findElement(By.cssSelector("[data-tile='" + name + "'] .tile-value")));
    }

    /** A table cell shows the API's share as a percentage with one decimal, or a dash where it is null. */
    private static void assertPercent(WebElement cell, Object share) {
        if (share == null) {
            assertThat(cell.getText()).isEqualTo("—");
        } else {
            assertThat(Double.parseDouble(cell.getText().replace("%", "")))
                    .isCloseTo(100.0 * ((Number) share).doubleValue(), within(0.05));
        }
    }

    private double percentShown(String name) {
        String text = browser.driver()
                .findElement(By.cssSelector("[data-tile='" + name + "'] .tile-value"))
                .getText();
        return Double.parseDouble(text.replace("%", ""));
    }

    @SuppressWarnings("unchecked")
    private void assertHumanAndAll(String name, Map<String, Object> figures) {
        WebElement tile = browser.driver().findElement(By.cssSelector("[data-tile='" + name + "']"));
        assertThat(Long.parseLong(tile.getAttribute("data-all"))).isEqualTo(number(figures.get("unique")));
        Map<String, Object> human = (Map<String, Object>) figures.get("human");
        long expected = human == null ? number(figures.get("unique")) : number(human.get("unique"));
        assertThat(tile(name)).isEqualTo(expected);
    }

    private void assertChart(String id, Map<String, Object> timeline) {
        WebElement chart = browser.driver().findElement(By.id(id));
        assertThat(Integer.parseInt(chart.getAttribute("data-buckets")))
                .isEqualTo(((List<?>) timeline.get("buckets")).size());
        Long painted = (Long) browser.script(
                "const c = arguments[0].querySelector('canvas');"
                        + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                        + "let n = 0; for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) n++; } return n;",
                chart);
        assertThat(painted).as("painted pixels of " + id).isGreaterThan(1_000L);
    }

    @Test
    void withTokensThePageAsksForOneKeepsItInTheTabAndSendsItOnlyAsABearerHeader() {
        String token = "dashboard-token-" + UUID.randomUUID();
        Map<String, Object> properties = new HashMap<>(demo.properties());
        properties.putAll(
                ServiceProperties.of(token, "jdbc:h2:mem:dashboard-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
        try (EmbeddedServer guarded = ApplicationContext.run(EmbeddedServer.class, properties)) {
            String guardedOrigin = "http://localhost:" + guarded.getPort();
            browser.load(guardedOrigin + "/ui/", 1280, 1000);
            await("the token prompt", Duration.ofSeconds(10), () -> browser.driver()
                    .findElement(By.id("token-prompt"))
                    .isDisplayed());
            browser.screenshot("token-prompt");

            type("wrong-" + token);
            await("the token refused", Duration.ofSeconds(10), () -> browser.driver()
                    .findElement(By.cssSelector("#token-prompt .token-rejected"))
                    .isDisplayed());
            type(token);
            browser.awaitCount("the accounts", "article.account", 2, Duration.ofSeconds(10));

            assertThat(browser.script("return sessionStorage.getItem('engagement-hub.api-token')"))
                    .isEqualTo(token);
            assertThat(browser.script("return localStorage.length")).isEqualTo(0L);
            List<BrowserSession.SentRequest> sent = browser.requests();
            assertThat(sent).allSatisfy(request -> assertThat(request.url()).doesNotContain(token));
            assertThat(sent)
                    .filteredOn(request -> URI.create(request.url()).getPath().startsWith("/api/"))
                    .isNotEmpty()
                    .anySatisfy(request ->
                            assertThat(request.header("Authorization")).contains("Bearer " + token));
            // The refused token's 401 is the one expected console error; nothing else may appear.
            assertThat(browser.consoleErrors())
                    .allSatisfy(error -> assertThat(error).contains("401"));
            browser.requests();
            browser.load(guardedOrigin + "/ui/", 1280, 1000);
            browser.awaitCount("the accounts again, without asking", "article.account", 2, Duration.ofSeconds(10));
            assertThat(browser.driver().findElement(By.id("token-prompt")).isDisplayed())
                    .isFalse();
            assertThat(networkUrls(browser.requests()))
                    .allSatisfy(url -> assertThat(url).startsWith(guardedOrigin + "/"));
            browser.consoleErrors();
            browser.load(origin + "/ui/", 1280, 1000);
        }
    }

    private void type(String token) {
        WebElement input = browser.driver().findElement(By.cssSelector("#token-prompt input"));
        input.clear();
        input.sendKeys(token);
        browser.driver()
                .findElement(By.cssSelector("#token-prompt button[type='submit']"))
                .click();
    }
}
