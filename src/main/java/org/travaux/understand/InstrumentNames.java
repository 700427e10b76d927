package org.travaux.understand;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.travaux.model.DocumentSymbol;

/**
 * The names of instruments in the editable alias table {@code instruments.tsv} ("the 2030 Agenda for Sustainable
 * Development" → A/RES/70/1), found in a text as whole words in any case, the longest name first.
 */
final class InstrumentNames {
    private static final Pattern NOTHING = Pattern.compile("(?!)");

    private final Map<String, Alias> aliases;
    /**
     * The alternation of every alias, split by the first letter of the alias (in the case-insensitive form the regex
     * engine compares): at a word start only the aliases that can begin there are tried, in the alternation's order,
     * which finds what the whole alternation would. Keys are {@code key(first letter)}.
     */
    private final Map<Integer, Pattern> instrumentsByFirst = new HashMap<>();
    private final Map<Character, Pattern> instrumentsByChar = new ConcurrentHashMap<>();
    private final List<String> orderedAliases;
    private final Pattern allInstruments;

    /** A name as the table writes it, and the symbol of the document it stands for. */
    record Alias(String name, String target) {
    }

    InstrumentNames(List<String[]> aliasRows) {
        aliases = new HashMap<>();
        for (String[] row : aliasRows) {
            Optional<DocumentSymbol> target = row.length < 2 ? Optional.empty() : SymbolParser.parse(row[1].strip());
            if (target.isEmpty()) {
                throw new IllegalArgumentException("instruments.tsv: no valid symbol in row "
                        + String.join(" | ", row));
            }
            String name = row[0].replace('’', '\'').strip().replaceAll("\\s+", " ");
            aliases.put(fold(name), new Alias(name, target.get().canonical()));
        }
        // One alternation, longest alias first, so "Optional Protocol to the Convention on the Rights of the Child"
        // is taken whole and its inner "Convention on the Rights of the Child" is not also cited.
        orderedAliases = aliases.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        orderedAliases.stream().map(a -> key(a.charAt(0))).distinct()
                .forEach(k -> instrumentsByFirst.put(k, instruments(a -> key(a.charAt(0)) == k)));
        allInstruments = instruments(a -> true);
    }

    /** The aliases that pass {@code which}, longest first, as one case-insensitive pattern of whole words. */
    private Pattern instruments(Predicate<String> which) {
        String alternation = orderedAliases.stream().filter(which)
                .map(a -> Pattern.quote(a).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
        return Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])");
    }

    /** A character as the regex engine compares it when matching without case ({@code (?iu)}). */
    private static int key(int c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /**
     * The aliases that may start with {@code c}: the engine takes a text character for an alias's first one when
     * it equals that one's key or its own key does; null when none may. A surrogate may start anything (the engine
     * reads code points), so every alias is tried there.
     */
    private Pattern instrumentsAt(char c) {
        if (Character.isSurrogate(c)) {
            return allInstruments;
        }
        int own = c;
        int folded = key(c);
        Pattern first = instrumentsByFirst.get(folded);
        Pattern second = own == folded ? null : instrumentsByFirst.get(own);
        if (second == null) {
            return first;
        }
        return instrumentsByChar.computeIfAbsent(c, x -> instruments(a -> key(a.charAt(0)) == own
                || key(a.charAt(0)) == folded));
    }

    /** Every name mentioned, in order: what {@link #all} finds, found faster. */
    List<MatchResult> find(String t) {
        List<MatchResult> out = new ArrayList<>();
        Matcher scan = Scanning.matcher(NOTHING, t);
        for (MatchResult m = nextInstrument(scan, t, 0); m != null; m = nextInstrument(scan, t, m.end())) {
            out.add(m);
        }
        return out;
    }

    /** The alternation of all names, longest first, as one pattern. */
    Pattern all() {
        return allInstruments;
    }

    /** The alias of a name as {@link #find} found it written. */
    Alias alias(String written) {
        return aliases.get(fold(written));
    }

    /** The next alias mentioned at or after {@code from}, as the alternation of all aliases finds it; or null. */
    private MatchResult nextInstrument(Matcher m, String t, int from) {
        for (int i = from; i < t.length(); i++) {
            char c = t.charAt(i);
            char before = i == 0 ? ' ' : t.charAt(i - 1);
            if (!Character.isSurrogate(before) && Scanning.isLetterOrNumber(before)) {
                continue;  // inside a word: the look-behind of every alias fails
            }
            Pattern p = instrumentsAt(c);
            if (p != null) {
                m.usePattern(p);
                m.region(i, t.length());
                if (m.lookingAt()) {
                    return m.toMatchResult();
                }
            }
        }
        return null;
    }

    private static String fold(String alias) {
        String s = alias.replace('\u00A0', ' ').replace('’', '\'').strip();
        return s.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
