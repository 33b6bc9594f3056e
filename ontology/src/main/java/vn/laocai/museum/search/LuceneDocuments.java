package vn.laocai.museum.search;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import org.apache.lucene.analysis.icu.ICUCollationDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;

/** Turns a {@link SearchDocument} into the Lucene document {@link SearchIndex} writes, field by field of {@link SearchFields}. */
final class LuceneDocuments {

    static final String NAME_SEPARATOR = "\u001f";

    /** Stored, and indexed with offsets for the highlighter. */
    private static final FieldType BODY = new FieldType(TextField.TYPE_STORED);

    /** Positions for phrases of begun words; no frequencies' scoring or norms: suggestions rank in tiers. */
    private static final FieldType WORD_STARTS = new FieldType();

    static {
        BODY.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        BODY.freeze();
        WORD_STARTS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        WORD_STARTS.setTokenized(true);
        WORD_STARTS.setOmitNorms(true);
        WORD_STARTS.freeze();
    }

    private final NameQueryBuilder queries;
    private final FacetsConfig facets = facetsConfig();
    private final Collator vietnamese = collator("vi");
    private final Collator english = collator("en");

    LuceneDocuments(NameQueryBuilder queries) {
        this.queries = queries;
    }

    /** Which facets may hold several values per document; all are counted from sorted-set doc values. */
    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (SearchFacet facet : SearchFacet.values()) {
            config.setMultiValued(facet.key(), facet.multiValued());
        }
        return config;
    }

    FacetsConfig facets() {
        return facets;
    }

    /** The collator of titles in one language, frozen so that threads can share it. */
    static Collator collator(String language) {
        return Collator.getInstance(ULocale.forLanguageTag(language)).freeze();
    }

    Document toLucene(SearchDocument source) {
        Document doc = new Document();
        doc.add(new StringField(SearchFields.IRI, source.iri(), Field.Store.YES));
        doc.add(new StringField(SearchFields.TYPE, source.type(), Field.Store.YES));
        doc.add(new StoredField(SearchFields.TITLE_VI, source.titleVi()));
        doc.add(new StoredField(SearchFields.TITLE_EN, source.titleEn()));
        doc.add(sortKey(SearchFields.TITLE_SORT_VI, vietnamese, source.titleVi()));
        doc.add(sortKey(SearchFields.TITLE_SORT_EN, english, source.titleEn()));
        doc.add(new StoredField(SearchFields.SCIENTIFIC_NAME, source.scientificName()));
        java.util.Set<String> nameStarts = new java.util.TreeSet<>();
        for (SearchDocument.Name name : source.names()) {
            doc.add(new TextField(SearchFields.NAMES, name.form(), Field.Store.NO));
            doc.add(new Field(SearchFields.NAME_WORD_STARTS, name.form(), WORD_STARTS));
            if (name.own()) {
                String key = queries.exactKey(name.form());
                doc.add(new StringField(SearchFields.NAME_EXACT, key, Field.Store.NO));
                nameStarts.addAll(starts(key));
            }
            doc.add(new StoredField(SearchFields.NAME_ENTRY, name.language() + NAME_SEPARATOR + name.form()));
        }
        nameStarts.forEach(start -> doc.add(new StringField(SearchFields.NAME_STARTS, start, Field.Store.NO)));
        for (String text : source.texts()) {
            doc.add(new TextField(SearchFields.TEXT, text, Field.Store.NO));
        }
        source.facets().stream()
                .filter(facet -> facet.facet() == SearchFacet.COMMUNE || facet.facet() == SearchFacet.DISTRICT)
                .map(SearchDocument.Facet::value).distinct()
                .forEach(place -> doc.add(new TextField(SearchFields.PLACES, place, Field.Store.NO)));
        addIfPresent(doc, SearchFields.IMAGE_KEY, source.imageKey());
        badges(source).forEach(badge -> doc.add(new StoredField(SearchFields.BADGE, badge)));
        addIfPresent(doc, SearchFields.SUMMARY_VI, source.summaryVi());
        addIfPresent(doc, SearchFields.SUMMARY_EN, source.summaryEn());
        if (source.bodyVi() != null) {
            doc.add(new Field(SearchFields.BODY_VI, source.bodyVi(), BODY));
        }
        if (source.bodyEn() != null) {
            doc.add(new Field(SearchFields.BODY_EN, source.bodyEn(), BODY));
        }
        doc.add(new SortedSetDocValuesFacetField(SearchFacet.TYPE.key(), source.type()));
        source.facets().stream().filter(facet -> facet.facet() != SearchFacet.TYPE).distinct()
                .forEach(facet -> doc.add(new SortedSetDocValuesFacetField(facet.facet().key(), facet.value())));
        try {
            return facets.build(doc);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The badges of a result card, in the order a card shows them. */
    static java.util.List<String> badges(SearchDocument source) {
        java.util.Set<SearchFacet> present = java.util.EnumSet.noneOf(SearchFacet.class);
        source.facets().forEach(facet -> present.add(facet.facet()));
        java.util.List<String> badges = new java.util.ArrayList<>();
        if (present.contains(SearchFacet.LEGAL_GROUP) || present.contains(SearchFacet.RED_LIST)) {
            badges.add(SearchHit.PROTECTED);
        }
        if (present.contains(SearchFacet.HAS_GI)) {
            badges.add(SearchHit.GEOGRAPHICAL_INDICATION);
        }
        if (present.contains(SearchFacet.HAS_3D)) {
            badges.add(SearchHit.MODEL_3D);
        }
        return badges;
    }

    /** The beginnings of a folded name key, one to {@link WordStartsAnalyzer#MAX_START} code points long. */
    static java.util.List<String> starts(String key) {
        java.util.List<String> starts = new java.util.ArrayList<>();
        int end = 0;
        for (int count = 0; end < key.length() && count < WordStartsAnalyzer.MAX_START; count++) {
            end = key.offsetByCodePoints(end, 1);
            if (!Character.isWhitespace(key.charAt(end - 1))) {
                starts.add(key.substring(0, end));
            }
        }
        return starts;
    }

    private static Field sortKey(String field, Collator collator, String title) {
        ICUCollationDocValuesField key = new ICUCollationDocValuesField(field, collator);
        key.setStringValue(title);
        return key;
    }

    private static void addIfPresent(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StoredField(field, value));
        }
    }
}
