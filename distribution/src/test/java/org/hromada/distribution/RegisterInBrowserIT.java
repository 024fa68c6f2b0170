package org.hromada.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/** The public register's filter form as a visitor uses it, in a real browser, on the demo register. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegisterInBrowserIT {
    private HromadaServer server;
    private Browser session;
    private ChromeDriver browser;

    @BeforeAll
    void start() throws Exception {
        server = HromadaServer.create(null, Map.of("HROMADA_DEMO", "true")).start();
        session = Browser.open();
        browser = session.driver();
    }

    @AfterAll
    void stop() throws Exception {
        if (session != null) {
            session.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private List<String> numbers() {
        return browser.findElements(By.cssSelector(".register__label")).stream().map(WebElement::getText).toList();
    }

    /** Sets a date field as a visitor's date picker would (typing depends on the browser's locale). */
    private void setDate(String name, String isoDate) {
        WebElement field = browser.findElement(By.name(name));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", field, isoDate);
    }

    @Test
    void aVisitorNarrowsTheRegisterByKindStatusDatesAndSessionAndResetsIt() {
        browser.get(server.uri("/documents").toString());
        assertEquals(20, numbers().size(), "the first page of the demo register");

        new Select(browser.findElement(By.name("kind"))).selectByVisibleText("Рішення ради");
        new Select(browser.findElement(By.name("status"))).selectByVisibleText("Набирає чинності");
        session.press(browser.findElement(By.cssSelector(".register-form button[type=submit]")));
        assertTrue(browser.getCurrentUrl().contains("kind=council_decision"), browser.getCurrentUrl());
        assertEquals(List.of("Рішення ради № 2141-VIII", "Рішення ради № 2010-VIII"), numbers());
        assertEquals("council_decision", new Select(browser.findElement(By.name("kind")))
                .getFirstSelectedOption().getDomAttribute("value"), "the form keeps what was chosen");

        new Select(browser.findElement(By.name("status"))).selectByIndex(0);
        setDate("from", "2026-09-01");
        setDate("to", "2026-09-30");
        browser.findElement(By.name("session")).sendKeys("52");
        session.submit(browser.findElement(By.name("session")));
        assertEquals(List.of("Рішення ради № 2103-VIII", "Рішення ради № 2102-VIII", "Рішення ради № 2101-VIII"),
                numbers());

        session.press(browser.findElement(By.linkText("Скинути фільтри")));
        assertFalse(browser.getCurrentUrl().contains("?"), browser.getCurrentUrl());
        assertEquals(20, numbers().size());
    }

    @Test
    void aNumberLeadsToTheDocumentAndAFilterThatCannotBeUsedIsNamedBesideItsField() {
        browser.get(server.uri("/documents/orders").toString());
        browser.findElement(By.name("number")).sendKeys("87-р");
        session.submit(browser.findElement(By.name("number")));
        assertEquals(List.of("Розпорядження голови № 87-р"), numbers());
        session.press(browser.findElement(By.cssSelector(".register__title a")));
        assertTrue(browser.getCurrentUrl().contains("/documents/orders/2026/87-"), browser.getCurrentUrl());
        assertEquals("Про відпустку міського голови", browser.findElement(By.cssSelector("main h1")).getText());

        browser.get(server.uri("/documents?convocation=0&kind=head_order").toString());
        WebElement field = browser.findElement(By.name("convocation"));
        assertEquals("true", field.getDomAttribute("aria-invalid"));
        assertEquals("filter-convocation-error", field.getDomAttribute("aria-describedby"));
        assertTrue(browser.findElement(By.id("filter-convocation-error")).isDisplayed());
        assertEquals(7, numbers().size(), "the kind still applies: the demo has seven orders");
    }
}
