package org.ordinancewatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;

import org.junit.jupiter.api.Test;

class CompressionTest {

    private static final byte[] TEXT = "Moratorium on facial recognition technology".repeat(50)
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void gzipRoundTrips() throws Exception {
        assertThat(Compression.gunzip(Compression.gzip(TEXT), TEXT.length)).isEqualTo(TEXT);
    }

    @Test
    void gzipShrinksRepetitiveText() {
        assertThat(Compression.gzip(TEXT).length).isLessThan(TEXT.length / 10);
    }

    @Test
    void gunzipStopsAtTheLimit() {
        byte[] bomb = Compression.gzip(new byte[1 << 20]);

        assertThatThrownBy(() -> Compression.gunzip(bomb, 1000)).isInstanceOf(Compression.TooLargeException.class);
    }

    @Test
    void gunzipRejectsNonGzip() {
        assertThatThrownBy(() -> Compression.gunzip(TEXT, 1 << 20)).isInstanceOf(IOException.class);
    }

    @Test
    void inflateReadsZlibWrappedDeflate() throws Exception {
        assertThat(Compression.inflate(deflate(TEXT, false), TEXT.length)).isEqualTo(TEXT);
    }

    @Test
    void inflateReadsRawDeflate() throws Exception {
        assertThat(Compression.inflate(deflate(TEXT, true), TEXT.length)).isEqualTo(TEXT);
    }

    @Test
    void inflateStopsAtTheLimit() {
        byte[] bomb = deflate(new byte[1 << 20], false);

        assertThatThrownBy(() -> Compression.inflate(bomb, 1000)).isInstanceOf(Compression.TooLargeException.class);
    }

    private static byte[] deflate(byte[] data, boolean raw) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, raw);
        deflater.setInput(data);
        deflater.finish();
        byte[] buf = new byte[data.length + 64];
        int n = deflater.deflate(buf);
        deflater.end();
        return java.util.Arrays.copyOf(buf, n);
    }
}
