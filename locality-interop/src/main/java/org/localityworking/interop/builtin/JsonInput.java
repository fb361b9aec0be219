package org.localityworking.interop.builtin;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.localityworking.interop.ImportException;
import org.localityworking.interop.spi.ImportSource;

/**
 * A JSON file read into a tree that remembers where each object starts, so that an importer can name the line
 * and column of a bad record; or streamed, one record at a time ({@link #stream}). The file is checked as UTF-8
 * first; malformed JSON is one line naming where.
 */
final class JsonInput {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            // a key given twice in one object would keep one value and drop the other without a word
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(20_000_000).build()).build();

    final String file;
    final JsonNode root;
    private final Map<JsonNode, long[]> starts;

    private JsonInput(String file, JsonNode root, Map<JsonNode, long[]> starts) {
        this.file = file;
        this.root = root;
        this.starts = starts;
    }

    /**
     * @return the file's JSON, with where each object starts
     * @throws ImportException when the file is missing, not UTF-8, empty or not JSON, naming the line and column
     */
    static JsonInput read(ImportSource source) throws IOException {
        return stream(source, Set.of(), Set.of(), null, null);
    }

    /** Each element of a streamed array, given one at a time. */
    interface Elements {
        /**
         * Takes one element.
         *
         * @param group   the name of the array that holds the element ({@code asset} in a snapshot, {@code grants})
         * @param index   the element's place in that array, from 0
         * @param element the element alone, remembering where its objects start
         */
        void element(String group, int index, JsonInput element);
    }

    /**
     * Reads a JSON object file without holding one of its top-level fields: that field's value, an object of
     * arrays ({@code "records": {"asset": [...], ...}}), is given to {@code each} one element at a time, each with
     * its array's name as its group (or skipped when {@code each} is null), so memory holds one element, not the
     * file.
     *
     * @return the file's other top-level fields, with where each object starts (the streamed field left out)
     * @throws ImportException when the file is missing, not UTF-8, empty or not JSON, naming the line and column
     */
    static JsonInput streamGroups(ImportSource source, String groups, Elements each) throws IOException {
        return stream(source, Set.of(), Set.of(), groups, each);
    }

    /**
     * Reads a JSON object file without holding the top-level arrays named ({@code "grants": [...]}): each element
     * of each is given to {@code each} (or skipped when {@code each} is null), with the array's name as its group.
     *
     * @return the file's top-level fields, with where each object starts; a streamed array is there, empty, so that
     *         a caller can tell an array from a field that is missing or not an array (which is kept as it is)
     * @throws ImportException when the file is missing, not UTF-8, empty or not JSON, naming the line and column
     */
    static JsonInput streamArrays(ImportSource source, Set<String> arrays, Elements each) throws IOException {
        return stream(source, arrays, Set.of(), null, each);
    }

    /**
     * As {@link #streamArrays(ImportSource, Set, Elements)}, skipping the top-level fields named in {@code skipped}
     * without reading them into the tree (a read that needs only some of a file's tables).
     */
    static JsonInput streamArrays(ImportSource source, Set<String> arrays, Set<String> skipped, Elements each)
            throws IOException {
        return stream(source, arrays, skipped, null, each);
    }

    private static JsonInput stream(ImportSource source, Set<String> arrays, Set<String> skipped, String groups,
                                    Elements each) throws IOException {
        String file = source.name();
        IdentityHashMap<JsonNode, long[]> starts = new IdentityHashMap<>(); // by node, not by value
        try (Reader reader = InputFile.reader(source); JsonParser p = FACTORY.createParser(reader)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw ImportException.at(file, 1, "-", "", "the file is empty: it needs a JSON object");
            }
            JsonNode root = (arrays.isEmpty() && groups == null) || first != JsonToken.START_OBJECT ? value(p, starts)
                    : topLevel(p, file, starts, arrays, skipped, groups, each);
            if (p.nextToken() != null) {
                JsonLocation at = p.currentTokenLocation();
                throw ImportException.at(file, at.getLineNr(), Integer.toString(at.getColumnNr()), "",
                        "has more after the end of the JSON value");
            }
            return new JsonInput(file, root, starts);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String message = e.getOriginalMessage();
            int cut = message.indexOf('\n');
            message = cut < 0 ? message : message.substring(0, cut);
            throw ImportException.at(file, at == null ? 0 : at.getLineNr(), at == null ? "-" : Integer.toString(at.getColumnNr()),
                    "", "is not valid JSON: " + ImportException.shown(message));
        }
    }

    /** The top-level object, its streamed fields' elements given to {@code each} and left out of the tree. */
    private static ObjectNode topLevel(JsonParser p, String file, Map<JsonNode, long[]> starts, Set<String> arrays,
                                      Set<String> skipped, String groups, Elements each) throws IOException {
        ObjectNode root = new JsonNodeFactory(true).objectNode();
        JsonLocation at = p.currentTokenLocation();
        starts.put(root, new long[] {at.getLineNr(), at.getColumnNr()});
        while (next(p) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = next(p);
            if (skipped.contains(name)) {
                p.skipChildren();
            } else if (arrays.contains(name) && v == JsonToken.START_ARRAY) {
                root.putArray(name);
                if (each == null) {
                    p.skipChildren();
                } else {
                    elements(p, file, name, each);
                }
            } else if (!name.equals(groups)) {
                root.set(name, value(p, starts));
            } else if (each == null || v != JsonToken.START_OBJECT) {
                p.skipChildren();
            } else {
                while (next(p) == JsonToken.FIELD_NAME) {
                    String group = p.currentName();
                    if (next(p) != JsonToken.START_ARRAY) {
                        p.skipChildren();
                        continue;
                    }
                    elements(p, file, group, each);
                }
            }
        }
        return root;
    }

    /** Gives each element of the array at the parser's current token to {@code each}, one at a time. */
    private static void elements(JsonParser p, String file, String group, Elements each) throws IOException {
        int index = 0;
        while (next(p) != JsonToken.END_ARRAY) {
            IdentityHashMap<JsonNode, long[]> own = new IdentityHashMap<>(); // by node, not by value
            JsonNode element = value(p, own);
            each.element(group, index++, new JsonInput(file, element, own));
        }
    }

    /** @return the next token; a file that ends first is malformed */
    private static JsonToken next(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw new com.fasterxml.jackson.core.JsonParseException(p, "the JSON ends before its objects and arrays"
                    + " are closed", p.currentLocation());
        }
        return t;
    }

    /** Builds the value at the parser's current token, recording where each object starts. */
    private static JsonNode value(JsonParser p, Map<JsonNode, long[]> starts) throws IOException {
        JsonNodeFactory nodes = new JsonNodeFactory(true);
        Deque<JsonNode> stack = new ArrayDeque<>();
        JsonNode result = null;
        JsonToken t = p.currentToken();
        String name = null;
        while (true) {
            JsonNode made = null;
            switch (t) {
                case START_OBJECT -> {
                    ObjectNode o = nodes.objectNode();
                    JsonLocation at = p.currentTokenLocation();
                    starts.put(o, new long[] {at.getLineNr(), at.getColumnNr()});
                    attach(stack, name, o);
                    stack.push(o);
                }
                case START_ARRAY -> {
                    ArrayNode a = nodes.arrayNode();
                    attach(stack, name, a);
                    stack.push(a);
                }
                case END_OBJECT, END_ARRAY -> {
                    made = stack.pop();
                }
                case FIELD_NAME -> {
                    name = p.currentName();
                    t = p.nextToken();
                    continue;
                }
                case VALUE_STRING -> made = attach(stack, name, nodes.textNode(p.getText()));
                case VALUE_NUMBER_INT -> made = attach(stack, name, switch (p.getNumberType()) {
                    case INT -> nodes.numberNode(p.getIntValue());
                    case LONG -> nodes.numberNode(p.getLongValue());
                    default -> nodes.numberNode(p.getBigIntegerValue());
                });
                case VALUE_NUMBER_FLOAT -> made = attach(stack, name, nodes.numberNode(p.getDecimalValue()));
                case VALUE_TRUE -> made = attach(stack, name, nodes.booleanNode(true));
                case VALUE_FALSE -> made = attach(stack, name, nodes.booleanNode(false));
                case VALUE_NULL -> made = attach(stack, name, nodes.nullNode());
                default -> throw new IllegalStateException("unexpected JSON token " + t);
            }
            name = null;
            if (stack.isEmpty()) {
                result = made;
                break;
            }
            t = p.nextToken();
            if (t == null) {
                JsonLocation at = p.currentLocation();
                throw new com.fasterxml.jackson.core.JsonParseException(p, "the JSON ends before its objects and arrays"
                        + " are closed", at);
            }
        }
        return result;
    }

    private static JsonNode attach(Deque<JsonNode> stack, String name, JsonNode value) {
        JsonNode parent = stack.peek();
        if (parent instanceof ObjectNode o) {
            o.set(name, value);
        } else if (parent instanceof ArrayNode a) {
            a.add(value);
        }
        return value;
    }

    /**
     * {@return a value built in memory from a line of another file (a CSV row), every object in it placed at the
     *         start of that line, so that a problem with it names the line}
     */
    static JsonInput atLine(String file, JsonNode root, long line) {
        IdentityHashMap<JsonNode, long[]> starts = new IdentityHashMap<>(); // by node, not by value
        Deque<JsonNode> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            JsonNode n = todo.pop();
            if (n.isObject()) {
                starts.put(n, new long[] {line, 1});
            }
            n.elements().forEachRemaining(todo::push);
        }
        return new JsonInput(file, root, starts);
    }

    /** {@return a value within this file (a record nested in it), remembering where its objects start as the file does} */
    JsonInput element(JsonNode node) {
        return new JsonInput(file, node, starts);
    }

    /** {@return where the object starts: its line and column, or the file's start if it is not an object} */
    long[] at(JsonNode node) {
        return starts.getOrDefault(node, new long[] {0, 0});
    }

    /** {@return a refusal naming the object's line and column in the file, the field, and what is wrong with it} */
    ImportException error(JsonNode object, String field, String value, String rule) {
        return new ImportException(file, java.util.List.of(problem(object, field, value, rule)));
    }

    /**
     * {@return one problem at the object's line and column, the field named beside the column
     *         ({@code line 2, column 3 (grants[0].amountAwarded): "lots" is required: a number})}
     */
    ImportException.RowError problem(JsonNode object, String field, String value, String rule) {
        return problemAt(at(object), field, value, rule);
    }

    /** {@return one problem at a line and column ({@link #at}), as {@link #problem} gives it} */
    static ImportException.RowError problemAt(long[] at, String field, String value, String rule) {
        String column = at[0] < 1 ? "-" : at[1] + (field.isEmpty() ? "" : " (" + field + ")");
        return new ImportException.RowError(at[0], column, value, at[0] < 1 && !field.isEmpty() ? field + ": " + rule : rule);
    }

    /**
     * {@return the object's field as non-empty text; else a problem is added and "missing" returned}
     *
     * @param where the object's place, for the message ({@code grants[3]}), or "" for the field alone
     */
    String text(JsonNode object, String where, String field, java.util.List<ImportException.RowError> errors) {
        JsonNode v = object.path(field);
        if (!v.isTextual() || v.asText().isEmpty()) {
            errors.add(problem(object, where.isEmpty() ? field : where + "." + field, v.isMissingNode() ? "" : v.toString(),
                    "is required: a non-empty text"));
            return "missing";
        }
        return v.asText();
    }
}
