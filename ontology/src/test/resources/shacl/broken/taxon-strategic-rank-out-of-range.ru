# Strategic rank 12 of nine.
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

DELETE { sp:panax-notoginseng herb:strategicRank ?old } INSERT { sp:panax-notoginseng herb:strategicRank "12"^^xsd:int } WHERE { sp:panax-notoginseng herb:strategicRank ?old }
