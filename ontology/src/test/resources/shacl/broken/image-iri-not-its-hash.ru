# The image under an IRI that is not its hash.
PREFIX dwc:    <http://rs.tdwg.org/dwc/terms/>
PREFIX schema: <https://schema.org/>
PREFIX skosxl: <http://www.w3.org/2008/05/skos-xl#>
PREFIX dct:    <http://purl.org/dc/terms/>
PREFIX herb:   <https://w3id.org/laocai-herbs/ns#>
PREFIX sp:     <https://w3id.org/laocai-herbs/id/species/>
PREFIX media:  <https://w3id.org/laocai-herbs/id/media/>
PREFIX tt:     <https://w3id.org/laocai-herbs/id/species/panax-notoginseng#>
PREFIX que:    <https://w3id.org/laocai-herbs/id/species/cinnamomum-cassia#>
PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>

DELETE { media:0ab3597d3170b6ba4f1679c687fb325de8579efc31269ff972227fd0c6ca0e0c ?p ?o . ?taxon schema:image media:0ab3597d3170b6ba4f1679c687fb325de8579efc31269ff972227fd0c6ca0e0c }
INSERT { media:tam-that ?p ?o . ?taxon schema:image media:tam-that }
WHERE { media:0ab3597d3170b6ba4f1679c687fb325de8579efc31269ff972227fd0c6ca0e0c ?p ?o . ?taxon schema:image media:0ab3597d3170b6ba4f1679c687fb325de8579efc31269ff972227fd0c6ca0e0c }
