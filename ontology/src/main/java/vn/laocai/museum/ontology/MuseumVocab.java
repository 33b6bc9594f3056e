package vn.laocai.museum.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * IRIs of the museum's own vocabulary and of the shared vocabularies it reuses.
 *
 * <p>Our namespace holds only what Darwin Core, schema.org, SKOS-XL and Dublin Core do not cover.
 * The vocabulary document itself is {@code herb.ttl} beside this class.
 */
public final class MuseumVocab {

    /** Base of every IRI the museum mints. */
    public static final String BASE = "https://w3id.org/laocai-herbs/";
    /** The museum's own terms. */
    public static final String HERB = BASE + "ns#";
    /**
     * Where resources live: {@code ID + "species/panax-notoginseng"}; {@link IriBase#DEFAULT}
     * unless configured (see {@link IriBase}).
     */
    public static final String ID = IriBase.configured();

    public static final String DWC = "http://rs.tdwg.org/dwc/terms/";
    public static final String SCHEMA = "https://schema.org/";
    public static final String SKOSXL = "http://www.w3.org/2008/05/skos-xl#";
    public static final String DCT = "http://purl.org/dc/terms/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String GEO = "http://www.opengis.net/ont/geosparql#";

    private MuseumVocab() {}

    // Darwin Core: the taxon and its names.
    public static final Resource TAXON = resource(DWC, "Taxon");
    public static final Property SCIENTIFIC_NAME = property(DWC, "scientificName");
    public static final Property SCIENTIFIC_NAME_AUTHORSHIP = property(DWC, "scientificNameAuthorship");
    public static final Property FAMILY = property(DWC, "family");
    public static final Property TAXON_RANK = property(DWC, "taxonRank");

    // schema.org: display texts and media.
    public static final Resource SCHEMA_TAXON = resource(SCHEMA, "Taxon");
    public static final Resource IMAGE_OBJECT = resource(SCHEMA, "ImageObject");
    public static final Property NAME = property(SCHEMA, "name");
    public static final Property DESCRIPTION = property(SCHEMA, "description");
    public static final Property IMAGE = property(SCHEMA, "image");
    public static final Property CAPTION = property(SCHEMA, "caption");
    public static final Property ENCODING_FORMAT = property(SCHEMA, "encodingFormat");
    public static final Property CONTENT_SIZE = property(SCHEMA, "contentSize");
    public static final Property SHA256 = property(SCHEMA, "sha256");
    public static final Property URL = property(SCHEMA, "url");
    public static final Property WIDTH = property(SCHEMA, "width");
    public static final Property HEIGHT = property(SCHEMA, "height");
    public static final Resource MODEL_3D = resource(SCHEMA, "3DModel");
    public static final Property SUBJECT_OF = property(SCHEMA, "subjectOf");
    public static final Property THUMBNAIL = property(SCHEMA, "thumbnail");

    // SKOS-XL: every name is a resource with its own language, status and source.
    public static final Resource LABEL = resource(SKOSXL, "Label");
    public static final Property PREF_LABEL = property(SKOSXL, "prefLabel");
    public static final Property ALT_LABEL = property(SKOSXL, "altLabel");
    public static final Property LITERAL_FORM = property(SKOSXL, "literalForm");

    // Dublin Core: sources.
    public static final Resource BIBLIOGRAPHIC_RESOURCE = resource(DCT, "BibliographicResource");
    public static final Property SOURCE = property(DCT, "source");
    public static final Property TITLE = property(DCT, "title");

    // Our own terms.
    public static final Property SLUG = property(HERB, "slug");
    public static final Property STRATEGIC_RANK = property(HERB, "strategicRank");
    public static final Property NAME_STATUS = property(HERB, "nameStatus");
    public static final Property VERIFIED = property(HERB, "verified");
    public static final Property NOTE = property(HERB, "note");
    public static final Property NARRATIVE = property(HERB, "narrative");
    public static final Property TRADITIONAL_USE = property(HERB, "traditionalUse");
    public static final Property SAFETY_NOTE = property(HERB, "safetyNote");
    public static final Property CULTIVATION_NOTE = property(HERB, "cultivationNote");
    public static final Property PART_USED = property(HERB, "partUsed");
    /** A use category (herb:use-&lt;code&gt;, a concept of {@link #USE_CATEGORIES}) that a taxon's uses or a remedy's indications state. */
    public static final Property USE_CATEGORY = property(HERB, "useCategory");
    /** The controlled list of use categories (a skos:ConceptScheme). */
    public static final Resource USE_CATEGORIES = resource(HERB, "useCategories");
    public static final Property TEXT = property(HERB, "text");
    public static final Property OBJECT_KEY = property(HERB, "objectKey");
    public static final Property PLACEHOLDER = property(HERB, "placeholder");
    public static final Property CORPUS_HASH = property(HERB, "corpusHash");
    public static final Property CONTENT_HASH = property(HERB, "contentHash");

    // Remedies, ethnic knowledge and stories.
    public static final Resource REMEDY = resource(HERB, "Remedy");
    public static final Resource INGREDIENT = resource(HERB, "Ingredient");
    public static final Resource KNOWLEDGE_RECORD = resource(HERB, "KnowledgeRecord");
    public static final Resource STORY = resource(HERB, "Story");
    public static final Resource ARTICLE = resource(SCHEMA, "Article");
    public static final Property ABOUT = property(SCHEMA, "about");
    public static final Property HAS_INGREDIENT = property(HERB, "ingredient");
    public static final Property SPECIES = property(HERB, "species");
    public static final Property AMOUNT = property(HERB, "amount");
    public static final Property PROCESSING = property(HERB, "processing");
    public static final Property ROLE = property(HERB, "role");
    public static final Property PREPARATION_STEP = property(HERB, "preparationStep");
    public static final Property DOSAGE = property(HERB, "dosage");
    public static final Property INDICATION = property(HERB, "indication");
    public static final Property CONTRAINDICATION = property(HERB, "contraindication");
    public static final Property TRADITION = property(HERB, "tradition");
    public static final Property ETHNIC_GROUP = property(HERB, "ethnicGroup");
    public static final Property COMMUNITY = property(HERB, "community");
    public static final Property ACCESS_LEVEL = property(HERB, "accessLevel");
    public static final Property TK_LABEL = property(HERB, "tkLabel");
    public static final Property PLACES = property(HERB, "places");
    /** Places, conservation lists, marks and OCOP products: the corpus's reference resources. */
    public static final Resource FORMER_DISTRICT = resource(HERB, "FormerDistrict");
    public static final Resource COMMUNE = resource(HERB, "Commune");
    /** A commune or ward in place since 1 July 2025, in a {@link #PROVINCE}. */
    public static final Resource CURRENT_COMMUNE = resource(HERB, "CurrentCommune");
    public static final Resource PROVINCE = resource(HERB, "Province");
    /** A {@link #CURRENT_COMMUNE} that is a ward (phường). */
    public static final Resource WARD = resource(HERB, "Ward");
    public static final Resource GEOGRAPHICAL_INDICATION = resource(HERB, "GeographicalIndication");
    public static final Resource COLLECTIVE_MARK = resource(HERB, "CollectiveMark");
    public static final Resource OCOP_PRODUCT = resource(HERB, "OcopProduct");
    public static final Property ON_LIST = property(HERB, "onList");
    public static final Property LIST_CATEGORY = property(HERB, "listCategory");
    public static final Property LEGAL_INSTRUMENT = property(HERB, "legalInstrument");
    public static final Property GEOGRAPHICAL_INDICATIONS = property(HERB, "geographicalIndications");
    public static final Property MARK = property(HERB, "mark");
    public static final Property OCOP_PRODUCT_OF = property(HERB, "ocopProduct");
    public static final Property OCOP_RATING = property(HERB, "ocopRating");
    public static final Property CONTAINED_IN_PLACE = property(SCHEMA, "containedInPlace");
    public static final Property SPATIAL = property(DCT, "spatial");
    public static final Property IS_PART_OF = property(DCT, "isPartOf");
    /** From a commune to the unit that took it over (an earlier merger, or the 2025 reorganisation). */
    public static final Property IS_REPLACED_BY = property(DCT, "isReplacedBy");
    public static final Property HAS_PART = property(DCT, "hasPart");
    public static final Property IN_SCHEME = property(SKOS, "inScheme");
    public static final Property NOTATION = property(SKOS, "notation");
    public static final Property PREF_LABEL_SKOS = property(SKOS, "prefLabel");
    public static final Resource CONCEPT_SCHEME = resource(SKOS, "ConceptScheme");
    public static final Property HAS_GEOMETRY = property(GEO, "hasGeometry");
    public static final Property AS_WKT = property(GEO, "asWKT");
    /** Access levels of traditional knowledge: who may see a record. */
    public static final Resource ACCESS_PUBLIC = resource(HERB, "access-public");
    public static final Resource ACCESS_COMMUNITY_RESTRICTED = resource(HERB, "access-community-restricted");

    /** IRI of a species page resource from its slug. */
    public static String speciesIri(String slug) {
        return ID + "species/" + slug;
    }

    /** IRI of a resource of a kind ("species", "remedy", "knowledge", "story") from its slug. */
    public static String resourceIri(String kind, String slug) {
        return ID + kind + "/" + slug;
    }

    /** IRI of a stored media object from its SHA-256. */
    public static String mediaIri(String sha256) {
        return ID + "media/" + sha256;
    }

    private static Resource resource(String ns, String local) {
        return ResourceFactory.createResource(ns + local);
    }

    private static Property property(String ns, String local) {
        return ResourceFactory.createProperty(ns, local);
    }
}
