package vn.laocai.museum.app.search;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.laocai.museum.ontology.DocumentKind;
import vn.laocai.museum.search.FacetCount;
import vn.laocai.museum.search.SearchHit;
import vn.laocai.museum.search.SearchIndex;
import vn.laocai.museum.search.SearchRequest;
import vn.laocai.museum.search.SearchResults;

/**
 * The search API: {@code /api/search} for result pages (with facet counts and filters, a corrected
 * spelling, highlighted passages, and relevance or name order) and {@code /api/suggest} for a search
 * box that suggests while a visitor types. JSON, cacheable for a minute, open to any origin. The index
 * holds public resources only, so neither ever names restricted knowledge.
 */
@RestController
@CrossOrigin(origins = "*")
class SearchApiController {

    static final int MAX_SIZE = 100;
    static final int MAX_QUERY_LENGTH = 256;
    static final int SUGGESTIONS = 10;
    private static final MediaType JSON = new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8);
    private static final CacheControl CACHE = CacheControl.maxAge(java.time.Duration.ofSeconds(60)).cachePublic();
    private static final List<String> LANGUAGES = List.of("vi", "en");

    private final SearchIndex index;

    SearchApiController(SearchIndex index) {
        this.index = index;
    }

    record Hit(String iri, String type, String label, String scientificName, String matchedName,
            String matchedNameLanguage, String snippet, String snippetHtml, float score, String url, List<String> badges) {}

    record Page(long total, int page, int size, List<Hit> hits, Map<String, List<FacetCount>> facets, String didYouMean) {}

    record Suggestion(String label, String iri, String url, String type) {}

    record Error(String error) {}

    @GetMapping("/api/search")
    ResponseEntity<?> search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "vi") String lang,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            @RequestParam(defaultValue = "relevance") String sort, @RequestParam MultiValueMap<String, String> parameters) {
        Optional<String> invalid = checkQuery(q).or(() -> checkLanguage(lang));
        if (invalid.isEmpty() && page < 0) {
            invalid = Optional.of("page must be 0 or more");
        }
        if (invalid.isEmpty() && (size < 1 || size > MAX_SIZE)) {
            invalid = Optional.of("size must be between 1 and " + MAX_SIZE);
        }
        if (invalid.isPresent()) {
            return error(invalid.get());
        }
        long offset = (long) page * size;
        // A page past every possible hit is empty, but still counts them all.
        SearchRequest base = SearchRequest.of(q).inLanguage(lang).page(offset > Integer.MAX_VALUE ? 0 : (int) offset, size);
        SearchParameters.Result parsed = SearchParameters.apply(base, parameters, sort);
        if (parsed.error() != null) {
            return error(parsed.error());
        }
        SearchResults results = index.search(parsed.request());
        List<Hit> hits = offset > Integer.MAX_VALUE ? List.of() : results.hits().stream()
                .map(hit -> new Hit(hit.iri(), hit.type(), hit.title(lang), blankToNull(hit.scientificName()),
                        hit.matchedName(), hit.matchedNameLanguage(), hit.snippet(lang), hit.highlight(), hit.score(), url(hit),
                        hit.badges()))
                .toList();
        return ok(new Page(results.total(), page, size, hits, results.facets(), results.didYouMean()));
    }

    @GetMapping("/api/suggest")
    ResponseEntity<?> suggest(@RequestParam(required = false) String q, @RequestParam(defaultValue = "vi") String lang) {
        Optional<String> invalid = checkQuery(q).or(() -> checkLanguage(lang));
        if (invalid.isPresent()) {
            return error(invalid.get());
        }
        return ok(index.suggest(q, SUGGESTIONS).stream()
                .map(hit -> new Suggestion(hit.title(lang), hit.iri(), url(hit), hit.type()))
                .toList());
    }

    /** A page or size that is not a number. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Error> badNumber(MethodArgumentTypeMismatchException e) {
        return error(e.getName() + " must be a whole number, not \"" + e.getValue() + "\"");
    }

    private static Optional<String> checkQuery(String q) {
        if (q == null || q.isBlank()) {
            return Optional.of("q is required: the text to search for");
        }
        if (q.length() > MAX_QUERY_LENGTH) {
            return Optional.of("q is longer than " + MAX_QUERY_LENGTH + " characters");
        }
        return Optional.empty();
    }

    private static Optional<String> checkLanguage(String lang) {
        return LANGUAGES.contains(lang) ? Optional.empty() : Optional.of("Unknown lang \"" + lang + "\": use vi or en");
    }

    /** The path of the hit's page ({@code /species/panax-notoginseng}); null for an IRI that names no page. */
    private static String url(SearchHit hit) {
        return DocumentKind.ofIri(hit.iri()).map(kind -> "/" + kind.page(kind.slugOf(hit.iri()).orElseThrow())).orElse(null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static <T> ResponseEntity<T> ok(T body) {
        return ResponseEntity.ok().contentType(JSON).cacheControl(CACHE).body(body);
    }

    private static ResponseEntity<Error> error(String message) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(JSON).body(new Error(message));
    }
}
