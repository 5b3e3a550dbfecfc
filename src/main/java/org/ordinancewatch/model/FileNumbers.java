package org.ordinancewatch.model;

import java.util.Locale;

/** File numbers as curators' records store them: trimmed, single-spaced, lower case, at most 300 characters. */
public final class FileNumbers {

    private FileNumbers() {
    }

    public static String key(String fileNumber) {
        String k = fileNumber.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return k.length() <= RejectedDetection.FILE_NUMBER_MAX ? k : k.substring(0, RejectedDetection.FILE_NUMBER_MAX);
    }
}
