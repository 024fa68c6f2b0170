package org.hromada.requests.internal.console;

import static org.hromada.requests.internal.console.FakeRegister.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.hromada.platform.api.console.ConsoleResponse;
import org.hromada.requests.internal.office.FakeOffice;
import org.junit.jupiter.api.Test;

/** {@code /console/requests/office}: the form, its errors beside the fields, the notice after a save. */
class OfficePageTest {
    private final FakeOffice office = new FakeOffice();
    private final RequestsSection section = new RequestsSection(new FakeRegister(), office, FakeRegister.CLOCK);

    private ConsoleResponse handle(String method, Map<String, List<String>> params) {
        return section.handle(FakeRegister.request(method, "/office", "uk", params));
    }

    @Test
    void anEmptyOfficeIsAnEmptyFormThatSaysTheItemsAreMissing() {
        ConsoleResponse.Page page = (ConsoleResponse.Page) handle("GET", params());
        assertEquals(200, page.status());
        assertEquals("requests.office.title", page.titleKey());
        assertEquals(false, page.model().get("set"));
        assertEquals("", ((Map<?, ?>) page.model().get("form")).get("postalAddress"));
    }

    @Test
    void aSaveGoesToTheStoreAndBackToThePageWithANotice() {
        ConsoleResponse saved = handle("POST", params("postalAddress", " вул. Соборна, 1 ", "email",
                "zapyt@khmarivka.example", "phone", "+380 00 000 15 19", "hoursEn", "Mon–Fri"));
        assertEquals(new ConsoleResponse.Redirect("/console/requests/office", "requests.flash.office"), saved);
        assertEquals("вул. Соборна, 1", office.saves.get(0).postalAddress());
        assertEquals("Mon–Fri", office.saves.get(0).hoursEn());
        ConsoleResponse.Page page = (ConsoleResponse.Page) handle("GET", params());
        assertEquals(true, page.model().get("set"));
        assertEquals("zapyt@khmarivka.example", ((Map<?, ?>) page.model().get("form")).get("email"));
        assertEquals("olena", page.model().get("updatedBy"), "the signed-in editor");
    }

    @Test
    void eachRefusedFieldIsNamedBesideItAndTheTypedValuesStay() {
        ConsoleResponse.Page page = (ConsoleResponse.Page) handle("POST", params("postalAddress", "", "email", "ні@",
                "phone", "дзвоніть", "unitName", "я".repeat(301)));
        assertEquals(422, page.status());
        assertEquals(Map.of("postalAddress", "requests.error.required", "email", "requests.office.error.email",
                "phone", "requests.office.error.phone", "unitName", "requests.error.tooLong"), page.model().get("errors"));
        assertEquals("ні@", ((Map<?, ?>) page.model().get("form")).get("email"));
        assertTrue(office.saves.isEmpty());
    }

    @Test
    void withoutTheOfficeServiceThePageIsNotThere() {
        RequestsSection bare = new RequestsSection(new FakeRegister(), FakeRegister.CLOCK);
        assertEquals(ConsoleResponse.notFound(), bare.handle(FakeRegister.request("GET", "/office", "uk", params())));
    }
}
