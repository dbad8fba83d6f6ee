package vn.onedoor.app.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver, with the flags this closed network
 * needs. Screenshots go to {@code target/screenshots}.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final Path profile;

    Browser() {
        this(new String[0]);
    }

    /** With more Chromium flags, e.g. a fake camera. */
    Browser(String... moreArguments) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("End-to-end tests need Debian's chromium and chromium-driver "
                    + "(apt-get install chromium chromium-driver); .ci/run installs them.");
        }
        try {
            profile = Files.createTempDirectory("onedoor-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=vi", "--autoplay-policy=no-user-gesture-required", "--user-data-dir=" + profile);
        options.addArguments(moreArguments);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.PERFORMANCE, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    Browser size(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        return this;
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement waitFor(String css) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    void waitForText(String css, String text) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    /** Runs a script in the page; {@code return} in it gives the value back. */
    Object script(String js, Object... args) {
        return driver.executeScript(js, args);
    }

    /** Waits until a script in the page returns true. */
    void waitUntil(String js) {
        new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(driver.executeScript(js)));
    }

    /** Clicks the first element matching {@code css} whose text contains {@code text}, waiting for it. */
    void click(String css, String text) {
        new WebDriverWait(driver, WAIT).until(d -> {
            for (WebElement e : d.findElements(By.cssSelector(css))) {
                if (e.isDisplayed() && e.getText().contains(text)) {
                    e.click();
                    return true;
                }
            }
            return false;
        });
    }

    /** Types into a Vaadin field's input (its host's css), replacing what is there. */
    void type(String hostCss, String text) {
        WebElement input = waitFor(hostCss + " input, " + hostCss + " textarea");
        input.clear();
        input.sendKeys(text);
    }

    /** Chooses a file in a vaadin-upload (its host's css): the file input lives in its shadow root. */
    void upload(String hostCss, Path file) {
        WebElement host = waitFor(hostCss);
        host.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return waitFor(css).getText();
    }

    String currentPath() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    void waitForPath(String path) {
        new WebDriverWait(driver, WAIT).until(d -> currentPath().equals(path));
    }

    /** Chrome's own network log: did this page open a WebSocket to the given path, answered 101? */
    boolean openedWebSocket(String pathPart) {
        List<LogEntry> entries = driver.manage().logs().get(LogType.PERFORMANCE).getAll();
        boolean created = entries.stream().anyMatch(e -> e.getMessage().contains("Network.webSocketCreated")
                && e.getMessage().contains(pathPart));
        boolean switched = entries.stream().anyMatch(e -> e.getMessage().contains("Network.webSocketHandshakeResponseReceived")
                && e.getMessage().contains("\"status\":101"));
        return created && switched;
    }

    Path screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Path file = dir.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
