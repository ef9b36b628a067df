package io.anxin.app.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless, driven through Debian's chromedriver: both paths are given, so Selenium Manager
 * never downloads a browser or a driver. A missing browser fails the test, it does not skip it.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Generous: three browsers and the application share two cores in CI; a condition met returns at once. */
    private static final Duration WAIT = Duration.ofSeconds(45);

    private final ChromeDriver driver;
    private final Path profile;

    public Browser() {
        assertThat(Files.isExecutable(CHROMIUM)).as(CHROMIUM + " is needed: apt-get install chromium chromium-driver").isTrue();
        assertThat(Files.isExecutable(CHROMEDRIVER)).as(CHROMEDRIVER + " is needed: apt-get install chromium-driver").isTrue();
        try {
            profile = Files.createTempDirectory("anxin-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    public void open(String url) {
        driver.get(url);
    }

    public void reload() {
        driver.navigate().refresh();
    }

    /** The widget's shadow root, once the module has mounted it. */
    public SearchContext widget() {
        WebElement host = until(d -> d.findElements(By.cssSelector("div.anxin-widget")).stream().findFirst().orElse(null));
        return host.getShadowRoot();
    }

    public WebElement find(String css) {
        return until(d -> widget().findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed)
                .findFirst().orElse(null));
    }

    public void click(String css) {
        find(css).click();
    }

    public void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    /** Types a chat message and sends it with the send button. */
    public void say(String text) {
        type("textarea.input", text);
        click("button.send");
    }

    /** The text of every element matching {@code css} in the widget, in order. */
    @SuppressWarnings("unchecked")
    public List<String> texts(String css) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                const host = document.querySelector('div.anxin-widget');
                if (!host) return [];
                return Array.from(host.shadowRoot.querySelectorAll(arguments[0]), e => e.querySelector('.text')
                    ? e.querySelector('.text').textContent : e.textContent);""", css);
    }

    public Object script(String js) {
        return ((JavascriptExecutor) driver).executeScript(js);
    }

    public <T> T until(Function<WebDriver, T> condition) {
        return until(WAIT, condition);
    }

    public <T> T until(Duration wait, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, wait).ignoring(org.openqa.selenium.NoSuchElementException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition::apply);
    }

    /** Waits until some element matching {@code css} has text satisfying the test; returns that text. */
    public String untilText(String css, java.util.function.Predicate<String> test) {
        return until(d -> texts(css).stream().filter(test).findFirst().orElse(null));
    }

    // the page itself (the desk), outside the widget's shadow root

    /** The first displayed element of the page matching {@code css}, once there is one. */
    public WebElement pageFind(String css) {
        return until(d -> d.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    public void pageClick(String css) {
        pageFind(css).click();
    }

    public void pageType(String css, String text) {
        WebElement field = pageFind(css);
        field.clear();
        field.sendKeys(text);
    }

    /** The text of every element of the page matching {@code css}, in order. */
    public List<String> pageTexts(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    /** Waits until some element of the page matching {@code css} has text satisfying the test; returns that text. */
    public String untilPageText(String css, java.util.function.Predicate<String> test) {
        return until(d -> pageTexts(css).stream().filter(test).findFirst().orElse(null));
    }

    /** Keys sent to whatever has the focus, as a user at the keyboard would. */
    public void keys(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
    }

    /** The element that has the keyboard focus. */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    /** A PNG of the window under {@code config/target/screenshots/}. */
    public void screenshot(String name) {
        Path dir = Path.of("target", "screenshots");
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lays the page out as Chromium does for printing (CSS {@code @media print}), to see it before paper. */
    public void emulatePrint() {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
    }

    public void windowSize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
