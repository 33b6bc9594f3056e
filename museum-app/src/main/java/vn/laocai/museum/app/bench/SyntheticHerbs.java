package vn.laocai.museum.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import vn.laocai.museum.ontology.MuseumVocab;
import vn.laocai.museum.search.SearchDocument;
import vn.laocai.museum.search.SearchFacet;

/**
 * Seeded, repeatable herbs with plausible names for {@code bench search}: a Vietnamese name made of
 * syllables of real herb names, a Latin binomial, an English, a Chinese and a pinyin name, often a
 * name in an ethnic language, a family, parts used, communes, and a sentence of uses in Vietnamese
 * and English. Each herb is written both as a search document and as RDF for the same graph, so the
 * index and the SPARQL baseline answer over the same names.
 */
final class SyntheticHerbs {

    /** Where generated herbs live: outside {@code id/species/}, so no page claims them. */
    static final String BASE = MuseumVocab.ID + "synthetic/herb-";

    private static final List<String> VI_SYLLABLES = List.of("sâm", "thất", "quy", "hoàng", "liên", "bạch", "truật",
            "ngũ", "gia", "bì", "cam", "thảo", "đỗ", "trọng", "hà", "thủ", "ô", "kim", "ngân", "hoa", "xuyên", "khung",
            "đan", "tía", "tô", "kinh", "giới", "bồ", "công", "anh", "huyết", "đằng", "dây", "lá", "cỏ", "rễ", "núi",
            "rừng", "đỏ", "trắng", "tím", "vàng", "gai", "leo", "lông", "chân", "gà", "mộc", "hương", "quế", "hồi",
            "nghệ", "gừng", "sả", "chè", "khôi", "tinh", "dương", "hoắc", "vũ", "diệp", "thung", "dung", "ba", "kích");
    private static final List<String> GENERA = List.of("Panax", "Angelica", "Coptis", "Curcuma", "Zingiber", "Amomum",
            "Ardisia", "Berberis", "Polygonatum", "Paris", "Smilax", "Dioscorea", "Stephania", "Gentiana", "Aralia",
            "Elsholtzia", "Perilla", "Codonopsis", "Solanum", "Illicium");
    private static final List<String> EPITHETS = List.of("officinalis", "sinensis", "montana", "alba", "rubra",
            "tonkinensis", "laocaiensis", "vietnamensis", "grandiflora", "pubescens", "glabra", "japonica", "indica",
            "yunnanensis", "chapaensis", "fansipanensis", "minor", "major", "silvestris", "longifolia");
    private static final List<String> LATIN_SYLLABLES = List.of("ca", "lo", "mi", "nu", "ra", "te", "si", "pho",
            "dra", "xan", "ku", "ne", "bi", "sa", "to", "vi", "la", "men", "gi", "cor");
    private static final List<String> EN_ADJECTIVES = List.of("mountain", "red", "white", "golden", "wild", "bitter",
            "sweet", "black", "forest", "climbing", "hairy", "spiny", "fragrant", "dwarf", "giant");
    private static final List<String> EN_NOUNS = List.of("ginseng", "root", "vine", "lily", "orchid", "ginger",
            "cardamom", "goldthread", "knotweed", "fern", "mint", "basil", "anise", "yam", "bark");
    private static final List<String> HAN = List.of("参", "草", "花", "根", "藤", "黄", "白", "红", "山", "金", "银", "七",
            "归", "连", "芎", "术", "桂", "姜");
    private static final List<String> PINYIN = List.of("shen", "cao", "hua", "gen", "teng", "huang", "bai", "hong",
            "shan", "jin", "yin", "qi", "gui", "lian", "xiong", "zhu", "gui", "jiang");
    private static final List<String> ETHNIC = List.of("hnj:H'Mông", "tyz:Tày", "ium:Dao", "nut:Nùng", "blt:Thái");
    private static final List<String> ETHNIC_SYLLABLES = List.of("cố", "phàng", "lình", "khau", "mác", "co", "pit",
            "cóc", "mằn", "rả", "chày", "dòi", "lờ", "hảo", "cúa", "dô", "sáy", "cáy", "xạ", "sí");
    private static final List<String> PARTS = List.of("root", "rhizome", "tuber", "bark", "stem", "leaf", "flower",
            "fruit", "seed", "whole-plant");
    static final List<String> VI_USES = List.of("sắc uống", "giải độc", "thanh nhiệt", "bổ huyết", "an thần",
            "cầm máu", "tiêu viêm", "lợi tiểu", "ngâm rượu", "tắm lá", "chữa ho", "đau xương khớp", "đau dạ dày",
            "bồi bổ sau sinh", "hạ sốt");
    static final List<String> EN_USES = List.of("decoction", "detoxifying", "cooling", "blood tonic", "sedative",
            "stops bleeding", "anti-inflammatory", "diuretic", "wine infusion", "herbal bath", "cough", "joint pain",
            "stomach ache", "postpartum tonic", "fever");

    /** One generated herb. */
    record Herb(String iri, String titleVi, String titleEn, String latin, List<SearchDocument.Name> names, String family,
            List<String> parts, List<String> communes, String district, String ethnicGroup, String textVi, String textEn) {

        SearchDocument document() {
            List<SearchDocument.Facet> facets = new ArrayList<>();
            facets.add(new SearchDocument.Facet(SearchFacet.FAMILY, family));
            parts.forEach(part -> facets.add(new SearchDocument.Facet(SearchFacet.PART, part)));
            communes.forEach(commune -> facets.add(new SearchDocument.Facet(SearchFacet.COMMUNE, commune)));
            facets.add(new SearchDocument.Facet(SearchFacet.DISTRICT, district));
            if (ethnicGroup != null) {
                facets.add(new SearchDocument.Facet(SearchFacet.ETHNIC_GROUP, ethnicGroup));
            }
            return new SearchDocument(iri, "species", titleVi, titleEn, latin, names, List.of(textVi, textEn), null, textVi,
                    textEn).withFacets(facets);
        }

        /** The herb as the content loader would describe a taxon: names as SKOS-XL labels, family, summaries. */
        void describe(Model model) {
            Resource taxon = model.createResource(iri).addProperty(RDF.type, MuseumVocab.TAXON)
                    .addProperty(MuseumVocab.SCIENTIFIC_NAME, latin).addProperty(MuseumVocab.FAMILY, family)
                    .addProperty(MuseumVocab.NAME, titleVi, "vi").addProperty(MuseumVocab.NAME, titleEn, "en")
                    .addProperty(MuseumVocab.DESCRIPTION, textVi, "vi").addProperty(MuseumVocab.DESCRIPTION, textEn, "en");
            for (int i = 0; i < names.size(); i++) {
                Resource label = model.createResource(iri + "#name-" + (i + 1)).addProperty(RDF.type, MuseumVocab.LABEL)
                        .addProperty(MuseumVocab.LITERAL_FORM, names.get(i).form(), names.get(i).language());
                taxon.addProperty(i == 0 ? MuseumVocab.PREF_LABEL : MuseumVocab.ALT_LABEL, label);
            }
        }
    }

    private final long seed;

    SyntheticHerbs(long seed) {
        this.seed = seed;
    }

    /** The first {@code count} herbs of this seed. */
    List<Herb> generate(int count) {
        Random random = new Random(seed);
        List<Herb> herbs = new ArrayList<>(count);
        for (int number = 0; number < count; number++) {
            herbs.add(herb(number, random));
        }
        return herbs;
    }

    private static Herb herb(int number, Random random) {
        String titleVi = capitalise(words(random, VI_SYLLABLES, 2 + random.nextInt(2)));
        String genus = random.nextInt(3) == 0 ? pick(random, GENERA) : capitalise(word(random, LATIN_SYLLABLES, 3));
        String latin = genus + " " + (random.nextBoolean() ? pick(random, EPITHETS) : word(random, LATIN_SYLLABLES, 3) + "a");
        String titleEn = pick(random, EN_ADJECTIVES) + " " + pick(random, EN_NOUNS);
        List<SearchDocument.Name> names = new ArrayList<>();
        names.add(new SearchDocument.Name(latin, "la"));
        names.add(new SearchDocument.Name(titleVi, "vi"));
        names.add(new SearchDocument.Name(titleEn, "en"));
        int first = random.nextInt(HAN.size());
        int second = random.nextInt(HAN.size());
        names.add(new SearchDocument.Name(HAN.get(first) + HAN.get(second), "zh"));
        names.add(new SearchDocument.Name(PINYIN.get(first) + PINYIN.get(second), "zh-Latn-pinyin"));
        String ethnicGroup = null;
        if (random.nextInt(3) == 0) {
            String[] ethnic = pick(random, ETHNIC).split(":");
            names.add(new SearchDocument.Name(capitalise(words(random, ETHNIC_SYLLABLES, 2)), ethnic[0]));
            ethnicGroup = ethnic[1];
        }
        List<String> communes = List.of(pick(random, SyntheticHerbGraph.COMMUNES), pick(random, SyntheticHerbGraph.COMMUNES));
        String district = pick(random, List.of("Sa Pa", "Bát Xát", "Bắc Hà", "Si Ma Cai", "Mường Khương", "Văn Bàn", "Bảo Yên"));
        List<String> parts = random.nextBoolean() ? List.of(pick(random, PARTS)) : List.of(pick(random, PARTS), pick(random, PARTS));
        String textVi = titleVi + ": " + sentence(random, VI_USES, 6);
        String textEn = titleEn + ": " + sentence(random, EN_USES, 6);
        return new Herb(BASE + String.format("%06d", number), titleVi, capitalise(titleEn), latin, names,
                pick(random, SyntheticHerbGraph.FAMILIES), parts.stream().distinct().toList(), communes.stream().distinct().toList(),
                district, ethnicGroup, textVi, textEn);
    }

    private static String word(Random random, List<String> syllables, int count) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < count; i++) {
            word.append(pick(random, syllables));
        }
        return word.toString();
    }

    private static String words(Random random, List<String> syllables, int count) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            words.add(pick(random, syllables));
        }
        return String.join(" ", words);
    }

    private static String sentence(Random random, List<String> phrases, int count) {
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            picked.add(pick(random, phrases));
        }
        return String.join(", ", picked) + ".";
    }

    static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    static String capitalise(String text) {
        return text.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + text.substring(1);
    }
}
