package org.cnd.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.cnd.core.Portfolio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTML reports of the examples in a real browser: the system's headless Chromium, driven by its own
 * chromedriver (nothing is downloaded). Each report is opened from a {@code file:} URL; the test checks that it
 * loads with no console error and no request for anything but the file itself, that its charts and maps are
 * present and visible, and takes a screenshot (under {@code target/screenshots/}) that must not be blank. Skipped,
 * with a message, where no Chromium and chromedriver are installed.
 */
class BrowserTest {
  private static final Path OUT = Path.of("target", "screenshots");
  // Held here: java.util.logging keeps loggers weakly, and a collected one would forget its level.
  private static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");
  private static ChromeDriver browser;

  @BeforeAll
  static void startBrowser() throws Exception {
    Optional<Path> chromium = executable("chromium", "chromium-browser", "google-chrome");
    Optional<Path> driver = executable("chromedriver");
    assumeTrue(chromium.isPresent() && driver.isPresent(),
        "Skipped: no Chromium and chromedriver on the PATH (Debian: apt-get install chromium chromium-driver)");
    // Selenium warns that it has no DevTools binding for this Chromium: the test needs none (logs come through
    // chromedriver's logging capability), so the warning is noise.
    SELENIUM.setLevel(Level.SEVERE);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.get().toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--hide-scrollbars", "--force-device-scale-factor=1", "--allow-file-access-from-files");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(driver.get().toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().window().setSize(new Dimension(1280, 1600));
    Files.createDirectories(OUT);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  static Stream<Arguments> reports() {
    return Stream.of(
        Arguments.of("pakistan", Fixtures.pakistan(), 1),
        Arguments.of("tour", Fixtures.tour(), 4),
        Arguments.of("tour-with-projected-map", Fixtures.tourWithMaps(), 4));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void opensWithNoErrorAndNoRequestAndShowsItsCharts(String name, Portfolio portfolio, int charts) throws Exception {
    Path file = OUT.resolve(name + ".html").toAbsolutePath();
    Files.writeString(file, HtmlReport.render(portfolio));
    browser.manage().logs().get(LogType.PERFORMANCE);
    browser.manage().logs().get(LogType.BROWSER);

    browser.get(file.toUri().toString());

    assertThat(browser.getTitle()).isEqualTo("Portfolio report");
    List<LogEntry> console = browser.manage().logs().get(LogType.BROWSER).getAll();
    assertThat(console).as("console messages").noneMatch(e -> e.getLevel().intValue() >= Level.WARNING.intValue());
    assertThat(requestedUrls()).as("requests").allMatch(u -> u.equals(file.toUri().toString()));

    List<WebElement> svgs = browser.findElements(By.cssSelector("svg.chart"));
    assertThat(svgs).hasSizeGreaterThanOrEqualTo(charts);
    for (WebElement svg : svgs) {
      ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", svg);
      assertThat(svg.isDisplayed()).as(svg.getAttribute("id")).isTrue();
      assertThat(svg.getSize().getWidth()).as(svg.getAttribute("id")).isGreaterThan(100);
      assertThat(svg.getSize().getHeight()).as(svg.getAttribute("id")).isGreaterThan(20);
    }
    if (name.startsWith("tour")) {
      assertThat(browser.findElements(By.cssSelector("svg[id^=map-] g.actor"))).isNotEmpty()
          .allMatch(WebElement::isDisplayed);
    }

    WebElement focus = name.startsWith("tour")
        ? browser.findElement(By.cssSelector("section.story"))
        : browser.findElement(By.tagName("body"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", focus);
    byte[] png = browser.getScreenshotAs(OutputType.BYTES);
    Files.write(OUT.resolve(name + ".png"), png);
    assertNotBlank(ImageIO.read(new ByteArrayInputStream(png)));
  }

  // The URLs the page asked for, from Chromium's performance log (DevTools network events).
  private static List<String> requestedUrls() {
    JsonMapper json = JsonMapper.builder().build();
    return browser.manage().logs().get(LogType.PERFORMANCE).getAll().stream()
        .map(e -> json.readTree(e.getMessage()).path("message"))
        .filter(m -> m.path("method").asString().equals("Network.requestWillBeSent"))
        .map(m -> m.path("params").path("request").path("url").asString())
        .toList();
  }

  private static void assertNotBlank(BufferedImage image) {
    Set<Integer> colours = new HashSet<>();
    long ink = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y) & 0xffffff;
        colours.add(rgb);
        ink += rgb == 0xffffff ? 0 : 1;
      }
    }
    long samples = (long) (image.getWidth() / 2) * (image.getHeight() / 2);
    assertThat(colours).as("colours in the screenshot").hasSizeGreaterThan(16);
    assertThat(ink * 100 / samples).as("per cent of the screenshot not white").isGreaterThanOrEqualTo(2);
  }

  private static Optional<Path> executable(String... names) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      for (String name : names) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }
}
