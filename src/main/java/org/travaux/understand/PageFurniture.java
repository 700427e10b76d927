package org.travaux.understand;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What page layout and the printing office put on a page besides the text: page numbers, job numbers, bar codes,
 * symbol lines, link targets, "Please recycle" (words from {@code layout-words.tsv}).
 */
final class PageFurniture {
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)[-–—]?\\s*\\d{1,3}\\s*[-–—]?|\\d{1,3}\\s*/\\s*\\d{1,3}|(page|página|pág\\.|p\\.)\\s*\\d{1,3}(\\s*(of|de|/)\\s*\\d{1,3})?");
    /** "24-01234 (E) 150124", "2/16 25-00976", "25-00976 3/16": the job number of a UN document, with its page. */
    private static final Pattern JOB_NUMBER = Pattern.compile(
            "(\\d{1,3}/\\d{1,3}\\s+)?\\d{2}-\\d{5}(\\s*\\([A-Z]\\))?(\\s+\\d{6}){0,2}(\\s+\\d{1,3}/\\d{1,3})?(\\s+\\*\\d{6,9}\\*)?");
    private static final Pattern BAR_CODE = Pattern.compile("\\*\\d{6,9}\\*");
    /** A document symbol alone on a line ("E/CN.9/2025/6", "S/RES/2782 (2025)", "A/81/6 (Sect. 10)"). */
    private static final Pattern SYMBOL_LINE = Pattern.compile(
            "[A-Z][A-Za-z]{0,7}(\\.\\d{1,3})?(/[A-Za-z0-9.\\-]+){1,6}(\\s*\\((\\d{4}|Sect\\.\\s*\\d+\\w?|Part\\s+[IVX]+)\\))?");
    private static final Pattern URL_LINE = Pattern.compile("(https?://|www\\.)\\S+");
    private static final Pattern UN_LINK = Pattern.compile("https?://(undocs\\.org|docs\\.un\\.org|documents\\.un\\.org)/\\S*");
    private static final Set<String> NOISE = LayoutWords.of("noise").stream().map(w -> w.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    private static final List<String> NOISE_STARTS = LayoutWords.of("noise-start");

    private PageFurniture() {
    }

    static boolean isFurniture(String t) {
        return PAGE_NUMBER.matcher(t).matches() || isPrinting(t);
    }

    /** What the printing office adds, wherever it stands: job number, bar code, "Please recycle". */
    static boolean isPrinting(String t) {
        return JOB_NUMBER.matcher(t).matches() || BAR_CODE.matcher(t).matches()
                || NOISE.contains(t.toLowerCase(Locale.ROOT)) || NOISE_STARTS.stream().anyMatch(t::startsWith);
    }

    /** A document symbol alone on a line, as running heads print it. */
    static boolean isSymbolLine(String t) {
        return SYMBOL_LINE.matcher(t).matches();
    }

    /** A link target that PDF extraction appends to a page. */
    static boolean isUrl(String t) {
        return URL_LINE.matcher(t).matches();
    }

    /** A link to the UN's document system, wherever it stands. */
    static boolean isUnLink(String t) {
        return UN_LINK.matcher(t).matches();
    }
}
