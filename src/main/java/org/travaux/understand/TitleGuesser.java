package org.travaux.understand;

import java.util.List;
import java.util.Locale;
import org.travaux.model.BlockKind;
import org.travaux.model.ExtractedText;
import org.travaux.model.Paragraph;

/** Picks a title: the format's own title when it looks like one, else the first heading, else the file name. */
final class TitleGuesser {
    private static final int MAX = 300;

    private TitleGuesser() {
    }

    static String guess(ExtractedText text, List<Paragraph> paragraphs, String fileName) {
        String declared = declared(text);
        if (declared != null) {
            return declared;
        }
        for (Paragraph p : paragraphs) {
            if (p.kind() == BlockKind.HEADING && p.text().length() >= 4) {
                return shorten(p.text());
            }
        }
        return fileName;
    }

    static String sourceOf(ExtractedText text, String title) {
        if (title.equals(declared(text))) {
            return "extractor";
        }
        return text.blocks().isEmpty() ? "filename" : "text";
    }

    /** dc:title, unless it is a word-processor placeholder ("Microsoft Word - x.doc", "untitled", a file name). */
    private static String declared(ExtractedText text) {
        String t = text.properties().get("dc:title");
        if (t == null) {
            return null;
        }
        t = TextCleaner.clean(t);
        String lower = t.toLowerCase(Locale.ROOT);
        if (t.length() < 4 || lower.startsWith("microsoft word") || lower.equals("untitled")
                || lower.matches(".*\\.(docx?|pdf|rtf|odt|txt|html?)$") || lower.matches("[\\d\\W_]+")) {
            return null;
        }
        return shorten(t);
    }

    private static String shorten(String s) {
        return s.length() <= MAX ? s : s.substring(0, MAX - 1) + "…";
    }
}
