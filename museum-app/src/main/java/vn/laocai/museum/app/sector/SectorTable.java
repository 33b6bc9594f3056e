package vn.laocai.museum.app.sector;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import vn.laocai.museum.ontology.MuseumVocab;
import vn.laocai.museum.ontology.Queries;

/**
 * One kind of sector record staff keep — organisations, certifications, OCOP products, yearly
 * output, market prices — described once: its columns (the form's fields and the CSV header), the
 * columns that identify a record, how a new record's IRI is minted, and how values map to RDF and
 * back. {@link SectorEditor} does the rest the same way for every table.
 *
 * <p>Every table has a last column {@code sample}: what staff enter is real data unless they say
 * otherwise, so only a ticked box writes {@code dct:type herb:SampleData}.
 */
public abstract class SectorTable {

    public static final String SAMPLE = "sample";
    static final Resource SAMPLE_DATA = ResourceFactory.createResource(MuseumVocab.HERB + "SampleData");

    private final String key;
    private final Resource type;
    private final List<SectorColumn> columns;
    private final List<String> keyColumns;

    protected SectorTable(String key, Resource type, List<SectorColumn> columns, List<String> keyColumns) {
        this.key = Objects.requireNonNull(key, "key");
        this.type = Objects.requireNonNull(type, "type");
        List<SectorColumn> all = new ArrayList<>(columns);
        all.add(SectorColumn.of(SAMPLE, SectorColumn.Kind.BOOLEAN, false, null));
        this.columns = List.copyOf(all);
        this.keyColumns = List.copyOf(keyColumns);
    }

    /** The table's name in routes ({@code /staff/<key>}) and message keys ({@code sector.table.<key>}). */
    public String key() {
        return key;
    }

    /** The class every record of the table has. */
    public Resource type() {
        return type;
    }

    public List<SectorColumn> columns() {
        return columns;
    }

    public List<String> columnNames() {
        return columns.stream().map(SectorColumn::name).toList();
    }

    /** The columns whose values together name one record. */
    public List<String> keyColumns() {
        return keyColumns;
    }

    /** The IRI of a record not yet in the graph. */
    abstract String mint(Map<String, String> values);

    /** What every record of the table says besides its columns: its types, a currency… */
    abstract void constants(Resource record);

    /**
     * The resources staff wrote for this record, as the staff graph holds them: the record itself,
     * and whatever else a row of the table writes with it (an OCOP product's certificate). Empty
     * when staff never entered or corrected it.
     */
    List<String> parts(String iri, Model staff) {
        return staff.contains(staff.createResource(iri), null) ? List.of(iri) : List.of();
    }

    /** Whether an empty value in this column keeps what the graph holds rather than changing it. */
    boolean keptWhenEmpty(String column) {
        return false;
    }

    /** Faults that concern several fields of one row (a validity that ends before it starts). */
    List<FieldError> crossCheck(Map<String, String> values) {
        return List.of();
    }

    /** The records of the table in the public graph and whatever {@link #read} needs of them. */
    Query stored() {
        return Queries.load(SectorTable.class, "records");
    }

    Map<String, RDFNode> storedBindings() {
        return Map.of("type", type);
    }

    /**
     * The RDF of one record. Of a record already stored, what no column covers (a cited source) is
     * kept, so correcting a number does not lose the rest.
     */
    Model describe(String iri, Map<String, String> values, Model stored) {
        Model model = ModelFactory.createDefaultModel();
        Resource record = model.createResource(iri);
        constants(record);
        for (SectorColumn column : columns) {
            String value = SectorValues.clean(values.get(column.name()));
            if (column.property() != null && column.kind() == SectorColumn.Kind.REFERENCES) {
                column.slugs(value).forEach(slug -> record.addProperty(column.property(),
                        model.createResource(MuseumVocab.ID + column.iriBase() + slug)));
            } else if (column.property() != null && !value.isEmpty()) {
                record.addProperty(column.property(), node(column, value));
            }
        }
        if (Boolean.parseBoolean(SectorValues.clean(values.get(SAMPLE)))) {
            record.addProperty(DCTerms.type, SAMPLE_DATA);
        }
        if (stored != null) {
            keepUncovered(stored, stored.createResource(iri), model);
        }
        return model;
    }

    /** The values of a stored record, by column; empty text where the graph says nothing. */
    Map<String, String> read(Model stored, Resource record) {
        Map<String, String> values = new LinkedHashMap<>();
        for (SectorColumn column : columns) {
            values.put(column.name(), readColumn(record, column));
        }
        values.put(SAMPLE, String.valueOf(record.hasProperty(DCTerms.type, SAMPLE_DATA)));
        return values;
    }

    static String readColumn(Resource record, SectorColumn column) {
        if (column.kind() == SectorColumn.Kind.ID) {
            return slug(record.getURI());
        }
        if (column.property() == null) {
            return "";
        }
        if (column.kind() == SectorColumn.Kind.REFERENCES) {
            String base = MuseumVocab.ID + column.iriBase();
            return record.listProperties(column.property()).toList().stream().map(Statement::getObject).filter(RDFNode::isURIResource)
                    .map(node -> node.asResource().getURI()).map(uri -> uri.startsWith(base) ? uri.substring(base.length()) : uri)
                    .sorted().collect(java.util.stream.Collectors.joining(SectorColumn.SEPARATOR));
        }
        for (Statement statement : record.listProperties(column.property()).toList()) {
            RDFNode object = statement.getObject();
            if (object.isLiteral()) {
                if (column.language() == null || column.language().equals(object.asLiteral().getLanguage())) {
                    return object.asLiteral().getLexicalForm();
                }
            } else if (object.isURIResource()) {
                String uri = object.asResource().getURI();
                String base = column.kind() == SectorColumn.Kind.REFERENCE ? MuseumVocab.ID + column.iriBase() : column.iriBase();
                return base != null && uri.startsWith(base) ? uri.substring(base.length()) : uri;
            }
        }
        return "";
    }

    /** The properties the columns write: a stored record's other statements are kept. */
    Set<Property> covered() {
        Set<Property> properties = new HashSet<>();
        columns.stream().map(SectorColumn::property).filter(Objects::nonNull).forEach(properties::add);
        return properties;
    }

    private void keepUncovered(Model stored, Resource record, Model into) {
        Set<Property> covered = covered();
        for (Statement statement : record.listProperties().toList()) {
            boolean sampleFlag = statement.getPredicate().equals(DCTerms.type) && statement.getObject().equals(SAMPLE_DATA);
            if (!covered.contains(statement.getPredicate()) && !sampleFlag) {
                copy(statement, into);
            }
        }
    }

    /** A statement and, when it points at a blank node or a fragment of its subject (a cited source), that node's statements too. */
    static void copy(Statement statement, Model into) {
        into.add(statement);
        RDFNode object = statement.getObject();
        boolean fragment = object.isURIResource() && statement.getSubject().isURIResource()
                && object.asResource().getURI().startsWith(statement.getSubject().getURI() + "#");
        if (object.isAnon() || fragment) {
            statement.getObject().asResource().listProperties().forEach(inner -> copy(inner, into));
        }
    }

    static RDFNode node(SectorColumn column, String value) {
        return switch (column.kind()) {
            case TEXT -> column.language() == null ? ResourceFactory.createStringLiteral(value)
                    : ResourceFactory.createLangLiteral(value, column.language());
            case NUMBER -> ResourceFactory.createTypedLiteral(SectorValues.decimal(value).toPlainString(), XSDDatatype.XSDdecimal);
            case INTEGER -> ResourceFactory.createTypedLiteral(String.valueOf(Integer.parseInt(value)), XSDDatatype.XSDint);
            case DATE -> ResourceFactory.createTypedLiteral(value, XSDDatatype.XSDdate);
            case YEAR -> ResourceFactory.createTypedLiteral(value, XSDDatatype.XSDgYear);
            case BOOLEAN -> ResourceFactory.createTypedLiteral(String.valueOf(Boolean.parseBoolean(value)), XSDDatatype.XSDboolean);
            case CHOICE -> column.iriBase() == null ? ResourceFactory.createStringLiteral(value)
                    : ResourceFactory.createResource(column.iriBase() + value);
            case REFERENCE -> ResourceFactory.createResource(MuseumVocab.ID + column.iriBase() + value);
            case REFERENCES -> throw new IllegalArgumentException("A list of references is one statement per slug");
            case ID -> throw new IllegalArgumentException("An id column is the record's IRI, not a statement");
        };
    }

    /** Whether a stored value and an entered one say the same (1.50 is 1.5, an empty box is "false"). */
    static boolean same(SectorColumn column, String stored, String entered) {
        String a = SectorValues.clean(stored);
        String b = SectorValues.clean(entered);
        return switch (column.kind()) {
            case NUMBER -> {
                BigDecimal x = SectorValues.decimal(a);
                BigDecimal y = SectorValues.decimal(b);
                yield x == null || y == null ? a.equals(b) : x.compareTo(y) == 0;
            }
            case BOOLEAN -> Boolean.parseBoolean(a) == Boolean.parseBoolean(b);
            case REFERENCES -> column.slugs(a).equals(column.slugs(b));
            default -> a.equals(b);
        };
    }

    static String slug(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    static Property property(String namespace, String local) {
        return ResourceFactory.createProperty(namespace, local);
    }
}
