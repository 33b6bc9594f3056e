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
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

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

    /** Score of a suggestion whose name is exactly what was typed. */
    private static final float SUGGEST_EXACT = 100f;
    /** Score of a suggestion with a name that starts with what was typed. */
    private static final float SUGGEST_NAME_START = 10f;
    /** Added to a species, so that among names that start alike the species comes before its remedies. */
    private static final float SUGGEST_SPECIES = 1f;

    /** Most words a half-typed last word stands for in a suggestion phrase ("th" → thất, thảo…). */
    private static final int MAX_EXPANSIONS = 128;

    /**
     * The query for suggestions while a visitor types: the typed words as a phrase in a name, the
     * last one, maybe half typed, only begun ("tam th" finds "Tam thất", not a record with "tắm" in
     * one name and "the" in another). Cheap: one walk of the name terms that start with the last
     * word, then a phrase. Scored in tiers only: exact name first, then names that start with what
     * was typed, species before documents. Null when the text holds no searchable word or no name
     * word starts with the last one.
     */
    Query suggest(String text, IndexReader reader) throws IOException {
        List<String> terms = terms(text == null ? "" : text);
        if (terms.isEmpty()) {
            return null;
        }
        Query words;
        if (terms.size() == 1) {
            words = new PrefixQuery(new Term(SearchFields.NAMES, terms.getFirst()));
        } else {
            List<Term> expansions = expand(reader, terms.getLast());
            if (expansions.isEmpty()) {
                return null;
            }
            MultiPhraseQuery.Builder phrase = new MultiPhraseQuery.Builder();
            for (String term : terms.subList(0, terms.size() - 1)) {
                phrase.add(new Term(SearchFields.NAMES, term));
            }
            phrase.add(expansions.toArray(Term[]::new));
            words = phrase.build();
        }
        String key = String.join(" ", terms);
        return new BooleanQuery.Builder()
                .add(words, BooleanClause.Occur.FILTER)
                .add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(SearchFields.NAME_EXACT, key))),
                        SUGGEST_EXACT), BooleanClause.Occur.SHOULD)
                .add(new BoostQuery(new ConstantScoreQuery(new PrefixQuery(new Term(SearchFields.NAME_EXACT, key))),
                        SUGGEST_NAME_START), BooleanClause.Occur.SHOULD)
                .add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(SearchFields.TYPE, "species"))),
                        SUGGEST_SPECIES), BooleanClause.Occur.SHOULD)
                .build();
    }

    /** The name words that start with {@code prefix}, in term order, at most {@link #MAX_EXPANSIONS}. */
    private static List<Term> expand(IndexReader reader, String prefix) throws IOException {
        List<Term> expansions = new ArrayList<>();
        Terms terms = MultiTerms.getTerms(reader, SearchFields.NAMES);
        if (terms == null) {
            return expansions;
        }
        TermsEnum iterator = terms.iterator();
        BytesRef start = new BytesRef(prefix);
        if (iterator.seekCeil(start) == TermsEnum.SeekStatus.END) {
            return expansions;
        }
        for (BytesRef term = iterator.term(); term != null && StringHelper.startsWith(term, start)
                && expansions.size() < MAX_EXPANSIONS; term = iterator.next()) {
            expansions.add(new Term(SearchFields.NAMES, BytesRef.deepCopyOf(term)));
        }
        return expansions;
    }

    /**
     * Whether a name holds the typed words in order, the last one possibly only begun
     * ("tam th" in "Tam thất"), ignoring case and diacritics.
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
                if (nameTerms.subList(start, start + n - 1).equals(typedTerms.subList(0, n - 1))
                        && nameTerms.get(start + n - 1).startsWith(typedTerms.getLast())) {
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
