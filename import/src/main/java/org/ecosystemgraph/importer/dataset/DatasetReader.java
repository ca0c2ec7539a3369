package org.ecosystemgraph.importer.dataset;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads dataset files strictly: unknown keys, wrong types, unknown codes and duplicate keys are errors that name the
 * file, the line and column, and the field.
 */
public final class DatasetReader {

    /** Datasets larger than this are refused before parsing: a reviewed dataset of one document is far smaller. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;

    private final ObjectMapper yaml = new ObjectMapper(
                    YAMLFactory.builder().loaderOptions(loaderOptions()).build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** A dataset with where its records stand in its file. */
    public record Located(Dataset dataset, RecordLines lines) {}

    public Dataset read(String file, InputStream in) {
        return readLocated(file, in).dataset();
    }

    public Located readLocated(String file, InputStream in) {
        String text = decode(file, readBounded(file, in));
        if (text.isBlank()) {
            throw new DatasetException(file, List.of("is empty"));
        }
        Dataset dataset;
        try {
            dataset = yaml.readValue(text, Dataset.class);
        } catch (JsonProcessingException e) {
            throw new DatasetException(file, List.of(describe(e, text)));
        }
        if (dataset == null) {
            throw new DatasetException(file, List.of("is empty"));
        }
        if (dataset.document() == null) {
            throw new DatasetException(file, List.of("document: required (the id of the document in documents.yaml)"));
        }
        return new Located(dataset, RecordLines.of(text));
    }

    private static LoaderOptions loaderOptions() {
        var options = new LoaderOptions();
        options.setCodePointLimit(MAX_BYTES);
        return options;
    }

    private static byte[] readBounded(String file, InputStream in) {
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new DatasetException(
                        file,
                        List.of("is larger than " + MAX_BYTES / (1024 * 1024) + " MB; split the dataset or trim it"));
            }
            return bytes;
        } catch (IOException e) {
            throw new DatasetException(file, List.of("cannot be read: " + e.getMessage()));
        }
    }

    /** Strict UTF-8: a malformed byte is reported with its line, not replaced. */
    private static String decode(String file, byte[] bytes) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        try {
            String text = decoder.decode(input).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            int line = 1;
            for (int i = 0; i < input.position() && i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new DatasetException(
                    file,
                    List.of("line " + line
                            + ": is not UTF-8 (byte 0x%02X at offset %d); save the file as UTF-8"
                                    .formatted(bytes[input.position()] & 0xFF, input.position())));
        }
    }

    /** What is wrong where, in the words of a dataset's author: its line and column, its field, no Java names. */
    private static String describe(JsonProcessingException e, String text) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MarkedYAMLException yaml) {
                return syntax(yaml);
            }
        }
        StringBuilder message = new StringBuilder();
        if (e.getLocation() != null) {
            int line = lineOf(e, text);
            message.append("line ").append(line);
            if (line == e.getLocation().getLineNr()) {
                message.append(", column ").append(e.getLocation().getColumnNr());
            }
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            message.append(", ").append(path(mapping.getPath()));
        }
        return message.append(": ").append(problem(e)).toString();
    }

    /** The commonest YAML syntax errors, in the words of what to do about them. */
    private static final Map<String, String> PLAIN_YAML = new LinkedHashMap<>();

    static {
        PLAIN_YAML.put("expected <block end>", "this line is indented differently from the lines of its record");
        PLAIN_YAML.put("that cannot start any token", "a tab: YAML indents with spaces only");
        PLAIN_YAML.put("found unexpected end of stream", "a quote is opened and never closed");
        PLAIN_YAML.put("mapping values are not allowed here", "a ': ' inside a value: put the value in quotes");
        PLAIN_YAML.put("expected the node content", "a value is missing here");
    }

    /** A YAML syntax error at the mark of its problem (SnakeYAML's lines and columns count from 0). */
    private static String syntax(MarkedYAMLException yaml) {
        var mark = yaml.getProblemMark() != null ? yaml.getProblemMark() : yaml.getContextMark();
        StringBuilder message = new StringBuilder();
        if (mark != null) {
            message.append("line ")
                    .append(mark.getLine() + 1)
                    .append(", column ")
                    .append(mark.getColumn() + 1)
                    .append(": ");
        }
        String problem = oneLine(yaml.getProblem());
        message.append("YAML syntax: ");
        PLAIN_YAML.entrySet().stream()
                .filter(plain -> problem.contains(plain.getKey()))
                .findFirst()
                .ifPresent(plain -> message.append(plain.getValue()).append(" — "));
        message.append(problem);
        if (yaml.getContext() != null) {
            message.append(" (").append(oneLine(yaml.getContext()));
            if (yaml.getContextMark() != null
                    && mark != null
                    && yaml.getContextMark().getLine() != mark.getLine()) {
                message.append(", which began on line ")
                        .append(yaml.getContextMark().getLine() + 1);
            }
            message.append(")");
        }
        return message.toString();
    }

    private static String problem(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            List<String> keys = unknown.getKnownPropertyIds().stream()
                    .map(String::valueOf)
                    .sorted()
                    .toList();
            return "'" + unknown.getPropertyName() + "' is not a key of this record; its keys are "
                    + String.join(", ", keys);
        }
        if (e instanceof InvalidFormatException invalid) {
            Class<?> type = invalid.getTargetType();
            if (type != null && type.isEnum()) {
                return "'" + invalid.getValue() + "' is not one of "
                        + String.join(
                                ", ",
                                java.util.Arrays.stream(type.getEnumConstants())
                                        .map(String::valueOf)
                                        .toList());
            }
            return "'" + invalid.getValue() + "' is not " + expected(type);
        }
        if (e instanceof MismatchedInputException mismatched) {
            Class<?> type = mismatched.getTargetType();
            if (type != null && (List.class.isAssignableFrom(type) || type.isArray())) {
                return "a list is expected here, such as [a, b] or lines starting with '- '";
            }
            if (type != null && !type.getName().startsWith("java.")) {
                return "a record of keys and values is expected here, such as {name: …, source: …}";
            }
            return "this is not " + expected(type);
        }
        String original = e.getOriginalMessage() == null ? "cannot be read" : e.getOriginalMessage();
        String first = oneLine(original);
        if (first.startsWith("Duplicate field ")) {
            return "the key " + first.substring("Duplicate field ".length()) + " appears twice in this record";
        }
        return first;
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a value of the expected kind";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a text";
        }
        return "a value of the expected kind";
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\n\\s*", " ");
    }

    /**
     * The line of the problem. For an unknown key the parser is already past it, so the line is that of the key itself:
     * the last line at or before the parser's position that starts with it.
     */
    private static int lineOf(JsonProcessingException e, String text) {
        int reported = e.getLocation().getLineNr();
        if (e instanceof UnrecognizedPropertyException unknown) {
            List<String> lines = text.lines().toList();
            for (int i = Math.min(reported, lines.size()) - 1; i >= 0; i--) {
                String line = lines.get(i).strip();
                if (line.startsWith("- ")) {
                    line = line.substring(2).strip();
                }
                if (line.startsWith(unknown.getPropertyName() + ":")) {
                    return i + 1;
                }
            }
        }
        return reported;
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (var reference : references) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
