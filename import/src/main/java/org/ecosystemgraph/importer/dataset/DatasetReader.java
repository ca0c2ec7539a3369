package org.ecosystemgraph.importer.dataset;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Reads dataset files strictly: unknown keys, wrong types, unknown codes and duplicate keys are errors that name the
 * file, the line and column, and the field.
 */
public final class DatasetReader {

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    public Dataset read(String file, InputStream in) {
        Dataset dataset;
        try {
            dataset = yaml.readValue(in, Dataset.class);
        } catch (JsonProcessingException e) {
            throw new DatasetException(file, List.of(describe(e)));
        } catch (IOException e) {
            throw new DatasetException(file, List.of("cannot be read: " + e.getMessage()));
        }
        if (dataset == null) {
            throw new DatasetException(file, List.of("is empty"));
        }
        if (dataset.document() == null) {
            throw new DatasetException(file, List.of("document: required (the id of the document in documents.yaml)"));
        }
        return dataset;
    }

    private static String describe(JsonProcessingException e) {
        StringBuilder message = new StringBuilder();
        if (e.getLocation() != null) {
            message.append("line ")
                    .append(e.getLocation().getLineNr())
                    .append(", column ")
                    .append(e.getLocation().getColumnNr());
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            message.append(", at ").append(path(mapping.getPath()));
        }
        String original = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        message.append(": ").append(original.lines().findFirst().orElse(original));
        return message.toString();
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
