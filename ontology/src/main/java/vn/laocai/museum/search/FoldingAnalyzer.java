package vn.laocai.museum.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;

/**
 * Splits text into words the Unicode way (Vietnamese syllables, Latin words, Chinese characters by
 * dictionary) and folds case and diacritics, so "Đương quy", "duong quy" and "ĐƯƠNG QUY" give the
 * same terms.
 */
public final class FoldingAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new ICUTokenizer();
        TokenStream folded = new ICUFoldingFilter(tokenizer);
        return new TokenStreamComponents(tokenizer, folded);
    }
}
