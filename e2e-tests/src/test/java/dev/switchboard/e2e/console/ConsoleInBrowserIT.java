package dev.switchboard.e2e.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.local.LocalSettings;
import dev.switchboard.local.LocalSystem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import java.util.logging.Level;
import tools.jackson.databind.JsonNode;

/**
 * The managers' console in a real browser (Debian's Chromium, headless, through its chromedriver) against the whole
 * local system: one system and one browser for every test, data created through the API, then looked for on the page.
 * Screenshots of each view (1280×800, and the queues at phone width) go to {@code target/console-screenshots/}.
 */
class ConsoleInBrowserIT {

    private static final Path CHROMIUM = Path.of(System.getProperty("console.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("console.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "console-screenshots").toAbsolutePath();
    private static final Path DOWNLOADS = Path.of("target", "console-downloads").toAbsolutePath();
    /** The browser runs in another zone than the machine's usual UTC: the page must show the viewer's zone. */
    private static final String VIEWER_ZONE = "Asia/Tokyo";

    private static final String PLATFORM = "dev-platform-key";
    private static final String AGENT = "dev-agent-key";
    private static final String MANAGER = "dev-manager-key";
    private static final String ADMIN = "dev-admin-key";

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final String SERVED_TEAM = "console-" + RUN;
    private static final String WAITING_TEAM = "console-wait-" + RUN;
    private static final String DEV_AGENT_TEAM = "console-dev-" + RUN;
    private static final String AGENT_ID = "ada-" + RUN;

    @TempDir
    static Path dataDir;

    private static LocalSystem system;
    private static ConsoleApi api;
    private static ChromeDriver browser;
    private static final List<String> servedTickets = new ArrayList<>();
    private static final List<String> waitingTickets = new ArrayList<>();
    private static String devAgentTicket;

    @BeforeAll
    static void startSystemAndBrowser() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Console browser tests skipped: no Chromium at " + CHROMIUM + " or no chromedriver at " + CHROMEDRIVER
                        + " (Debian: apt-get install chromium chromium-driver; or set -Dconsole.chromium and"
                        + " -Dconsole.chromedriver)");
        // -Dconsole.repoRoot: the services' jars of another checkout (<root>/<service>/target/<service>.jar)
        Path repoRoot = Path.of(System.getProperty("console.repoRoot",
                Path.of("").toAbsolutePath().getParent().toString()));
        system = new LocalSystem(LocalSettings.forTests(repoRoot, dataDir)).start();
        api = new ConsoleApi(system.gatewayUrl());
        createFloor();
        Files.createDirectories(SCREENSHOTS);
        Files.createDirectories(DOWNLOADS);
        try (Stream<Path> old = Files.list(DOWNLOADS)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        browser = startBrowser();
    }

    @AfterAll
    static void stopBrowserAndSystem() {
        if (browser != null) {
            browser.quit();
        }
        if (system != null) {
            system.close();
        }
    }

    @BeforeEach
    void freshTab() {
        viewport(1280, 800);
        // the tab's session storage is cleared on a file of the console's origin that runs no script: on the page
        // itself a sign-in still in flight would store its credential again
        browser.get(system.gatewayUrl() + "/console/favicon.svg");
        ((JavascriptExecutor) browser).executeScript("sessionStorage.clear()");
        browser.get(system.gatewayUrl() + "/");
        await().atMost(Duration.ofSeconds(10)).until(() -> displayed("signin"));
    }

    @AfterEach
    void noConsoleErrors() {
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                // a refused sign-in is the gateway answering 401, which Chromium logs as a failed resource load
                .filter(message -> !message.contains("/api/v1/gateway/me") || !message.contains("401"))
                .toList();
        assertThat(errors).as("browser console errors").isEmpty();
    }

    @Test
    void shouldRefuseToSignInWithAPlatformKey() {
        signIn(PLATFORM);

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(text("signin-error")).contains("Platform keys are for integrations"));
        assertThat(displayed("app")).isFalse();
        assertThat(sessionCredential()).isNull();
        screenshot("signin-platform-refused");
    }

    @Test
    void shouldRefuseAnUnknownKey() {
        signIn("not-a-key");

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(text("signin-error")).contains("did not accept"));
        assertThat(displayed("app")).isFalse();
    }

    @Test
    void shouldShowAnAgentItsOwnTicketsButNotTheManagerViews() {
        signIn(AGENT);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(displayed("view-mine")).isTrue();
            assertThat(rowFor("mine-table", "data-ticket", devAgentTicket)).isNotNull();
        });
        assertThat(linkDisplayed("queues")).isFalse();
        assertThat(linkDisplayed("kpis")).isFalse();
        assertThat(linkDisplayed("mine")).isTrue();
        awaitLive();

        // the customer writes on the agent's ticket: the agent's page lists it live
        ConsoleApi.Answer message = api.post("/tickets/" + devAgentTicket + "/events", PLATFORM,
                "{\"type\":\"CUSTOMER_MESSAGE\",\"body\":\"Any news?\"}");
        assertThat(message.status()).as(message.body()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(text("mine-events"))
                .contains("ticket.message-received " + devAgentTicket));
        screenshot("agent-my-tickets");

        for (String managerView : List.of("queues", "sla", "agents", "kpis")) {
            browser.get(system.gatewayUrl() + "/#" + managerView);
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
                assertThat(displayed("view-denied")).isTrue();
                assertThat(text("denied-text")).contains("is for managers");
            });
            assertThat(displayed("view-" + managerView)).isFalse();
        }
    }

    @Test
    void shouldShowEachManagerViewWithTheDataCreatedThroughTheApi() throws IOException {
        signInByKeyboard(MANAGER);
        await().atMost(Duration.ofSeconds(10)).until(() -> displayed("app"));
        assertThat(text("who")).contains("MANAGER");
        assertThat(text("zone")).isEqualTo(VIEWER_ZONE);
        awaitLive();

        // Queues: the team nobody serves has its two tickets waiting; its list in routing order
        openView("queues");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            WebElement row = rowFor("queues-table", "data-team", WAITING_TEAM);
            assertThat(row).isNotNull();
            assertThat(row.findElements(By.tagName("td")).getFirst().getText()).isEqualTo("2");
        });
        browser.findElement(By.cssSelector("#queues-table tr[data-team='" + WAITING_TEAM + "'] button")).click();
        if (api.get("/queues/" + WAITING_TEAM + "/tickets", MANAGER).status() == 200) {
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                for (String ticket : waitingTickets) {
                    assertThat(rowFor("queue-tickets-table", "data-ticket", ticket)).isNotNull();
                }
            });
        } else {
            // routing-service without the waiting-ticket list: the page says so instead of failing
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(text("queue-tickets-note")).contains("not available"));
        }
        screenshot("queues");

        // SLA risk: the served tickets' first-reply clocks are running, soonest first
        openView("sla");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            for (String ticket : servedTickets) {
                assertThat(rowFor("sla-due-table", "data-ticket", ticket)).isNotNull();
            }
        });
        screenshot("sla-risk");

        // Agents: the test's agent, available, holding its tickets
        openView("agents");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            WebElement row = rowFor("agents-table", "data-agent", AGENT_ID);
            assertThat(row).isNotNull();
            assertThat(row.findElement(By.cssSelector(".badge")).getText()).isEqualTo("AVAILABLE");
            assertThat(row.getText()).contains(SERVED_TEAM).contains("EMAIL 2/5");
        });
        screenshot("agents");
        browser.findElement(By.id("agents-csv")).click();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(downloadedCsv())
                .startsWith("agentId,").contains(AGENT_ID));

        // KPIs: the tickets created for the served team, over the picked range
        openView("kpis");
        new Select(browser.findElement(By.id("kpi-range"))).selectByValue("1h");
        // the team list is filled from the queues once the view has loaded
        await().atMost(Duration.ofSeconds(10)).until(() -> !browser.findElements(
                By.cssSelector("#kpi-team option[value='" + SERVED_TEAM + "']")).isEmpty());
        new Select(browser.findElement(By.id("kpi-team"))).selectByValue(SERVED_TEAM);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(cardValue("kpi-cards", "Created")).isEqualTo("2");
            assertThat(text("kpi-window")).contains("team " + SERVED_TEAM);
        });
        assertThat(browser.findElements(By.cssSelector("#kpi-charts figure"))).hasSize(3);
        screenshot("kpis");
    }

    @Test
    void shouldShowAPresenceChangeWithinTwoSeconds() {
        signIn(MANAGER);
        awaitLive();
        openView("agents");
        await().atMost(Duration.ofSeconds(10)).until(() -> "AVAILABLE".equals(status(AGENT_ID)));

        Instant sent = Instant.now();
        assertThat(api.put("/agents/" + AGENT_ID + "/presence", PLATFORM, "{\"status\":\"AWAY\"}").status())
                .isBetween(200, 204);
        try {
            await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(50))
                    .until(() -> "AWAY".equals(status(AGENT_ID)));
            assertThat(Duration.between(sent, Instant.now())).isLessThan(Duration.ofSeconds(2));
            screenshot("agents-live-away");
        } finally {
            api.put("/agents/" + AGENT_ID + "/presence", PLATFORM, "{\"status\":\"AVAILABLE\"}");
        }
    }

    @Test
    void shouldRaiseTheSurgeBannerWithinTwoSecondsOfASurgeAlert() {
        signIn(MANAGER);
        awaitLive();
        openView("queues");
        assertThat(displayed("surge")).isFalse();

        Instant sent = Instant.now();
        publishSurge(WAITING_TEAM);

        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(50))
                .until(() -> displayed("surge"));
        assertThat(Duration.between(sent, Instant.now())).isLessThan(Duration.ofSeconds(2));
        assertThat(text("surge-text")).contains("Surge in team " + WAITING_TEAM).contains("37 new tickets");
        screenshot("surge-banner");
        browser.findElement(By.id("surge-dismiss")).sendKeys(Keys.ENTER);
        assertThat(displayed("surge")).isFalse();
    }

    @Test
    void shouldStayUsableAtPhoneWidth() {
        // a window cannot be made narrower than 500 px: a phone's screen is emulated instead
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        try {
            signIn(MANAGER);
            openView("queues");
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> rowFor("queues-table", "data-team", WAITING_TEAM) != null);

            Object width = ((JavascriptExecutor) browser).executeScript("return window.innerWidth");
            Object overflow = ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(((Number) width).intValue()).isEqualTo(390);
            assertThat(((Number) overflow).intValue()).as("horizontal overflow of the page").isLessThanOrEqualTo(0);
            screenshot("queues-phone");
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    // ---------- the floor the tests look at ----------

    private static void createFloor() {
        putAgent(AGENT_ID, "Ada Console", SERVED_TEAM);
        presence(AGENT_ID, PLATFORM);
        putAgent("agent-dev", "Dev Agent", DEV_AGENT_TEAM);
        presence("agent-dev", AGENT);
        for (int i = 0; i < 2; i++) {
            servedTickets.add(postTicket(SERVED_TEAM, "billing"));
            // a skill nobody has keeps these waiting, whatever the skill expansion does
            waitingTickets.add(postTicket(WAITING_TEAM, "klingon"));
        }
        devAgentTicket = postTicket(DEV_AGENT_TEAM, "billing");
        // the first tickets pay for cold caches and consumer-group joins
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            for (String ticket : servedTickets) {
                assertThat(assignee(ticket)).isEqualTo(AGENT_ID);
            }
            assertThat(assignee(devAgentTicket)).isEqualTo("agent-dev");
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                api.get("/analytics/summary?team=" + SERVED_TEAM, MANAGER).json().get("created").asLong())
                .isEqualTo(2));
    }

    private static void putAgent(String agentId, String name, String team) {
        ConsoleApi.Answer answer = api.put("/agents/" + agentId, ADMIN, """
                {"name":"%s","team":"%s","tier":1,"skills":{"billing":3},"capacity":{"EMAIL":5,"CHAT":2}}
                """.formatted(name, team));
        assertThat(answer.status()).as(answer.body()).isBetween(200, 204);
    }

    private static void presence(String agentId, String key) {
        ConsoleApi.Answer answer = api.put("/agents/" + agentId + "/presence", key, "{\"status\":\"AVAILABLE\"}");
        assertThat(answer.status()).as(answer.body()).isBetween(200, 204);
    }

    private static String postTicket(String team, String skill) {
        ConsoleApi.Answer created = api.post("/tickets", PLATFORM, """
                {"externalId":"console-%s","channel":"EMAIL","subject":"Invoice %s","priority":"HIGH",
                 "customer":{"id":"c-%s","name":"Grace","tier":"VIP","language":"en"},
                 "team":"%s","skills":["%s"],"tags":["console"]}
                """.formatted(UUID.randomUUID(), team, RUN, team, skill));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static String assignee(String ticketId) {
        JsonNode ticket = api.get("/tickets/" + ticketId, MANAGER).json();
        return ticket.path("assignee").isString() ? ticket.get("assignee").asString() : null;
    }

    private static void publishSurge(String team) {
        Instant now = Instant.now();
        String json = """
                {"team":"%s","windowStart":"%s","windowEnd":"%s","inflow":37,"baseline":4.2,"stdDev":1.5,
                 "zScore":21.9,"detectedAt":"%s"}""".formatted(team, now.minusSeconds(60), now, now);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", system.kafkaBootstrapServers()), new StringSerializer(),
                new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>("analytics.alerts", team,
                    json.getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_specversion", bytes("1.0"))
                    .add("ce_id", bytes(team + ":surge:" + now))
                    .add("ce_source", bytes("/switchboard/analytics-service"))
                    .add("ce_type", bytes("switchboard.analytics.surge-detected.v1"))
                    .add("ce_time", bytes(now.toString()))
                    .add("ce_subject", bytes(team))
                    .add("content-type", bytes("application/json"));
            producer.send(record);
        }
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    // ---------- the browser ----------

    private static ChromeDriver startBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,800", "--lang=en-US");
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", DOWNLOADS.toString(),
                "download.prompt_for_download", false));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withEnvironment(Map.of("TZ", VIEWER_ZONE))
                .build();
        return new ChromeDriver(service, options);
    }

    /** Sizes the window so that the page itself (what a screenshot shows) gets width × height. */
    private static void viewport(int width, int height) {
        browser.manage().window().setSize(new Dimension(width, height));
        Object chrome = ((JavascriptExecutor) browser).executeScript(
                "return [window.outerWidth - window.innerWidth, window.outerHeight - window.innerHeight]");
        List<?> extra = (List<?>) chrome;
        browser.manage().window().setSize(new Dimension(width + ((Number) extra.get(0)).intValue(),
                height + ((Number) extra.get(1)).intValue()));
    }

    private void signIn(String key) {
        browser.findElement(By.id("credential")).sendKeys(key);
        browser.findElement(By.id("signin-button")).click();
    }

    /** Sign-in as a keyboard user does it: the page puts the focus in the field, Enter submits. */
    private void signInByKeyboard(String key) {
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getAttribute("id")).isEqualTo("credential");
        focused.sendKeys(key, Keys.ENTER);
    }

    private void awaitLive() {
        await().atMost(Duration.ofSeconds(15)).until(() -> "live".equals(
                browser.findElement(By.id("live-status")).getAttribute("data-state")));
    }

    /** Follows the navigation link with the keyboard. */
    private void openView(String view) {
        browser.findElement(By.cssSelector("#nav a[data-view='" + view + "']")).sendKeys(Keys.ENTER);
        await().atMost(Duration.ofSeconds(5)).until(() -> displayed("view-" + view));
    }

    private boolean displayed(String id) {
        List<WebElement> found = browser.findElements(By.id(id));
        return !found.isEmpty() && found.getFirst().isDisplayed();
    }

    private boolean linkDisplayed(String view) {
        return browser.findElement(By.cssSelector("#nav a[data-view='" + view + "']")).isDisplayed();
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private WebElement rowFor(String tableId, String attribute, String value) {
        List<WebElement> rows = browser.findElements(By.cssSelector(
                "#" + tableId + " tbody tr[" + attribute + "='" + value + "']"));
        return rows.isEmpty() ? null : rows.getFirst();
    }

    private String status(String agentId) {
        WebElement row = rowFor("agents-table", "data-agent", agentId);
        return row == null ? null : row.findElement(By.cssSelector(".badge")).getAttribute("data-status");
    }

    /** Read in one script: the view re-renders its cards on live events, which would make elements stale. */
    private String cardValue(String containerId, String label) {
        return (String) ((JavascriptExecutor) browser).executeScript("""
                for (const card of document.querySelectorAll('#' + arguments[0] + ' .card')) {
                  if (card.querySelector('.label').textContent === arguments[1]) {
                    return card.querySelector('.value').textContent;
                  }
                }
                return null;""", containerId, label);
    }

    private String sessionCredential() {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "return sessionStorage.getItem('switchboard.console.credential')");
    }

    private static String downloadedCsv() throws IOException {
        try (Stream<Path> files = Files.list(DOWNLOADS)) {
            Path csv = files.filter(file -> file.getFileName().toString().endsWith(".csv")).findFirst().orElse(null);
            return csv == null ? "" : Files.readString(csv);
        }
    }

    private void screenshot(String name) {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
