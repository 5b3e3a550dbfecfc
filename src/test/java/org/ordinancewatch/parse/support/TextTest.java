package org.ordinancewatch.parse.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text.clean keeps its meaning now that its pattern is compiled once (bench/parse.sh found it compiled per call). */
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
}
