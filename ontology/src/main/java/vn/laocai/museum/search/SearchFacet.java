package vn.laocai.museum.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The ways a visitor can narrow a search, each counted for the hits of the current query. The
 * values come from the public graph ({@code queries/search-facets.rq}); a facet whose data the
 * graph does not hold yet (3D models) simply has no values.
 *
 * <pre>{@code
 * SearchRequest.of("sâm").filter(SearchFacet.FAMILY, "Araliaceae");
 * }</pre>
 */
public enum SearchFacet {
    /** Kind of resource: species, remedy, story, knowledge. */
    TYPE("type", false),
    /** Botanical family of a species, or of a remedy's ingredients. */
    FAMILY("family", true),
    /** Plant part used (code of a {@code herb:PlantPart}: root, leaf …), of a species or a remedy's ingredients. */
    PART("part", true),
    /** Use category (code of a {@code herb:UseCategory}: digestive, tonic …) that a species' uses or a remedy's indications state. */
    USE("use", true),
    /** Ethnic group whose name for a species is recorded, or that holds a remedy or knowledge record. */
    ETHNIC_GROUP("ethnicGroup", true),
    /** Conservation or protection list the species is on, by its code (vn-redlist, nd-84-2021 … or not-listed). */
    CONSERVATION("conservation", true),
    /** Red-list category (CR, EN, VU …) on the Vietnamese red lists. */
    RED_LIST("redList", true),
    /** Legal protection group (IA, IIA …) under the decrees on endangered species. */
    LEGAL_GROUP("legalGroup", true),
    /** Commune where the species grows or the community holds its knowledge. */
    COMMUNE("commune", true),
    /** Former district (before 2025) of the same records. */
    DISTRICT("district", true),
    /** Whether a 3D model of the species is held: value "yes". */
    HAS_3D("has3d", false),
    /** Whether a product of the species carries a geographical indication: value "yes". */
    HAS_GI("hasGi", false);

    /** The value of the yes/no facets. */
    public static final String YES = "yes";

    private final String key;
    private final boolean multiValued;

    SearchFacet(String key, boolean multiValued) {
        this.key = key;
        this.multiValued = multiValued;
    }

    /** Name of the facet in the API and in the index ("family", "ethnicGroup"). */
    public String key() {
        return key;
    }

    /** Whether one resource may have several values. */
    boolean multiValued() {
        return multiValued;
    }

    /** The facet with this key, ignoring case. */
    public static Optional<SearchFacet> ofKey(String key) {
        return Arrays.stream(values()).filter(facet -> facet.key.toLowerCase(Locale.ROOT)
                .equals(key == null ? null : key.toLowerCase(Locale.ROOT))).findFirst();
    }
}
