package vn.laocai.museum.app.about;

import java.util.Objects;
import vn.laocai.museum.ontology.DocumentCatalog;
import vn.laocai.museum.ontology.DocumentKind;
import vn.laocai.museum.ontology.GraphStore;
import vn.laocai.museum.ontology.MuseumGraph;
import vn.laocai.museum.ontology.ReferenceCatalog;
import vn.laocai.museum.ontology.References;
import vn.laocai.museum.ontology.SpeciesCatalog;

/**
 * What the public dataset holds, counted from the public graph at the moment of asking.
 *
 * <pre>{@code
 * DatasetFigures.count(store, species, documents, references).species();   // 46
 * }</pre>
 */
public record DatasetFigures(long triples, int species, int remedies, int stories, int knowledge, int districts, int communes,
        int marks, int lists, int instruments) {

    public static DatasetFigures count(GraphStore store, SpeciesCatalog species, DocumentCatalog documents, ReferenceCatalog references) {
        Objects.requireNonNull(store, "store");
        References reference = references.read("vi");
        return new DatasetFigures(store.size(MuseumGraph.PUBLIC), species.list("vi").size(),
                documents.list(DocumentKind.REMEDY, "vi").size(), documents.list(DocumentKind.STORY, "vi").size(),
                documents.list(DocumentKind.KNOWLEDGE, "vi").size(), reference.districts().size(), reference.communes().size(),
                reference.marks().size(), reference.lists().size(), reference.instruments().size());
    }
}
