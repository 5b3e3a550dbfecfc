package org.ordinancewatch.parse.pdf;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ordinancewatch.parse.Page;
import org.ordinancewatch.parse.ParseException;

/**
 * Text of a PDF, with caps so a huge agenda packet cannot exhaust memory or time: documents over {@code maxBytes}
 * are refused and only the first {@code maxPages} pages are read.
 */
public final class PdfText {

    public static final int DEFAULT_MAX_PAGES = 100;
    public static final int DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

    private PdfText() {
    }

    /**
     * @param text      the extracted text, lines separated by {@code \n}
     * @param pages     how many pages the document has
     * @param pagesRead how many of them were read (fewer when the page cap applied)
     */
    public record Extracted(String text, int pages, int pagesRead) {

        public boolean truncated() {
            return pagesRead < pages;
        }
    }

    public static Extracted extract(byte[] pdf) throws ParseException {
        return extract(pdf, DEFAULT_MAX_PAGES, DEFAULT_MAX_BYTES);
    }

    public static Extracted extract(byte[] pdf, int maxPages, int maxBytes) throws ParseException {
        if (!Page.hasPdfHeader(pdf)) {
            throw new ParseException("not a PDF (no %PDF- header)");
        }
        if (pdf.length > maxBytes) {
            throw new ParseException("PDF of " + pdf.length + " bytes exceeds the " + maxBytes + "-byte cap");
        }
        // Decoded streams may be far larger than the file; cap the memory they may take (4x the file's cap).
        try (PDDocument document = Loader.loadPDF(pdf, "", null, null,
                org.apache.pdfbox.io.MemoryUsageSetting.setupMainMemoryOnly(4L * maxBytes).streamCache)) {
            int pages = document.getNumberOfPages();
            int read = Math.min(pages, Math.max(1, maxPages));
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(read);
            stripper.setLineSeparator("\n");
            return new Extracted(stripper.getText(document), pages, read);
        } catch (IOException e) {
            throw new ParseException("unreadable PDF: " + e.getMessage(), e);
        }
    }
}
