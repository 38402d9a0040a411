package com.truereach.matching.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GenericCommentLexiconTest {

    /** The straightforward form of the normalisation, kept here to check the one-pass version against. */
    private static String reference(String comment) {
        String decomposed = Normalizer.normalize(comment.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder kept = new StringBuilder();
        decomposed.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c)) {
                kept.appendCodePoint(c);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                kept.append(' ');
            }
        });
        return kept.toString().trim().replaceAll("\\s+", " ");
    }

    @Test
    void normalises_as_the_reference_does() {
        for (String comment : new String[] {"", " ", "Nice!!! 🔥", "  Great   post ", "J'adore", "Schön", "ÅNGSTRÖM",
            "e\u0301te\u0301", "İstanbul", "これはすごい", "a\tb\nc", "😍😍😍", "100% ❤️", "ß", "\u00A0nice\u00A0"}) {
            assertEquals(reference(comment), GenericCommentLexicon.normalise(comment), comment);
        }
    }

    @Test
    void normalises_random_text_as_the_reference_does() {
        // Letters, digits, spaces and punctuation, accented and combining characters, other scripts, emoji.
        int[] alphabet = {'a', 'Z', '7', ' ', ' ', '\t', '!', '\'', '.', 0xC0, 0xE9, 0xDF, 0x130, 0x301, 0x308, 0x3B1,
            0x416, 0x5D0, 0x627, 0x4E2D, 0x3042, 0xFF21, 0x1F525, 0x1F60D, 0x2764, 0xFE0F, 0x200D, 0xA0, 0x2003, 0x1D400};
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder comment = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) {
                comment.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
            }
            String text = comment.toString();
            assertEquals(reference(text), GenericCommentLexicon.normalise(text), text);
        }
    }
}
