package vn.laocai.museum.app.bench;

import java.util.List;
import java.util.Random;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;
import vn.laocai.museum.ontology.MuseumVocab;

/**
 * A seeded, repeatable graph shaped like the species the content loader writes: taxa with
 * SKOS-XL names in several languages, a family, distribution records with communes, notes with
 * {@code herb:text} and sources. Same seed and size, same triples, so every run queries the same data.
 *
 * <p>Synthetic taxa carry no {@code herb:slug}: the museum's start lists slug-bearing taxa as
 * catalogue species and would store a placeholder picture and index each one, which is not what
 * this benchmark measures.
 */
final class SyntheticHerbGraph {

    /** Where synthetic taxa live; outside {@code id/species/} so no page claims them. */
    static final String TAXON_BASE = MuseumVocab.ID + "synthetic/taxon-";
    static final List<String> FAMILIES = List.of("Araliaceae", "Zingiberaceae", "Lamiaceae", "Asteraceae",
            "Fabaceae", "Rubiaceae", "Apiaceae", "Ranunculaceae", "Polygonaceae", "Liliaceae", "Orchidaceae",
            "Rosaceae", "Piperaceae", "Menispermaceae", "Smilacaceae", "Dioscoreaceae", "Gentianaceae",
            "Berberidaceae", "Acanthaceae", "Euphorbiaceae");
    static final List<String> COMMUNES = List.of("Tả Van", "Bản Hồ", "Tả Phìn", "San Sả Hồ", "Lao Chải",
            "Mường Hum", "Y Tý", "A Mú Sung", "Bát Xát", "Pha Long", "Si Ma Cai", "Bắc Hà", "Lùng Phình",
            "Bảo Nhai", "Văn Bàn", "Nậm Xé", "Khánh Yên", "Bảo Yên", "Phong Hải", "Mường Khương");
    static final List<String> NAME_LANGUAGES = List.of("vi", "en", "la", "zh", "hnj", "ium", "tyz", "nut");
    private static final List<String> STATUSES = List.of("vernacular", "synonym", "trade", "pharmaceutical");
    private static final List<String> VI_WORDS = List.of("rễ", "thân", "lá", "hoa", "quả", "hạt", "sắc uống",
            "giải độc", "thanh nhiệt", "bổ huyết", "an thần", "cầm máu", "tiêu viêm", "lợi tiểu", "ngâm rượu",
            "phơi khô", "tán bột", "đắp ngoài", "chữa ho", "đau xương khớp");
    private static final List<String> EN_WORDS = List.of("root", "stem", "leaf", "flower", "fruit", "seed",
            "decoction", "detoxifying", "cooling", "blood tonic", "sedative", "haemostatic", "anti-inflammatory",
            "diuretic", "wine infusion", "dried", "powdered", "poultice", "cough", "joint pain");
    private static final List<String> SYLLABLES = List.of("ca", "lo", "mi", "nu", "ra", "te", "si", "pho",
            "dra", "xan", "ku", "ne", "bi", "sa", "to", "vi", "la", "men", "gi", "cor");

    private static final Node TAXON = MuseumVocab.TAXON.asNode();
    private static final Node SCHEMA_TAXON = MuseumVocab.SCHEMA_TAXON.asNode();
    private static final Node LABEL = MuseumVocab.LABEL.asNode();
    private static final Node BIBLIOGRAPHIC = MuseumVocab.BIBLIOGRAPHIC_RESOURCE.asNode();
    private static final Node TYPE = RDF.type.asNode();
    private static final Node DISTRIBUTION = NodeFactory.createURI(MuseumVocab.HERB + "distribution");
    private static final Node FORMER_DISTRICT = NodeFactory.createURI(MuseumVocab.HERB + "formerDistrict");
    private static final Node COMMUNES_PROPERTY = NodeFactory.createURI(MuseumVocab.HERB + "communes");

    private final long seed;
    private final long targetTriples;

    SyntheticHerbGraph(long seed, long targetTriples) {
        this.seed = seed;
        this.targetTriples = targetTriples;
    }

    static String taxonIri(int number) {
        return TAXON_BASE + String.format("%06d", number);
    }

    /** Sends whole taxa to {@code out} until at least the target number of triples went out; returns that number. */
    long writeTo(StreamRDF out) {
        Counting counting = new Counting(out);
        Random random = new Random(seed);
        for (int number = 0; counting.count < targetTriples; number++) {
            taxon(number, random, counting);
        }
        return counting.count;
    }

    private void taxon(int number, Random random, Counting out) {
        String iri = taxonIri(number);
        Node taxon = NodeFactory.createURI(iri);
        String genus = capitalise(word(random, 3));
        String scientificName = genus + " " + word(random, 3);
        out.add(taxon, TYPE, TAXON);
        out.add(taxon, TYPE, SCHEMA_TAXON);
        out.add(taxon, MuseumVocab.SCIENTIFIC_NAME.asNode(), plain(scientificName));
        out.add(taxon, MuseumVocab.SCIENTIFIC_NAME_AUTHORSHIP.asNode(), plain(capitalise(word(random, 2)) + "."));
        out.add(taxon, MuseumVocab.FAMILY.asNode(), plain(pick(random, FAMILIES)));
        out.add(taxon, MuseumVocab.TAXON_RANK.asNode(), plain("species"));
        out.add(taxon, MuseumVocab.STRATEGIC_RANK.asNode(),
                NodeFactory.createLiteralDT(Integer.toString(1 + random.nextInt(9)), XSDDatatype.XSDint));
        out.add(taxon, MuseumVocab.NAME.asNode(), lang("Cây " + word(random, 2), "vi"));
        out.add(taxon, MuseumVocab.NAME.asNode(), lang(capitalise(word(random, 2)) + " herb", "en"));
        out.add(taxon, MuseumVocab.DESCRIPTION.asNode(), lang(sentence(random, VI_WORDS, 8), "vi"));
        out.add(taxon, MuseumVocab.DESCRIPTION.asNode(), lang(sentence(random, EN_WORDS, 8), "en"));
        names(iri, taxon, scientificName, random, out);
        Node source = NodeFactory.createURI(iri + "#source-1");
        out.add(taxon, MuseumVocab.SOURCE.asNode(), source);
        out.add(source, TYPE, BIBLIOGRAPHIC);
        out.add(source, MuseumVocab.URL.asNode(), NodeFactory.createURI("https://example.org/flora/" + number));
        out.add(source, MuseumVocab.TITLE.asNode(), plain("Flora of Lào Cai, vol. " + (1 + random.nextInt(12))));
        for (int record = 1; record <= 2; record++) {
            Node distribution = NodeFactory.createURI(iri + "#distribution-" + record);
            out.add(taxon, DISTRIBUTION, distribution);
            out.add(distribution, FORMER_DISTRICT, plain(pick(random, COMMUNES) + " district"));
            // Two different communes: a repeated triple would not be stored and the count would lie.
            int first = random.nextInt(COMMUNES.size());
            int second = (first + 1 + random.nextInt(COMMUNES.size() - 1)) % COMMUNES.size();
            out.add(distribution, COMMUNES_PROPERTY, plain(COMMUNES.get(first)));
            out.add(distribution, COMMUNES_PROPERTY, plain(COMMUNES.get(second)));
            out.add(distribution, MuseumVocab.SOURCE.asNode(), source);
        }
        note(iri + "#use-vi-1", taxon, MuseumVocab.TRADITIONAL_USE.asNode(), lang(sentence(random, VI_WORDS, 12), "vi"), out);
        note(iri + "#use-en-1", taxon, MuseumVocab.TRADITIONAL_USE.asNode(), lang(sentence(random, EN_WORDS, 12), "en"), out);
        note(iri + "#safety-vi-1", taxon, MuseumVocab.SAFETY_NOTE.asNode(), lang(sentence(random, VI_WORDS, 6), "vi"), out);
    }

    private static void names(String iri, Node taxon, String scientificName, Random random, Counting out) {
        for (int index = 1; index <= 4; index++) {
            Node name = NodeFactory.createURI(iri + "#name-" + index);
            boolean preferred = index == 1;
            String language = preferred ? "la" : pick(random, NAME_LANGUAGES);
            String form = preferred ? scientificName : capitalise(word(random, 2)) + " " + word(random, 2);
            out.add(taxon, (preferred ? MuseumVocab.PREF_LABEL : MuseumVocab.ALT_LABEL).asNode(), name);
            out.add(name, TYPE, LABEL);
            out.add(name, MuseumVocab.LITERAL_FORM.asNode(), lang(form, language));
            out.add(name, MuseumVocab.NAME_STATUS.asNode(), plain(preferred ? "accepted" : pick(random, STATUSES)));
        }
    }

    private static void note(String iri, Node taxon, Node property, Node text, Counting out) {
        Node note = NodeFactory.createURI(iri);
        out.add(taxon, property, note);
        out.add(note, MuseumVocab.TEXT.asNode(), text);
    }

    private static String word(Random random, int syllables) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            word.append(pick(random, SYLLABLES));
        }
        return word.toString();
    }

    private static String sentence(Random random, List<String> words, int length) {
        StringBuilder sentence = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sentence.append(i == 0 ? "" : " ").append(pick(random, words));
        }
        return sentence.append('.').toString();
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static String capitalise(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static Node plain(String text) {
        return NodeFactory.createLiteralString(text);
    }

    private static Node lang(String text, String language) {
        return NodeFactory.createLiteralLang(text, language);
    }

    /** Counts what goes out, so the generator stops after the first whole taxon past the target. */
    private static final class Counting {
        private final StreamRDF out;
        private long count;

        Counting(StreamRDF out) {
            this.out = out;
        }

        void add(Node subject, Node predicate, Node object) {
            out.triple(Triple.create(subject, predicate, object));
            count++;
        }
    }
}
