package org.hromada.security.internal.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.utility.DeepUnwrap;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hromada.platform.api.security.Roles;
import org.hromada.security.internal.IntegrationToken;
import org.hromada.security.internal.UserView;
import org.hromada.security.internal.audit.AuditView;
import org.junit.jupiter.api.Test;

/**
 * Renders every console template of this bundle with the console's real macro library and the
 * bundle's messages, roughly as the console does, so a broken template or a missing message key fails here.
 */
class ConsoleTemplatesTest {
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path UI = Path.of("../console/src/main/resources");
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    private static Properties messages(String lang) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(RESOURCES.resolve("console/messages_" + lang + ".properties"))) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static String render(String template, Map<String, Object> model, String lang) throws Exception {
        Configuration config = new Configuration(Configuration.VERSION_2_3_34);
        TemplateLoader[] loaders = {new FileTemplateLoader(RESOURCES.toFile()), new FileTemplateLoader(UI.toFile())};
        config.setTemplateLoader(new MultiTemplateLoader(loaders));
        config.setOutputFormat(HTMLOutputFormat.INSTANCE);
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setDefaultEncoding("UTF-8");
        Properties texts = messages(lang);
        Set<String> missing = new TreeSet<>();
        Map<String, Object> root = new HashMap<>(model);
        root.put("msg", (TemplateMethodModelEx) args -> {
            String key = String.valueOf(DeepUnwrap.unwrap((freemarker.template.TemplateModel) args.get(0)));
            String text = texts.getProperty(key);
            if (text == null && !key.startsWith("console.")) {
                missing.add(key);
            }
            Object[] values = args.subList(1, args.size()).stream()
                    .map(a -> {
                        try {
                            return DeepUnwrap.unwrap((freemarker.template.TemplateModel) a);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }).toArray();
            return text == null ? key : new MessageFormat(text, Locale.forLanguageTag(lang)).format(values);
        });
        root.put("consoleTime", (TemplateMethodModelEx) args -> "20.11.2026 12:00");
        root.put("console", Map.of("user", "admin", "roles", List.of("admin"), "lang", lang,
                "sectionBase", "/console/x", "csrfToken", "csrf-token-value"));
        StringWriter out = new StringWriter();
        config.getTemplate(template).process(root, out);
        assertEquals(Set.of(), missing, "message keys missing in " + lang + " for " + template);
        return out.toString();
    }

    private static void renderBoth(String template, Map<String, Object> model) throws Exception {
        for (String lang : List.of("uk", "en")) {
            String html = render(template, model, lang);
            assertFalse(html.isBlank());
        }
    }

    private static UserView olena() {
        return new UserView("olena", "Олена <b>", List.of("editor", "author"), true, NOW, NOW);
    }

    @Test
    void account() throws Exception {
        Map<String, Object> model = Forms.model("username", "olena", "displayName", "Олена",
                "roles", List.of("editor"), "errors", Map.of());
        renderBoth(AccountSection.TEMPLATE, model);
        String invalid = render(AccountSection.TEMPLATE, Forms.model("username", "olena", "displayName", "Олена",
                "roles", List.of("editor"), "errors", Map.of("repeat", "account.error.repeat")), "uk");
        assertTrue(invalid.contains("Паролі не збігаються"), invalid);
        assertTrue(invalid.contains("name=\"_csrf\""), "the form carries its CSRF field");
    }

    @Test
    void users() throws Exception {
        Map<String, String> filters = Map.of("q", "ол", "role", "", "enabled", "yes");
        renderBoth(UsersSection.LIST, Forms.model("users", List.of(UsersSection.row(olena())), "filters", filters,
                "allRoles", Roles.ALL, "page", 2, "size", 20, "total", 45L, "query", "q=%D0%BE%D0%BB"));
        renderBoth(UsersSection.LIST, Forms.model("users", List.of(), "filters", filters, "allRoles", Roles.ALL,
                "page", 1, "size", 20, "total", 0L, "query", ""));
        Map<String, Object> form = Forms.model("username", "", "displayName", "", "roles", List.of("author"),
                "enabled", true);
        renderBoth(UsersSection.FORM, Forms.model("creating", true, "form", form, "allRoles", Roles.ALL,
                "errors", Map.of("username", "users.error.username", "password", "security.error.password",
                        "roles", "users.error.roles")));
        String edit = render(UsersSection.FORM, Forms.model("creating", false, "form", UsersSection.row(olena()),
                "user", UsersSection.row(olena()), "allRoles", Roles.ALL, "self", false,
                "errors", Map.of("enabled", "users.error.ownDisable")), "en");
        assertTrue(edit.contains("Олена &lt;b&gt;"), "output is escaped");
        assertTrue(edit.contains("/console/x/olena/delete"));
        renderBoth(UsersSection.DELETE, Forms.model("user", UsersSection.row(olena()), "self", false));
        renderBoth(UsersSection.DELETE, Forms.model("user", UsersSection.row(olena()), "self", true));
    }

    @Test
    void tokens() throws Exception {
        IntegrationToken live = new IntegrationToken(1234, "ckan", "integrator", NOW, NOW.plusSeconds(3600), null,
                null, "admin", IntegrationToken.ACTIVE);
        IntegrationToken revoked = new IntegrationToken(7, "old", "editor", NOW, NOW.plusSeconds(3600), NOW, NOW,
                "admin", IntegrationToken.REVOKED);
        String list = render(TokensSection.LIST, Forms.model("tokens", List.of(TokensSection.row(live),
                TokensSection.row(revoked)), "page", 1, "size", 20, "total", 2L), "uk");
        assertTrue(list.contains("/console/x/1234/revoke"), "ids are not formatted as 1,234");
        renderBoth(TokensSection.FORM, Forms.model("form", Forms.model("name", "", "role", "integrator",
                "expiresAt", "2027-02-18"), "allRoles", Roles.ALL, "errors", Map.of("expiresAt",
                "tokens.error.expiresAt", "name", "tokens.error.taken")));
        String created = render(TokensSection.CREATED, Forms.model("token", TokensSection.row(live),
                "secret", "s3cr3t-value"), "en");
        assertTrue(created.contains("s3cr3t-value"));
        renderBoth(TokensSection.REVOKE, Forms.model("token", TokensSection.row(live)));
        renderBoth(TokensSection.LIST, Forms.model("tokens", List.of(), "page", 1, "size", 20, "total", 0L));
    }

    @Test
    void audit() throws Exception {
        AuditView entry = new AuditView(99, NOW, "admin", "console", "user.update", "user", "olena", "Олена",
                Map.of("roles", List.of("author")), Map.of("roles", List.of("editor"), "password", "changed"));
        Map<String, String> filters = new HashMap<>();
        AuditSection.FILTERS.forEach(f -> filters.put(f, ""));
        renderBoth(AuditSection.LIST, Forms.model("filters", filters, "query", "", "entries",
                List.of(AuditSection.row(entry)), "page", 1, "size", 20, "total", 1L));
        renderBoth(AuditSection.LIST, Forms.model("filters", filters, "query", "", "entries", List.of(),
                "page", 1, "size", 20, "total", 0L, "errors", Map.of("from", "audit.error.from")));
        String detail = render(AuditSection.DETAIL, Forms.model("entry", AuditSection.row(entry), "changes", List.of(
                Forms.model("field", "roles", "before", "author", "after", "editor"),
                Forms.model("field", "password", "after", "changed"))), "uk");
        assertTrue(detail.contains("немає"), "a field absent before is shown as such");
        renderBoth("console/widgets/recent-changes.ftl", Forms.model("entries", List.of(AuditSection.row(entry)),
                "linkToAudit", true));
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndEveryUsedKeyExists() throws Exception {
        Properties uk = messages("uk");
        Properties en = messages("en");
        assertEquals(new TreeSet<>(uk.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        Pattern used = Pattern.compile("\"((?:account|users|tokens|audit|widget|security)\\.[a-zA-Z.]+[a-zA-Z])\"");
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Stream.concat(Files.walk(RESOURCES.resolve("console")),
                Files.walk(Path.of("src/main/java/org/hromada/security/internal/console")))) {
            for (Path file : files.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".properties"))
                    .toList()) {
                Matcher m = used.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        keys.removeIf(k -> k.endsWith(".ftl"));
        Set<String> missing = new TreeSet<>(keys);
        missing.removeAll(uk.stringPropertyNames());
        assertEquals(Set.of(), missing);
        for (String role : Roles.ALL) {
            assertTrue(uk.containsKey("role." + role) && uk.containsKey("role." + role + ".hint"), role);
        }
        for (String state : List.of("active", "expired", "revoked")) {
            assertTrue(uk.containsKey("tokens.state." + state), state);
        }
    }
}
