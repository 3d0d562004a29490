package dev.dynaq.processor.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynaq.processor.codegen.infra.Json;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The processor's JSON writer: ordered, indented, escaped so that any parser reads back the same strings. */
class JsonTest {
    @Test
    void objectsKeepTheirOrderAndAreIndentedWithTwoSpaces() {
        String text = Json.write(Json.object()
                .put("b", "x")
                .put("a", List.of(1, 2L))
                .put("c", Json.object().put("t", true).put("f", false))
                .put("e", List.of())
                .put("o", Json.object()));

        assertThat(text).isEqualTo("""
                {
                  "b": "x",
                  "a": [
                    1,
                    2
                  ],
                  "c": {
                    "t": true,
                    "f": false
                  },
                  "e": [],
                  "o": {}
                }
                """);
    }

    @Test
    void everyStringReadsBackAsItWasWritten() {
        String nasty = "quote \" backslash \\ slash / newline \n return \r tab \t bell \u0007 nul \u0000 escape \u001b"
                + " unit-separator \u001f del \u007f line-separator \u2028 paragraph \u2029 e\u0301 日本 😀 \ud83d lone";
        String text = Json.write(Json.object().put(nasty, List.of(nasty)));
        JsonNode read = InfraSupport.json(text);

        String expected = nasty.replace("\ud83d lone", "\ufffd lone");
        assertThat(read.propertyNames()).as("an unpaired surrogate becomes U+FFFD").containsExactly(expected);
        assertThat(read.path(expected).get(0).asString()).isEqualTo(expected);
        assertThat(text).contains("\\u0007", "\\u0000", "\\u001b", "\\u001f", "\\u2028", "\\u2029", "\\ufffd", "\\n", "\\r",
                "\\t", "\\\"", "\\\\").contains("😀", "日本");
        assertThat(text.chars().filter(c -> c < 0x20 && c != '\n')).isEmpty();
    }

    @Test
    void quoteEscapesLikeWrite() {
        assertThat(Json.quote("a\"b\\c\nd\u0001")).isEqualTo("\"a\\\"b\\\\c\\nd\\u0001\"");
    }

    @Test
    void aMemberPutTwiceOrAValueThatIsNotJsonIsRefused() {
        Json.Obj object = Json.object().put("a", "1");
        assertThatThrownBy(() -> object.put("a", "2")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("member 'a' put twice");
        assertThatThrownBy(() -> object.put("b", 1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.Double");
        assertThatThrownBy(() -> object.put("c", List.of("x", new Object()))).isInstanceOf(IllegalArgumentException.class);
    }
}
