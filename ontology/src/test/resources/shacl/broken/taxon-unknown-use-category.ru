# A use category that is not in the vocabulary's list.
PREFIX herb:   <https://w3id.org/laocai-herbs/ns#>
PREFIX sp:     <https://w3id.org/laocai-herbs/id/species/>

INSERT DATA { sp:panax-notoginseng herb:useCategory herb:use-happiness }
