package vn.tdkt.awards.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium (no download: the binaries come from the packages chromium and
 * chromium-driver, which .ci/run installs). Screenshots go to target/screenshots/ for a human look.
 */
public final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

	static final Path SHOTS = Path.of("target/screenshots");

	private final WebDriver driver;

	private final WebDriverWait wait;

	private final String base;

	private Browser(int port, String language) throws IOException {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1400,1600", "--lang=" + language,
				"--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
		this.base = "http://localhost:" + port;
		Files.createDirectories(SHOTS);
	}

	/** A browser, or a skipped test where Chromium is missing (a failure under CI=true). */
	public static Browser open(int port) throws IOException {
		RequiredComponent.require(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Chromium and chromedriver (Debian packages chromium, chromium-driver)");
		return new Browser(port, "vi");
	}

	/** A browser whose own language is the given one (e.g. "en-US"). */
	public static Browser open(int port, String language) throws IOException {
		RequiredComponent.require(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Chromium and chromedriver (Debian packages chromium, chromium-driver)");
		return new Browser(port, language);
	}

	public Object script(String script, Object... args) {
		return ((JavascriptExecutor) driver).executeScript(script, args);
	}

	/** A script that ends by calling its last argument with the result. */
	public Object asyncScript(String script, Object... args) {
		return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
	}

	public WebDriver driver() {
		return driver;
	}

	public void go(String path) {
		driver.get(base + path);
	}

	/** Logs in on our login page and waits for the page that follows. */
	public void login(String user, String password) {
		go("/login");
		visible(By.id("username")).sendKeys(user);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("button[type=submit]")).click();
		wait.until(d -> !d.getCurrentUrl().contains("/login"));
	}

	public WebElement visible(By by) {
		return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	public WebElement clickable(By by) {
		return wait.until(ExpectedConditions.elementToBeClickable(by));
	}

	/** Clicks through sticky headers and footers: scroll to the middle, click by script. */
	public void click(WebElement element) {
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'}); arguments[0].click();",
				element);
	}

	/**
	 * Clicks until what the click should show is there: a form rendered by script may still be settling when its
	 * field becomes clickable, and a click it re-renders over is lost.
	 */
	public WebElement clickUntil(By target, By expected) {
		for (int attempt = 1;; attempt++) {
			click(clickable(target));
			try {
				return new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(5))
					.until(ExpectedConditions.visibilityOfElementLocated(expected));
			}
			catch (org.openqa.selenium.TimeoutException ex) {
				if (attempt == 4) {
					throw ex;
				}
			}
		}
	}

	/** Types into a field until the field holds the text: a form that re-renders as it settles may drop keys. */
	public void type(By field, String text) {
		for (int attempt = 1;; attempt++) {
			WebElement element = visible(field);
			element.clear();
			element.sendKeys(text);
			element.sendKeys(org.openqa.selenium.Keys.TAB);
			try {
				new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(2))
					.until(d -> text.equals(d.findElement(field).getAttribute("value")));
				// still there once the form has settled (a re-render replaces the field with an empty one)
				Thread.sleep(700);
				if (text.equals(driver.findElement(field).getAttribute("value"))) {
					return;
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			catch (org.openqa.selenium.TimeoutException | org.openqa.selenium.StaleElementReferenceException ex) {
				if (attempt == 4) {
					throw ex;
				}
			}
			if (attempt == 4) {
				throw new org.openqa.selenium.TimeoutException("the field " + field + " does not keep '" + text + "'");
			}
		}
	}

	public void until(java.util.function.Function<WebDriver, Boolean> condition) {
		wait.until(condition::apply);
	}

	public void shot(String name) {
		File file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
		try {
			Files.copy(file.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public void dumpPage(String name) {
		try {
			Files.writeString(SHOTS.resolve(name + ".html"), driver.getPageSource());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		driver.quit();
	}

}
