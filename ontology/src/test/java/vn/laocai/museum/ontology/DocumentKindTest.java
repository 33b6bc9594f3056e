package vn.laocai.museum.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentKindTest {

    @Test
    void the_iri_of_a_document_gives_its_kind_slug_and_page() {
        String iri = "https://w3id.org/laocai-herbs/id/remedy/nhuc-que-on-trung";
        DocumentKind kind = DocumentKind.ofIri(iri).orElseThrow();
        assertThat(kind).isEqualTo(DocumentKind.REMEDY);
        assertThat(kind.page(kind.slugOf(iri).orElseThrow())).isEqualTo("remedies/nhuc-que-on-trung");
        assertThat(DocumentKind.ofIri(DocumentKind.KNOWLEDGE.iri("red-dao-herbal-bath"))).contains(DocumentKind.KNOWLEDGE);
        assertThat(DocumentKind.ofIri(DocumentKind.STORY.iri("que-van-yen"))).contains(DocumentKind.STORY);
        assertThat(DocumentKind.ofIri(MuseumVocab.speciesIri("panax-notoginseng"))).contains(DocumentKind.SPECIES);
    }

    @Test
    void parts_of_documents_and_other_iris_are_no_document() {
        assertThat(DocumentKind.ofIri("https://w3id.org/laocai-herbs/id/species/panax-notoginseng#name-1")).isEmpty();
        assertThat(DocumentKind.ofIri("https://w3id.org/laocai-herbs/id/media/abc")).isEmpty();
        assertThat(DocumentKind.ofIri("https://w3id.org/laocai-herbs/id/remedy/")).isEmpty();
        assertThat(DocumentKind.REMEDY.slugOf(MuseumVocab.speciesIri("panax-notoginseng"))).isEmpty();
    }
}
