package com.truereach.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.truereach.api.creators.CreatorFixtures;
import com.truereach.api.testsupport.ApiClient;
import com.truereach.api.testsupport.IntegrationTest;
import com.truereach.api.testsupport.TestServices;
import com.truereach.api.testsupport.Tokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web app in a real browser: headless Chromium logs in through Keycloak's own login form
 * (authorization code with PKCE), searches the catalogue, and opens a creator's profile.
 *
 * <p>The application listens on port 8080 for this class, not on a random port, because the
 * {@code truereach-web} client only accepts redirects to {@code http://127.0.0.1:8080/*} and
 * {@code http://localhost:8080/*} (Keycloak allows a wildcard only at the end of the path, not in
 * the port). So the demo API ({@code infra/run.sh}) must not be running at the same time.
 *
 * <p>Chromium and ChromeDriver are the machine's ({@code apt-get install chromium chromium-driver});
 * other paths can be given with {@code -Dtruereach.test.chromium=…} and
 * {@code -Dtruereach.test.chromedriver=…}. Selenium Manager never runs. Screenshots of each step
 * are written to {@code target/browser/}.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class WebAppBrowserTest implements IntegrationTest {

  private static final int PORT = 8080;
  private static final String APP = "http://127.0.0.1:" + PORT + "/";
  /** The issuer /assets/config.js names; any other (Testcontainers) is handed to the page. */
  private static final String CONFIGURED_ISSUER = "http://127.0.0.1:8180/realms/truereach";
  private static final String CHROMIUM = System.getProperty("truereach.test.chromium", "/usr/bin/chromium");
  private static final String CHROMEDRIVER = System.getProperty("truereach.test.chromedriver", "/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "browser");

  @Inject EmbeddedServer server;
  private ChromeDriver browser;
  private WebDriverWait wait;
  private Path profileDirectory;
  private String lyon;
  private String berlin;
  private String markup;

  @Override
  public Map<String, String> getProperties() {
    requirePortFree();
    Map<String, String> properties = new HashMap<>(IntegrationTest.super.getProperties());
    properties.put("micronaut.server.port", String.valueOf(PORT));
    return properties;
  }

  @BeforeAll
  void catalogueAndBrowser() throws IOException {
    ApiClient partner = new ApiClient(server.getURL()).as(Tokens.acmePartner("creators:write"));
    lyon = create(partner, CreatorFixtures.aProfiledCreator("w-lyon", "Camille Lumière", "FR", "food", 25_000, "FR", 0.8, 30_000, "naturalwine"));
    berlin = create(partner, CreatorFixtures.aProfiledCreator("w-berlin", "Jonas Kraft", "DE", "fitness", 8_000, "DE", 0.9, 9_000, "calisthenics"));
    // Enough others for a second page (the app asks for 20 at a time).
    for (int i = 1; i <= 20; i++) {
      create(partner, CreatorFixtures.aProfiledCreator("w-pets-" + i, "Pet Lover " + i, "GB", "pets", 2_000 + i * 100, "GB", 0.7, 5_000, "dogs"));
    }
    // A bio with markup in it, which the page must show as text.
    markup = create(partner, CreatorFixtures.aProfiledCreator("w-markup", "Mark Up", "GB", "tech", 3_000, "GB", 0.7, 5_000, "html")
        .replace("\"bio\": \"All about tech\"", "\"bio\": \"Tags like <img src=x onerror=alert(1)> and <b>bold</b> text\""));
    await().atMost(Duration.ofSeconds(60)).until(() -> partner.get("/v1/creators?limit=100").json().get("items").size() == 23);
    Files.deleteIfExists(SCREENSHOTS.resolve("failure.png"));
    browser = startBrowser();
    // The app re-renders parts of the page as answers arrive: look elements up again when that happens.
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    wait.ignoring(StaleElementReferenceException.class);
  }

  @AfterAll
  void closeBrowser() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (profileDirectory != null) {
      try (Stream<Path> files = Files.walk(profileDirectory)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  @Test
  @org.junit.jupiter.api.Order(1)
  void a_brand_user_logs_in_searches_and_reads_a_creators_authenticity() {
    try {
      browser.get(APP);
      logIn("alice@acme.example", Tokens.DEMO_PASSWORD);

      // Back in the app: who is logged in, read from the access token; the code is gone from the address.
      assertThat(textOf(By.id("user-name"))).isEqualTo("Alice Archer");
      assertThat(textOf(By.id("user-role"))).isEqualTo("Brand admin");
      assertThat(textOf(By.id("user-tenant"))).isEqualTo("acme-brands");
      assertThat(browser.getCurrentUrl()).doesNotContain("code=").doesNotContain("state=");

      // The whole catalogue, 20 at a time, with facets counting the whole result.
      waitUntil(() -> results().size() == 20);
      assertThat(facet("country", "FR").getText()).contains("1");
      assertThat(facet("niches", "pets").getText()).contains("20");
      assertThat(textOf(By.id("result-total"))).isEqualTo("23 creators");
      click(By.id("load-more"));
      waitUntil(() -> results().size() == 23);
      assertThat(browser.findElements(By.id("load-more"))).isEmpty();

      // A facet filters.
      facet("country", "DE").click();
      waitUntil(() -> resultIds().equals(List.of(berlin)));
      assertThat(facet("country", "DE").getAttribute("aria-pressed")).isEqualTo("true");
      facet("country", "DE").click();
      waitUntil(() -> results().size() == 20);

      // Filters from the form; each one in use can be removed again.
      click(By.cssSelector("details.filters summary"));
      browser.findElement(By.id("f-audienceCountryCode")).sendKeys("FR");
      browser.findElement(By.id("f-audienceShare")).sendKeys("50");
      new Select(browser.findElement(By.id("f-sort"))).selectByValue("followers");
      browser.findElement(By.id("f-audienceShare")).submit();
      waitUntil(() -> resultIds().equals(List.of(lyon)));
      assertThat(browser.getCurrentUrl()).contains("audienceCountry=FR%3A0.5").contains("sort=followers");
      assertThat(textOf(By.cssSelector(".chips .chip"))).startsWith("audience FR ≥ 50%");
      click(By.cssSelector(".chips .chip"));
      waitUntil(() -> results().size() == 20);

      // Free text, with the matching words highlighted and nothing else taken as markup.
      search("bold");
      waitUntil(() -> resultIds().equals(List.of(markup)));
      assertThat(textOf(By.cssSelector("#results .snippets"))).contains("<img src=x onerror=alert(1)>").contains("<b>bold</b>");
      assertThat(browser.findElements(By.cssSelector("#results .snippets em"))).extracting(WebElement::getText).containsExactly("bold");
      assertThat(browser.findElements(By.cssSelector("#results img, #results b"))).isEmpty();
      search("Lumière");
      waitUntil(() -> resultIds().equals(List.of(lyon)));
      assertThat(textOf(By.cssSelector("#results .creator-name em"))).isEqualTo("Lumière");
      screenshot("discovery");

      // A refused filter is explained with the problem document's field errors.
      browser.get(APP + "#/?country=france");
      WebElement problem = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".problem")));
      assertThat(problem.getAttribute("data-problem-type")).isEqualTo("validation-failed");
      assertThat(problem.getText()).contains("country").contains("ISO 3166-1");
      screenshot("problem");

      // The profile: headline figures, authenticity with its reasons strongest first, audience shares.
      browser.navigate().back();
      waitUntil(() -> resultIds().equals(List.of(lyon)));
      click(By.cssSelector("#results .creator-name"));
      assertThat(textOf(By.id("creator-name"))).isEqualTo("Camille Lumière");
      assertThat(textOf(By.id("authenticity-score"))).matches("\\d{1,3}\\s*/100");
      List<Double> pointsLost = browser.findElements(By.cssSelector("#signals .signal")).stream()
          .map(signal -> Double.parseDouble(signal.getAttribute("data-points-lost"))).toList();
      assertThat(pointsLost).isNotEmpty().isSortedAccordingTo(Comparator.reverseOrder());
      assertThat(textOf(By.cssSelector("#signals .signal"))).contains("points");
      assertThat(browser.findElement(By.cssSelector(".profile .accounts")).getText()).contains("@wlyon").contains("25,000");
      assertThat(browser.findElement(By.id("audience")).getText()).contains("FR").contains("80%");
      browser.manage().window().setSize(new Dimension(1280, 2000));
      screenshot("profile");
      browser.manage().window().setSize(new Dimension(1280, 1100));

      // Logging out ends the Keycloak session and comes back to the start page.
      click(By.id("logout"));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-main")));
      assertThat(browser.getCurrentUrl()).startsWith(APP);
      assertThat(((JavascriptExecutor) browser).executeScript("return sessionStorage.getItem('truereach.tokens')")).isNull();
    } catch (RuntimeException | AssertionError e) {
      screenshot("failure");
      browser.manage().logs().get(LogType.BROWSER).forEach(entry -> System.err.println("browser: " + entry));
      throw e;
    }
  }

  /** After the brand's walk (which counts the catalogue), so the creator signed up here is not in its counts. */
  @Test
  @org.junit.jupiter.api.Order(2)
  void a_creator_logs_in_sees_campaigns_ranked_by_fit_and_applies() {
    try {
      ApiClient anonymous = new ApiClient(server.getURL());
      ApiClient alice = anonymous.as(Tokens.person("alice@acme.example"));
      String campaign = com.truereach.api.applications.MarketplaceFixtures.aPublishedCampaign(alice,
          com.truereach.api.campaigns.CampaignFixtures.aSpringFoodCampaign("Browser spring market"));
      var creator = com.truereach.api.applications.MarketplaceFixtures.aFoodCreatorFromParis(anonymous, "Wendy Web", 50_000, 40_000);
      await().atMost(Duration.ofSeconds(30)).until(() -> creator.client().get("/v1/me/campaigns").json().get("profileScored").asBoolean());

      browser.get(APP);
      logIn(creator.email(), creator.password());
      assertThat(textOf(By.id("user-role"))).isEqualTo("Creator");
      By item = By.cssSelector("#open-campaigns [data-campaign-id='" + campaign + "']");
      assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(item)).findElement(By.cssSelector(".fit-summary")).getText())
          .contains("engaged people in this campaign's target");

      // A rate outside the campaign's range is refused with the field named, and nothing is sent.
      wait.until(ExpectedConditions.elementToBeClickable(browser.findElement(item).findElement(By.cssSelector("button.apply")))).click();
      WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.proposal")));
      form.findElement(By.name("pitch")).sendKeys("Market reels with your vegetables.");
      ((JavascriptExecutor) browser).executeScript("arguments[0].removeAttribute('max')", form.findElement(By.name("rate")));
      form.findElement(By.name("rate")).sendKeys("5000");
      form.findElement(By.cssSelector("button[type=submit]")).click();
      assertThat(textOf(By.cssSelector("form.proposal .problem"))).contains("proposedRate.amount");

      form.findElement(By.name("rate")).clear();
      form.findElement(By.name("rate")).sendKeys("400");
      form.findElement(By.cssSelector("button[type=submit]")).click();
      waitUntil(() -> browser.findElement(By.id("my-applications")).getText().contains("Browser spring market"));
      assertThat(browser.findElement(By.id("my-applications")).getText()).contains("Submitted").contains("€400.00");
      assertThat(browser.findElement(By.id("main")).getText()).doesNotContain("null").doesNotContain("undefined");
      assertThat(creator.client().get("/v1/me/applications").json().get("items").get(0).get("proposedRate").get("amount").asLong())
          .isEqualTo(40_000);
      screenshot("creator");
      click(By.id("logout"));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-main")));
    } catch (RuntimeException | AssertionError e) {
      screenshot("failure-creator");
      browser.manage().logs().get(LogType.BROWSER).forEach(entry -> System.err.println("browser: " + entry));
      throw e;
    }
  }

  /** Keycloak's own login page. With organizations enabled it asks for the username first. */
  private void logIn(String username, String password) {
    click(By.id("login-main"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
    if (browser.findElements(By.id("password")).isEmpty()) {
      browser.findElement(By.id("kc-login")).click();
    }
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password"))).sendKeys(password);
    browser.findElement(By.id("kc-login")).click();
  }

  private ChromeDriver startBrowser() throws IOException {
    if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
      throw new IllegalStateException("The browser test needs Chromium at " + CHROMIUM + " and ChromeDriver at " + CHROMEDRIVER
          + " (on Debian: apt-get install chromium chromium-driver)");
    }
    // Set so that Selenium never looks for (or downloads) a driver itself.
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    profileDirectory = Files.createTempDirectory("truereach-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-dev-shm-usage", "--window-size=1280,1100", "--user-data-dir=" + profileDirectory);
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER))
        .usingAnyFreePort()
        .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    String issuer = TestServices.endpoints().keycloakIssuer();
    if (!issuer.equals(CONFIGURED_ISSUER)) {
      // Keycloak in a container: tell the page where it is, as a deployment would (see config.js).
      driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
          Map.of("source", "window.truereachConfig = {issuer: '" + issuer + "'};"));
    }
    return driver;
  }

  private static void requirePortFree() {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(PORT));
    } catch (IOException e) {
      throw new IllegalStateException("Port " + PORT + " is in use. The browser test runs the API on it because the"
          + " truereach-web Keycloak client only redirects there; stop what listens on it (the demo API: infra/run.sh stop).", e);
    }
  }

  private static String create(ApiClient api, String record) {
    ApiClient.Response response = api.postJson("/v1/creators", record);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().get("id").asText();
  }

  private void search(String text) {
    WebElement query = wait.until(ExpectedConditions.elementToBeClickable(By.id("f-q")));
    query.clear();
    query.sendKeys(text, Keys.ENTER);
  }

  private List<WebElement> results() {
    return browser.findElements(By.cssSelector("#results > li.creator"));
  }

  private List<String> resultIds() {
    return results().stream().map(item -> item.getAttribute("data-creator-id")).toList();
  }

  private WebElement facet(String facet, String value) {
    return wait.until(driver -> driver.findElements(By.cssSelector("[data-facet='" + facet + "'] .facet-value")).stream()
        .filter(button -> button.findElement(By.tagName("span")).getText().equals(value))
        .findFirst().orElse(null));
  }

  private void click(By locator) {
    wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
  }

  private String textOf(By locator) {
    return wait.until(driver -> driver.findElements(locator).stream().filter(WebElement::isDisplayed).map(WebElement::getText)
        .filter(text -> !text.isBlank()).findFirst().orElse(null));
  }

  private void waitUntil(BooleanSupplier condition) {
    wait.until(driver -> condition.getAsBoolean());
  }

  private void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.move(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException e) {
      System.err.println("could not save screenshot " + name + ": " + e);
    }
  }
}
