package vn.laocai.museum.app.bench;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import vn.laocai.museum.search.SearchDocument;

/**
 * The queries of {@code bench search}, drawn with a seed from the names of the indexed documents,
 * real and generated, the way visitors type them: a name as written, without diacritics or in
 * lower case (40%), a genus alone (10%), a name with one letter wrong (15%), and words of uses
 * ("đau dạ dày", "joint pain", 15%); the rest are names of the real corpus (20%). Suggestions are
 * the first letters of names.
 */
final class SearchQueryMix {

    private static final Transliterator UNACCENT = Transliterator.getInstance("NFD; [:Nonspacing Mark:] Remove; NFC");

    private final Random random;
    private final List<SearchDocument.Name> corpusNames;
    private final List<SearchDocument.Name> generatedNames;

    SearchQueryMix(long seed, List<SearchDocument> corpus, List<SearchDocument> generated) {
        this.random = new Random(seed);
        this.corpusNames = names(corpus);
        this.generatedNames = names(generated);
    }

    private static List<SearchDocument.Name> names(List<SearchDocument> documents) {
        return documents.stream().flatMap(doc -> doc.names().stream()).filter(SearchDocument.Name::own).toList();
    }

    List<String> queries(int count) {
        List<String> queries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int dice = random.nextInt(100);
            String name = SyntheticHerbs.pick(random, dice < 20 ? corpusNames : generatedNames).form();
            if (dice < 20) {
                queries.add(name);
            } else if (dice < 60) {
                queries.add(random.nextBoolean() ? unaccented(name) : name.toLowerCase(Locale.ROOT));
            } else if (dice < 70) {
                queries.add(name.split(" ")[0]);
            } else if (dice < 85) {
                queries.add(typo(name));
            } else {
                queries.add(SyntheticHerbs.pick(random, random.nextBoolean() ? SyntheticHerbs.VI_USES : SyntheticHerbs.EN_USES));
            }
        }
        return queries;
    }

    /** What a visitor has typed of a name when the box suggests: the first word or two, the last one begun. */
    List<String> prefixes(int count) {
        List<String> prefixes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String name = SyntheticHerbs.pick(random, random.nextInt(5) == 0 ? corpusNames : generatedNames).form();
            int length = Math.min(name.length(), 2 + random.nextInt(Math.max(1, name.length() - 1)));
            String typed = name.substring(0, length).strip();
            prefixes.add(random.nextBoolean() ? unaccented(typed) : typed);
        }
        return prefixes;
    }

    /** What a visitor types who remembers a later word of a name: the beginning of its second or a later word. */
    List<String> infixes(int count) {
        List<String> infixes = new ArrayList<>(count);
        while (infixes.size() < count) {
            String name = SyntheticHerbs.pick(random, random.nextInt(5) == 0 ? corpusNames : generatedNames).form();
            String[] words = name.strip().split("\\s+");
            if (words.length < 2) {
                continue;
            }
            String word = words[1 + random.nextInt(words.length - 1)];
            String typed = word.substring(0, Math.min(word.length(), 2 + random.nextInt(Math.max(1, word.length() - 1))));
            infixes.add(random.nextBoolean() ? unaccented(typed) : typed);
        }
        return infixes;
    }

    static String unaccented(String text) {
        return UNACCENT.transliterate(text).replace('đ', 'd').replace('Đ', 'D');
    }

    /** The name with one letter dropped, doubled or changed, away from its first letter. */
    private String typo(String name) {
        if (name.length() < 5 || !Character.isLetter(name.charAt(0)) || name.codePoints().anyMatch(Character::isIdeographic)) {
            return name;
        }
        int at = 1 + random.nextInt(name.length() - 1);
        return switch (random.nextInt(3)) {
            case 0 -> name.substring(0, at) + name.substring(at + 1);
            case 1 -> name.substring(0, at) + name.charAt(at) + name.substring(at);
            default -> name.substring(0, at) + (char) ('a' + random.nextInt(26)) + name.substring(at + 1);
        };
    }
}
