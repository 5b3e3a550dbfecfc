package org.ordinancewatch.parse.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Text.clean keeps its meaning now that it is a loop rather than a regex (bench/parse.sh found the regex slow). */
class TextTest {

    @Test
    void collapsesEveryKindOfSpaceToOne() {
        assertThat(Text.clean(" a\u00A0\u00A0b\tc\n\u2007d\u2009e\u200Af\u200Bg\u202Fh\uFEFFi  ")).isEqualTo("a b c d e f g h i");
    }

    @Test
    void blankIsNull() {
        assertThat(Text.clean(" \u00A0\n\u200B")).isNull();
        assertThat(Text.clean(null)).isNull();
    }

    @Test
    void leavesOtherTextAlone() {
        assertThat(Text.clean("Face-recognition ban, 2nd reading")).isEqualTo("Face-recognition ban, 2nd reading");
    }

    @Test
    void isSafeFromManyThreads() throws Exception {
        Thread[] threads = new Thread[4];
        boolean[] ok = new boolean[threads.length];
        for (int t = 0; t < threads.length; t++) {
            int n = t;
            threads[t] = new Thread(() -> {
                boolean all = true;
                for (int i = 0; i < 2000; i++) {
                    all &= ("x " + i).equals(Text.clean(" x\u00A0 " + i + " "));
                }
                ok[n] = all;
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(ok).containsOnly(true);
    }

    /** The regex Text.clean used to run, as the reference the loop must agree with. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u2009\\u200A\\u200B\\u202F\\uFEFF]+");

    @Test
    void agreesWithTheRegexItReplacesOnRandomText() {
        String alphabet = "ab \t\n\u000B\f\r\u00A0\u2007\u2009\u200A\u200B\u202F\uFEFF\u0001\u001F\u2003\u3000\u017F.";
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String collapsed = SPACES.matcher(s).replaceAll(" ").trim();
            assertThat(Text.clean(s.toString())).as("clean of %s", s.codePoints().boxed().toList())
                    .isEqualTo(collapsed.isEmpty() ? null : collapsed);
        }
    }

    @Test
    void startsAfterSpaceSkipsLeadingWhitespaceOnly() {
        assertThat(Text.startsAfterSpace(" \n\t{\"a\": 1}", "{")).isTrue();
        assertThat(Text.startsAfterSpace("[1]", "[")).isTrue();
        assertThat(Text.startsAfterSpace("x {", "{")).isFalse();
        assertThat(Text.startsAfterSpace("  ", "{")).isFalse();
        assertThat(Text.startsAfterSpace("", "{")).isFalse();
    }
}
