package org.hromada.security.internal.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.hromada.platform.api.web.FieldError;
import org.junit.jupiter.api.Test;

class UserValidationTest {

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aGoodNewUserPasses() {
        assertEquals(List.of(), UserValidation.forNew(new NewUser("olena.k_1-2", "author-Password-1", "Олена",
                List.of("author", "editor"), null)));
        assertEquals(List.of(), UserValidation.forNew(new NewUser("taras", "editor-Password-1", null, null, null)),
                "display name and roles are optional");
    }

    @Test
    void reportsEveryInvalidFieldAtOnce() {
        List<FieldError> errors = UserValidation.forNew(new NewUser("x", "short", "  ", List.of("pope"), true));
        assertEquals(List.of("username", "password", "roles"), fields(errors), errors.toString());
    }

    @Test
    void usernamesAreLowerCaseUrlSafeAndThreeTo64Long() {
        for (String good : List.of("abc", "a.b", "a_b", "a-b", "user2", "a".repeat(64))) {
            assertTrue(UserValidation.username(good).isEmpty(), good);
        }
        for (String bad : Arrays.asList(null, "", "ab", "a".repeat(65), "Olena", "ol ena", "олена", "a/b", "a@b")) {
            assertEquals("username", UserValidation.username(bad).orElseThrow().field(), String.valueOf(bad));
        }
    }

    @Test
    void rolesMustBeKnown() {
        assertTrue(UserValidation.roles(List.of("admin", "editor", "author", "integrator", "admin")).isEmpty());
        assertTrue(UserValidation.roles(List.of()).isEmpty());
        FieldError error = UserValidation.roles(List.of("author", "pope", "Admin")).orElseThrow();
        assertEquals("roles", error.field());
        assertTrue(error.message().contains("pope") && error.message().contains("Admin"), error.message());
        assertEquals("roles", UserValidation.roles(Arrays.asList("author", null)).orElseThrow().field());
    }

    @Test
    void thePasswordMayNotBeTheUsername() {
        List<FieldError> errors = UserValidation.forNew(new NewUser("administrator", "administrator", null, null, null));
        assertEquals(List.of("password"), fields(errors));
    }

    @Test
    void updatesCheckOnlyWhatTheyChange() {
        assertEquals(List.of(), UserValidation.forUpdate("olena", new UserUpdate(null, null, null, null)));
        assertEquals(List.of(), UserValidation.forUpdate("olena", new UserUpdate("Олена", List.of("editor"), false,
                "a-new-Password-2")));
        assertEquals(List.of("displayName", "roles", "password"),
                fields(UserValidation.forUpdate("olena", new UserUpdate(" ", List.of("root"), true, "olena"))));
    }

    @Test
    void displayNamesHaveALimit() {
        assertTrue(UserValidation.displayName("Я".repeat(200)).isEmpty());
        assertEquals("displayName", UserValidation.displayName("Я".repeat(201)).orElseThrow().field());
    }
}
