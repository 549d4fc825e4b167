package vn.tdkt.awards.support;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Tasklist as a reviewer uses it: log in, pick the org's tasks, open one by its dossier, claim, complete. */
public final class TasklistPage {

	public static final String ORG_FILTER = "Việc của đơn vị";

	private final Browser browser;

	public TasklistPage(Browser browser) {
		this.browser = browser;
	}

	public void login(String user) {
		browser.driver().manage().deleteAllCookies();
		browser.go("/camunda/app/tasklist/default/");
		browser.visible(By.cssSelector("input[ng-model='username']")).sendKeys(user);
		browser.driver().findElement(By.cssSelector("input[type='password']")).sendKeys("demo");
		browser.driver().findElement(By.cssSelector("button[type='submit']")).click();
		browser.visible(By.xpath("//*[contains(@class,'filters')]"));
	}

	public WebElement filter(String name) {
		return browser.visible(By.xpath("//*[contains(@class,'filters')]//*[normalize-space(text())='" + name + "']"));
	}

	/** Opens the org's task whose name starts with the prefix and names the dossier, claims it, waits for its form. */
	public void open(String namePrefix, String dossierId) {
		browser.click(filter(ORG_FILTER));
		By task = By.xpath("//*[contains(@class,'tasks-list')]//a[contains(normalize-space(.),'" + dossierId
				+ "') and starts-with(normalize-space(.),'" + namePrefix + "')]");
		browser.click(scrollTo(task));
		browser.click(browser.clickable(By.xpath("//button[normalize-space(.)='Nhận xử lý'] | //a[normalize-space(.)='Nhận xử lý']")));
		browser.visible(By.cssSelector(".fjs-container"));
	}

	/**
	 * The task's card, scrolling the list as a person does: Tasklist shows a first page of an org's tasks and loads the
	 * next as the list is scrolled (the suite's shared database holds many tasks of the same org).
	 */
	private WebElement scrollTo(By task) {
		browser.visible(By.cssSelector(".tasks-list"));
		for (int attempt = 0; attempt < 20; attempt++) {
			var found = browser.driver().findElements(task);
			if (!found.isEmpty() && found.get(0).isDisplayed()) {
				return found.get(0);
			}
			browser.script("var l = document.querySelector('.tasks-list'); var s = l; while (s && s.scrollHeight <= s.clientHeight)"
					+ " { s = s.parentElement; } if (s) { s.scrollTop = s.scrollHeight; }");
			try {
				Thread.sleep(500);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		return browser.visible(task);
	}

	public void choose(String label) {
		browser.click(browser.clickable(By.xpath("//label[normalize-space(.)='" + label + "' or starts-with(normalize-space(.),'" + label + "')]")));
	}

	public void complete() {
		browser.click(browser.clickable(By.xpath("//button[normalize-space(.)='Hoàn thành']")));
	}

}
