# An ingredient uses a part its species does not list among its parts used.
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
PREFIX remedy: <https://w3id.org/laocai-herbs/id/remedy/>
PREFIX know:   <https://w3id.org/laocai-herbs/id/knowledge/>
PREFIX story:  <https://w3id.org/laocai-herbs/id/story/>
PREFIX bt:     <https://w3id.org/laocai-herbs/id/remedy/tam-that-powder#>
PREFIX kn:     <https://w3id.org/laocai-herbs/id/knowledge/dao-bath-herbs#>
DELETE DATA { bt:ingredient-1 herb:partUsed herb:part-root } ;
INSERT DATA { bt:ingredient-1 herb:partUsed herb:part-seed }
