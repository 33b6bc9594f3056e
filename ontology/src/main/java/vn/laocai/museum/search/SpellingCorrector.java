package vn.laocai.museum.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Corrects typing mistakes ("cinamomum casia" → "cinnamomum cassia") against the words the index
 * holds, names first: each folded word that no name and no text contains is replaced by the
 * closest name word (at most two edits, same first letter), else the closest text word.
 */
final class SpellingCorrector {

    private final DirectSpellChecker checker = new DirectSpellChecker();

    SpellingCorrector() {
        // Vietnamese syllables are short: from 4 letters on a word may be corrected ("thatt" → "that").
        checker.setMinQueryLength(4);
    }

    /** The folded words with every unknown one corrected; empty when none is unknown or none could be corrected. */
    Optional<List<String>> correct(List<String> terms, IndexReader reader) throws IOException {
        List<String> corrected = new ArrayList<>(terms.size());
        boolean changed = false;
        for (String term : terms) {
            String better = known(term, reader) ? term : closest(term, reader);
            changed |= !better.equals(term);
            corrected.add(better);
        }
        return changed ? Optional.of(corrected) : Optional.empty();
    }

    private static boolean known(String term, IndexReader reader) throws IOException {
        return reader.docFreq(new Term(SearchFields.NAMES, term)) > 0 || reader.docFreq(new Term(SearchFields.TEXT, term)) > 0;
    }

    private String closest(String term, IndexReader reader) throws IOException {
        for (String field : List.of(SearchFields.NAMES, SearchFields.TEXT)) {
            SuggestWord[] words = checker.suggestSimilar(new Term(field, term), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            if (words.length > 0) {
                return words[0].string;
            }
        }
        return term;
    }
}
