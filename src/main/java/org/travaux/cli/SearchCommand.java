package org.travaux.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.travaux.search.DocumentHit;
import org.travaux.search.Passage;
import org.travaux.search.SearchRequest;
import org.travaux.search.SearchResponse;
import org.travaux.search.SearchService;
import org.travaux.search.Searchers;
import org.travaux.web.Json;
import org.travaux.understand.ThemeVocabulary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code travaux search "query"}: the same search as the web API, on the terminal. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the index. All words are required; use \"quotes\" for phrases, OR, -word."})
final class SearchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "QUERY", description = "the query")
    String query;

    @Option(names = "--json", description = "print the JSON of GET /api/search")
    boolean json;

    @Option(names = "--size", description = "hits (default: ${DEFAULT-VALUE})", defaultValue = "10")
    int size;

    @Mixin
    IndexOption index;

    @Override
    public Integer call() throws Exception {
        try (Searchers searchers = Searchers.open(index.dir())) {
            SearchResponse response = new SearchService(searchers, ThemeLabels.of(ThemeVocabulary.standard()),
                    java.time.Duration.ofSeconds(5)).search(new SearchRequest(query, size, null));
            if (json) {
                System.out.println(Json.write(response));
                return 0;
            }
            System.out.printf("%d documents match (%d ms)%n%n", response.total(), response.tookMs());
            for (DocumentHit hit : response.hits()) {
                System.out.printf("%s%n  %s%n", hit.title(), hit.source());
                for (Passage p : hit.passages()) {
                    String text = p.html().replace("<mark>", "[").replace("</mark>", "]");
                    System.out.printf("  ¶%s  %s%n", p.paragraph() == null ? p.id() : p.paragraph(), Html.unescape(text));
                }
                System.out.println();
            }
        }
        return 0;
    }
}
