package vn.laocai.museum.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Splits a Markdown file into its YAML front matter and its body. Every value keeps the line it
 * came from, so errors can point at it.
 */
final class FrontMatter {

    /** A front-matter value (String, List of Value, or Map of String to Value) and its file line. */
    record Value(Object raw, int line) {

        @SuppressWarnings("unchecked")
        Map<String, Value> map() {
            return raw instanceof Map<?, ?> m ? (Map<String, Value>) m : Map.of();
        }

        @SuppressWarnings("unchecked")
        List<Value> list() {
            return raw instanceof List<?> l ? (List<Value>) l : List.of(this);
        }

        String text() {
            return raw instanceof String s ? s : null;
        }

        boolean isText() {
            return raw instanceof String;
        }
    }

    /** The parsed file: front matter fields, the Markdown body, and the line the body starts on. */
    record Parsed(Map<String, Value> fields, String body, int bodyLine) {}

    private FrontMatter() {}

    static Parsed parse(ContentFile file, List<ContentError> errors) {
        String text = file.text().replace("\r\n", "\n");
        if (!text.startsWith("---\n")) {
            errors.add(new ContentError(file.path(), 1, "the file must start with a '---' line opening the front matter"));
            return null;
        }
        int end = text.indexOf("\n---\n", 3);
        boolean endsAtEof = end < 0 && text.endsWith("\n---");
        if (end < 0 && !endsAtEof) {
            errors.add(new ContentError(file.path(), 1, "the front matter is not closed by a '---' line"));
            return null;
        }
        String yaml = endsAtEof ? text.substring(4, text.length() - 4) : text.substring(4, end + 1);
        String body = endsAtEof ? "" : text.substring(end + 5);
        int bodyLine = (int) yaml.lines().count() + 3;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            Node root = new Yaml(options).compose(new java.io.StringReader(yaml));
            if (!(root instanceof MappingNode)) {
                errors.add(new ContentError(file.path(), 2, "the front matter must be a set of 'key: value' lines"));
                return null;
            }
            @SuppressWarnings("unchecked")
            Map<String, Value> fields = (Map<String, Value>) convert(root).raw();
            return new Parsed(fields, body, bodyLine);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 2;
            errors.add(new ContentError(file.path(), line, "YAML: " + e.getProblem()));
            return null;
        } catch (RuntimeException e) {
            errors.add(new ContentError(file.path(), 2, "YAML: " + e.getMessage()));
            return null;
        }
    }

    private static Value convert(Node node) {
        // +2: line 1 is the opening '---', and SnakeYAML counts from 0.
        int line = node.getStartMark().getLine() + 2;
        return switch (node) {
            case ScalarNode scalar -> new Value(scalar.getValue(), line);
            case SequenceNode sequence -> {
                List<Value> items = new ArrayList<>();
                sequence.getValue().forEach(item -> items.add(convert(item)));
                yield new Value(items, line);
            }
            case MappingNode mapping -> {
                Map<String, Value> entries = new LinkedHashMap<>();
                for (NodeTuple tuple : mapping.getValue()) {
                    String key = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : String.valueOf(tuple.getKeyNode());
                    entries.put(key, convert(tuple.getValueNode()));
                }
                yield new Value(entries, line);
            }
            default -> new Value(null, line);
        };
    }
}
