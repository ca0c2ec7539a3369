package org.ecosystemgraph.importer.dataset;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;

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

    public Dataset read(String file, InputStream in) {
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
        return dataset;
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

    private static String describe(JsonProcessingException e, String text) {
        StringBuilder message = new StringBuilder();
        if (e.getLocation() != null) {
            int line = lineOf(e, text);
            message.append("line ").append(line);
            if (line == e.getLocation().getLineNr()) {
                message.append(", column ").append(e.getLocation().getColumnNr());
            }
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            message.append(", at ").append(path(mapping.getPath()));
        }
        String original = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        message.append(": ").append(original.lines().findFirst().orElse(original));
        return message.toString();
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
