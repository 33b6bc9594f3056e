package vn.laocai.museum.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PhraseQuery;
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
                .add(allOf(SearchFields.TEXT, terms), BooleanClause.Occur.SHOULD);
        if (terms.size() >= MOST_OF_FROM) {
            // A described need ("chữa đau dạ dày") often has one word its answer lacks ("chữa"): let
            // all but one word match, scored below every clause that needs them all.
            query.add(new BoostQuery(mostOf(SearchFields.NAMES, terms), 1f), BooleanClause.Occur.SHOULD)
                    .add(new BoostQuery(mostOf(SearchFields.TEXT, terms), 0.5f), BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    /** The whole name as one folded key: its words, folded, joined by single spaces. */
    String exactKey(String name) {
        return String.join(" ", terms(name));
    }

    /** Whether a name contains the typed words in order, ignoring case and diacritics. */
    boolean nameMatches(String name, String typed) {
        List<String> nameTerms = terms(name);
        List<String> typedTerms = terms(typed);
        return !typedTerms.isEmpty() && Collections.indexOfSubList(nameTerms, typedTerms) >= 0;
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
