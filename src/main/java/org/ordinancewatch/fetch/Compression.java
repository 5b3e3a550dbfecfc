package org.ordinancewatch.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.DataFormatException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.Inflater;

/**
 * gzip for storing bodies, and bounded decompression: a few kilobytes of gzip can expand to gigabytes,
 * so every decompression stops as soon as the output passes a limit.
 */
public final class Compression {

    /** Thrown when decompressed output would exceed the limit. */
    public static final class TooLargeException extends IOException {
        private final long limit;

        TooLargeException(long limit) {
            super("decompressed size exceeds " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    private static final int CHUNK = 16 * 1024;

    private Compression() {
    }

    public static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, data.length / 4));
        try (GZIPOutputStream gz = new GZIPOutputStream(out, CHUNK)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory gzip failed", e);
        }
        return out.toByteArray();
    }

    /** Decompresses gzip (all concatenated members), failing once the output exceeds maxBytes. */
    public static byte[] gunzip(byte[] gz, long maxBytes) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz), CHUNK)) {
            return readBounded(in, maxBytes);
        }
    }

    /**
     * Decompresses an HTTP "deflate" body. The standard says zlib-wrapped, but some servers send raw deflate,
     * so a body that is not valid zlib is retried as raw.
     */
    public static byte[] inflate(byte[] data, long maxBytes) throws IOException {
        try {
            return inflate(data, maxBytes, false);
        } catch (DataFormatException notZlib) {
            try {
                return inflate(data, maxBytes, true);
            } catch (DataFormatException e) {
                throw new IOException("corrupt deflate body: " + e.getMessage(), e);
            }
        }
    }

    private static byte[] inflate(byte[] data, long maxBytes, boolean raw) throws IOException, DataFormatException {
        Inflater inflater = new Inflater(raw);
        try {
            inflater.setInput(data);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[CHUNK];
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                if (n == 0) {
                    if (inflater.needsInput() || inflater.needsDictionary()) {
                        throw new IOException("truncated deflate body");
                    }
                    continue;
                }
                if (out.size() + (long) n > maxBytes) {
                    throw new TooLargeException(maxBytes);
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } finally {
            inflater.end();
        }
    }

    private static byte[] readBounded(InputStream in, long maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[CHUNK];
        int n;
        while ((n = in.read(buf)) != -1) {
            if (out.size() + (long) n > maxBytes) {
                throw new TooLargeException(maxBytes);
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }
}
