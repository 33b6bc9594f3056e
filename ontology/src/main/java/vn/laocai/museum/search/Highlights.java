package vn.laocai.museum.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Cuts from each hit's text the passage that best matches the query, with the matched words in
 * {@code <mark>}. Everything else is HTML-escaped, so a page may insert the passage as HTML: the
 * only markup in it is ours. Uses Lucene's UnifiedHighlighter over the offsets stored in the
 * postings of the body fields, with the words the query looks for in names and text.
 */
final class Highlights {

    /** About this many characters: whole sentences are joined until the passage comes close to it. */
    private static final int PASSAGE_LENGTH = 160;
    private static final Set<String> QUERY_FIELDS = Set.of(SearchFields.NAMES, SearchFields.TEXT);

    private final Analyzer analyzer;

    Highlights(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** One passage per hit, in the order of {@code hits}; null where the hit has no text in that language. */
    String[] passages(IndexSearcher searcher, Query query, ScoreDoc[] hits, String language) throws IOException {
        if (hits.length == 0) {
            return new String[0];
        }
        String field = "en".equals(language) ? SearchFields.BODY_EN : SearchFields.BODY_VI;
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFieldMatcher(name -> name.equals(field) || QUERY_FIELDS.contains(name))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_LENGTH, 0.5f))
                .withFormatter(new MarkFormatter())
                .withMaxNoHighlightPassages(1)
                .build();
        TopDocs page = new TopDocs(new TotalHits(hits.length, TotalHits.Relation.EQUAL_TO), hits);
        return highlighter.highlight(field, query, page, 1);
    }

    /** Escapes the text and marks the matches; an ellipsis where the passage starts or ends inside the text. */
    static final class MarkFormatter extends PassageFormatter {

        @Override
        public String format(Passage[] passages, String content) {
            if (passages.length == 0) {
                return null;
            }
            Passage passage = passages[0];
            StringBuilder html = new StringBuilder();
            int start = passage.getStartOffset();
            int end = passage.getEndOffset();
            if (start > 0) {
                html.append("… ");
            }
            int position = start;
            int i = 0;
            while (i < passage.getNumMatches()) {
                int matchStart = Math.max(passage.getMatchStarts()[i], position);
                int matchEnd = passage.getMatchEnds()[i];
                // A phrase comes as its words and as a whole: overlapping matches make one mark.
                while (++i < passage.getNumMatches() && passage.getMatchStarts()[i] < matchEnd) {
                    matchEnd = Math.max(matchEnd, passage.getMatchEnds()[i]);
                }
                if (matchEnd <= matchStart) {
                    continue;
                }
                escape(html, content, position, matchStart);
                html.append("<mark>");
                escape(html, content, matchStart, matchEnd);
                html.append("</mark>");
                position = matchEnd;
            }
            escape(html, content, position, end);
            if (end < content.length()) {
                html.append(" …");
            }
            return html.toString().replaceAll("\\s+", " ").strip();
        }

        static void escape(StringBuilder html, String content, int from, int to) {
            for (int i = from; i < to; i++) {
                char c = content.charAt(i);
                switch (c) {
                    case '&' -> html.append("&amp;");
                    case '<' -> html.append("&lt;");
                    case '>' -> html.append("&gt;");
                    case '"' -> html.append("&quot;");
                    case '\'' -> html.append("&#39;");
                    default -> html.append(c);
                }
            }
        }
    }
}
