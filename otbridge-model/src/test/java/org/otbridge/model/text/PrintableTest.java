package org.otbridge.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PrintableTest {

    @Test
    void ordinaryTextIsUnchanged() {
        String text = "Kraftverk Sør — Zone A/B (level 2), C:\\models\\site.yaml, 北京, emoji \uD83D\uDE00";
        assertThat(Printable.escape(text)).isSameAs(text);
        assertThat(Printable.isSafe(text)).isTrue();
    }

    @Test
    void controlCharactersAreShownVisibly() {
        assertThat(Printable.escape("a\nb\rc\td\u001b[2Je\u0000f\u007fg\u0085h\u009bi"))
                .isEqualTo("a\\nb\\rc\\td\\e[2Je\\u0000f\\u007fg\\u0085h\\u009bi");
    }

    @Test
    void directionOverridesAndSeparatorsAreShownVisibly() {
        assertThat(Printable.escape("invoice\u202Efdp.exe \u2066x\u2069 \u200F \u2028"))
                .isEqualTo("invoice\\u202efdp.exe \\u2066x\\u2069 \\u200f \\u2028");
    }

    @Test
    void loneSurrogatesAreShownVisibly() {
        assertThat(Printable.escape("a\uD800b\uDC00")).isEqualTo("a\\ud800b\\udc00");
    }

    @Test
    void escapedTextNeverHoldsACharacterThatIsUnsafe() {
        Random random = new Random(20261126L);
        for (int run = 0; run < 2_000; run++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 40; i++) {
                text.append((char) (random.nextBoolean() ? random.nextInt(0x100) : random.nextInt(0x10000)));
            }
            String escaped = Printable.escape(text.toString());
            assertThat(Printable.isSafe(escaped)).as("escape of %s", text).isTrue();
        }
    }
}
