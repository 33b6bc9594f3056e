package vn.laocai.museum.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;

/**
 * The words of a name as {@link FoldingAnalyzer} splits and folds them, each followed, at the same
 * position, by every beginning of it ("that" → t, th, tha, that): a half-typed word is then one
 * term of the index, and a phrase of half-typed words ("tam th") a phrase query, with no walk over
 * the words it could begin. Names of one resource are kept far apart, so a phrase never runs from
 * the end of one name into the next.
 */
final class WordStartsAnalyzer extends Analyzer {

    /** Longest beginning indexed; a longer typed word is looked up by its first this many letters. */
    static final int MAX_START = 24;
    private static final int NAME_GAP = 100;

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new ICUTokenizer();
        TokenStream starts = new EdgeNGramTokenFilter(new ICUFoldingFilter(tokenizer), 1, MAX_START, true);
        return new TokenStreamComponents(tokenizer, starts);
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return NAME_GAP;
    }
}
