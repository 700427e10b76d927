package org.travaux.understand;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.travaux.model.DocumentSymbol;

/**
 * Reads a symbol and a language from a file name written after the symbol, '/' as '_' (see
 * {@link SymbolParser#fromFileName}). The parallel corpus writes every bracket, space and hyphen of a symbol as a dot
 * ({@code S_RES_2196..2015.}, {@code A_ES.10_670}, {@code CEDAW_C_YEM_Q_7.8}, {@code A_CONF.224_PC.III._1}); those
 * dots are turned back into what the symbol prints.
 */
final class SymbolFileNames {
    private static final Pattern EXTENSION = Pattern.compile("(?i)\\.(html?|pdf|docx?|txt|xml|rtf|odt|json)$");
    private static final Pattern LANGUAGE = Pattern.compile("\\.(en|fr|es|ru|ar|zh)$");
    private static final Pattern LANGUAGE_IN_NAME = Pattern.compile("\\.(en|fr|es|ru|ar|zh)\\.[A-Za-z0-9]+$");
    private static final Pattern TREATY_BODY = Pattern.compile("^(CEDAW|CCPR|CRC|CERD|CAT|CMW|CRPD|CED)_",
            Pattern.CASE_INSENSITIVE);
    /** "…_7.8" at the end of a treaty-body symbol: combined periodic reports, printed "7-8". */
    private static final Pattern COMBINED_REPORTS = Pattern.compile("_(\\d+)\\.(\\d+)(?=_|$)");

    private SymbolFileNames() {
    }

    static Optional<DocumentSymbol> symbol(String fileName) {
        String name = baseName(fileName);
        name = EXTENSION.matcher(name).replaceFirst("");
        name = LANGUAGE.matcher(name).replaceFirst("");
        // "[E_ECE_]TRANS_SC.2_2001_20": the bracketed part is an optional prefix the header does not print.
        name = name.replaceFirst("^\\[[^\\]]*\\]", "");
        name = name.replaceAll("(?i)\\.\\.(\\d{4})\\.$", " ($1)")
                .replaceAll("(?i)\\.\\.PART\\.([IVX]+)\\.$", " (Part $1)")
                .replaceAll("(?i)(?<=_)(E?S)\\.(\\d+)(?=_)", "$1-$2")
                .replaceAll("(?i)(?<=^|_)([A-Z]+)\\.([A-Z0-9]+)\\.(?=_)", "$1($2)")
                .replaceAll("(?i)(?<=^|_)([A-Z]+)\\._+", "$1.");
        if (TREATY_BODY.matcher(name).find()) {
            name = combinedReports(name);
        }
        // Resolutions in parts and old sessions: "A_RES_71_101_A-B", "A_RES_118_(II)".
        name = name.replaceFirst("(?i)^([AE]_RES_\\d+_\\d+)_([A-H](?:-[A-H])?)$", "$1 $2").replace("_(", " (");
        name = name.replaceAll(",\\s*", "-").replaceAll("_+", "/");
        return SymbolParser.parse(name);
    }

    static Optional<String> language(String fileName) {
        Matcher m = LANGUAGE_IN_NAME.matcher(baseName(fileName));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String combinedReports(String name) {
        Matcher m = COMBINED_REPORTS.matcher(name);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean consecutive = Integer.parseInt(m.group(2)) == Integer.parseInt(m.group(1)) + 1;
            m.appendReplacement(out, consecutive ? "_$1-$2" : "_$1.$2");
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String baseName(String fileName) {
        String name = fileName.strip();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return slash >= 0 ? name.substring(slash + 1) : name;
    }
}
