package vn.laocai.museum.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns what a visitor typed into a Lucene query: a resource with exactly that name ranks first,
 * then the whole phrase in a name, all words in a name, then the phrase and the words in text.
 */
final class NameQueryBuilder {

    /**
     * Score of an exact name, far above what the other clauses add up to: an exact name is a tier of
     * its own, so a short remedy title that contains "Tam thất" cannot outscore, through length
     * normalisation, the species whose name it is.
     */
    private static final float EXACT_NAME = 1000f;
    /** From this many words on, a query also finds what holds all but one of them; below, one word is half the query. */
    private static final int MOST_OF_FROM = 3;

    private final Analyzer analyzer;

    NameQueryBuilder(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The query, or null when the text holds no searchable word. */
    Query build(String text) {
        List<String> terms = terms(text == null ? "" : text);
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(SearchFields.NAME_EXACT, String.join(" ", terms)))),
                        EXACT_NAME), BooleanClause.Occur.SHOULD)
                .add(new BoostQuery(phrase(SearchFields.NAMES, terms), 10f), BooleanClause.Occur.SHOULD)
                .add(new BoostQuery(allOf(SearchFields.NAMES, terms), 4f), BooleanClause.Occur.SHOULD)
                .add(new BoostQuery(phrase(SearchFields.TEXT, terms), 2f), BooleanClause.Occur.SHOULD)
                .add(allOf(SearchFields.TEXT, terms), BooleanClause.Occur.SHOULD)
                // A place's whole name (old or new) ranks what grows there above texts that merely hold its words.
                .add(new BoostQuery(phrase(SearchFields.PLACES, terms), 3f), BooleanClause.Occur.SHOULD);
        if (terms.size() >= MOST_OF_FROM) {
            // A described need ("chữa đau dạ dày") often has one word its answer lacks ("chữa"): let
            // all but one word match, scored below every clause that needs them all.
            query.add(new BoostQuery(mostOf(SearchFields.NAMES, terms), 1f), BooleanClause.Occur.SHOULD)
                    .add(new BoostQuery(mostOf(SearchFields.TEXT, terms), 0.5f), BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    /** Score of a suggestion whose name is exactly what was typed. */
    private static final float SUGGEST_EXACT = 100f;
    /** Score of a suggestion with a name whose whole starts with what was typed; a word further in scores none. */
    private static final float SUGGEST_NAME_START = 10f;
    /** Added to a species, so that among names that start alike the species comes before its remedies. */
    private static final float SUGGEST_SPECIES = 1f;

    /**
     * The query for suggestions while a visitor types: every typed word begins a word of a name, in
     * order, the last one maybe half typed — anywhere in the name, not only at its start ("that" and
     * "tam th" find "Tam thất", "quy" finds "Đương quy", not a record with "tắm" in one name and
     * "the" in another). Cheap at any index size: each begun word is one term of
     * {@link SearchFields#NAME_WORD_STARTS}, and "begins a whole name" one term of
     * {@link SearchFields#NAME_STARTS}. Scored in tiers only: exact name first, then names that
     * start with what was typed, then names that hold it further in; species before documents.
     * Null when the text holds no searchable word.
     */
    Query suggest(String text) {
        List<String> terms = terms(text == null ? "" : text);
        if (terms.isEmpty()) {
            return null;
        }
        List<String> begun = terms.stream().map(NameQueryBuilder::indexedStart).toList();
        Query words = begun.size() == 1 ? new TermQuery(new Term(SearchFields.NAME_WORD_STARTS, begun.getFirst()))
                : new PhraseQuery(SearchFields.NAME_WORD_STARTS, begun.toArray(String[]::new));
        String key = String.join(" ", terms);
        Query nameStart = key.codePointCount(0, key.length()) <= WordStartsAnalyzer.MAX_START
                ? new TermQuery(new Term(SearchFields.NAME_STARTS, key))
                : new PrefixQuery(new Term(SearchFields.NAME_EXACT, key));
        return new BooleanQuery.Builder()
                .add(words, BooleanClause.Occur.FILTER)
                .add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(SearchFields.NAME_EXACT, key))),
                        SUGGEST_EXACT), BooleanClause.Occur.SHOULD)
                .add(new BoostQuery(new ConstantScoreQuery(nameStart), SUGGEST_NAME_START), BooleanClause.Occur.SHOULD)
                .add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(SearchFields.TYPE, "species"))),
                        SUGGEST_SPECIES), BooleanClause.Occur.SHOULD)
                .build();
    }

    /** A typed word as {@link WordStartsAnalyzer} indexes its beginnings: a longer one by its first letters. */
    private static String indexedStart(String word) {
        return word.codePointCount(0, word.length()) <= WordStartsAnalyzer.MAX_START ? word
                : word.substring(0, word.offsetByCodePoints(0, WordStartsAnalyzer.MAX_START));
    }

    /**
     * Whether a name holds the typed words in order, each one beginning a word of the name
     * ("tam th" and "ta th" in "Tam thất", "quy" in "Đương quy"), ignoring case and diacritics.
     */
    boolean nameStartsMatch(String name, String typed) {
        return startsMatcher(typed).test(name);
    }

    /** {@link #nameStartsMatch} for many names and one typed text, analysed once. */
    Predicate<String> startsMatcher(String typed) {
        List<String> typedTerms = terms(typed);
        int n = typedTerms.size();
        return name -> {
            if (n == 0) {
                return false;
            }
            List<String> nameTerms = terms(name);
            for (int start = 0; start + n <= nameTerms.size(); start++) {
                boolean all = true;
                for (int i = 0; i < n && all; i++) {
                    all = nameTerms.get(start + i).startsWith(typedTerms.get(i));
                }
                if (all) {
                    return true;
                }
            }
            return false;
        };
    }

    /** The whole name as one folded key: its words, folded, joined by single spaces. */
    String exactKey(String name) {
        return String.join(" ", terms(name));
    }

    /** Whether a name contains the typed words in order, ignoring case and diacritics. */
    boolean nameMatches(String name, String typed) {
        return matcher(List.of(typed)).test(name);
    }

    /** Whether a name contains the words of any of the texts in order; each text analysed once. */
    Predicate<String> matcher(List<String> typed) {
        List<List<String>> typedTerms = typed.stream().map(this::terms).filter(terms -> !terms.isEmpty()).toList();
        return name -> {
            List<String> nameTerms = terms(name);
            return typedTerms.stream().anyMatch(terms -> Collections.indexOfSubList(nameTerms, terms) >= 0);
        };
    }

    List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(SearchFields.NAMES, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static Query phrase(String field, List<String> terms) {
        return new PhraseQuery(field, terms.toArray(String[]::new));
    }

    private static Query mostOf(String field, List<String> terms) {
        BooleanQuery.Builder most = new BooleanQuery.Builder();
        for (String term : terms) {
            most.add(new TermQuery(new Term(field, term)), BooleanClause.Occur.SHOULD);
        }
        return most.setMinimumNumberShouldMatch(terms.size() - 1).build();
    }

    private static Query allOf(String field, List<String> terms) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String term : terms) {
            all.add(new TermQuery(new Term(field, term)), BooleanClause.Occur.MUST);
        }
        return all.build();
    }
}
