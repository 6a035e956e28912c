package org.tthc.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.domain.statistics.CountedField;
import org.tthc.portal.workflow.WorkflowAction;

/**
 * Every word a page shows comes from the message bundles: the templates hold no literal text (text nodes or
 * user-visible attributes), every message key they use is in both locales, and both locales have the same keys.
 */
class PageLabelsTest {
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path RESOURCES = Path.of("src/main/resources");
    /** Text between two tags, once comments are gone. */
    private static final Pattern TEXT_NODE = Pattern.compile(">([^<]+)<");
    /** Attributes a visitor reads, written without th: (so not from a message). */
    private static final Pattern LITERAL_ATTRIBUTE =
            Pattern.compile("(?<![:\\w-])(placeholder|title|alt|aria-label|label)=\"([^\"]*)\"");
    /** A literal message key: #{key} or #{key(…)}; computed parts (__${…}__) end the literal prefix. */
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z][\\w.]*?)(__|[(}])");

    @Test
    void templatesHaveNoLiteralText() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path template : templates()) {
            String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
            Matcher text = TEXT_NODE.matcher(html);
            while (text.find()) {
                if (text.group(1).codePoints().anyMatch(Character::isLetterOrDigit)) {
                    literals.add(TEMPLATES.relativize(template) + ": text '" + text.group(1).strip() + "'");
                }
            }
            Matcher attribute = LITERAL_ATTRIBUTE.matcher(html);
            while (attribute.find()) {
                if (attribute.group(2).codePoints().anyMatch(Character::isLetter)) {
                    literals.add(TEMPLATES.relativize(template) + ": " + attribute.group(1) + "='"
                            + attribute.group(2) + "'");
                }
            }
        }
        assertThat(literals).as("labels must come from messages*.properties via th:text=\"#{…}\"").isEmpty();
    }

    @Test
    void everyKeyATemplateUsesIsInBothLocales() throws IOException {
        Set<String> vietnamese = keys("messages.properties");
        Set<String> english = keys("messages_en.properties");
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher key = MESSAGE_KEY.matcher(Files.readString(template));
            while (key.find()) {
                String name = key.group(1);
                boolean prefix = key.group(2).equals("__");
                for (var locale : List.of(Locale.of("vi", vietnamese), Locale.of("en", english))) {
                    boolean found = prefix ? locale.keys.stream().anyMatch(k -> k.startsWith(name))
                            : locale.keys.contains(name);
                    if (!found) {
                        missing.add(TEMPLATES.relativize(template) + ": " + name + (prefix ? "…" : "") + " ["
                                + locale.name + "]");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyStatusAndActionTheCodeShowsHasALabel() throws IOException {
        Set<String> needed = new TreeSet<>(List.of("action.INTAKE", "message.supplementSent", "message.rated"));
        Arrays.stream(StatusCode.values()).forEach(s -> needed.add("status." + s.code()));
        Arrays.stream(WorkflowAction.values()).forEach(a -> needed.add("action." + a.name()));
        Stream.of("WORKING_DAYS", "WORKING_HOURS").forEach(unit -> needed.add("catalogue.time." + unit));
        assertThat(keys("messages.properties")).containsAll(needed);
        assertThat(keys("messages_en.properties")).containsAll(needed);
    }

    /** Labels the workspace picks by a value (a counted field's wire name) or names in code (the console refusal). */
    @Test
    void everyCountAndMessageTheWorkspaceShowsHasALabel() throws IOException {
        Set<String> needed = new TreeSet<>(List.of("workspace.sql.scoped"));
        Arrays.stream(CountedField.values()).forEach(f -> needed.add("workspace.field." + f.wireName()));
        assertThat(keys("messages.properties")).containsAll(needed);
        assertThat(keys("messages_en.properties")).containsAll(needed);
    }

    @Test
    void bothLocalesHaveTheSameKeys() throws IOException {
        assertThat(keys("messages_en.properties")).isEqualTo(keys("messages.properties"));
    }

    private record Locale(String name, Set<String> keys) {
        static Locale of(String name, Set<String> keys) {
            return new Locale(name, keys);
        }
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Set<String> keys(String bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(bundle), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
