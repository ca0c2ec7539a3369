package org.ecosystemgraph.importer.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import org.ecosystemgraph.importer.dataset.DatasetException;
import org.ecosystemgraph.model.SourceDocument;

/** The {@code documents.yaml} of a corpus: which documents there are, with title, publisher and date. */
final class Catalogue {

    static final String FILE = "documents.yaml";

    private record Content(List<SourceDocument> documents) {}

    private Catalogue() {}

    static List<SourceDocument> read(String name, InputStream in) throws IOException {
        var yaml = new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        Content content;
        try {
            content = yaml.readValue(in, Content.class);
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ": ";
            String message = e.getOriginalMessage() == null ? e.toString() : e.getOriginalMessage();
            throw new DatasetException(
                    name, List.of(at + message.lines().findFirst().orElse(message)));
        }
        if (content == null
                || content.documents() == null
                || content.documents().isEmpty()) {
            throw new DatasetException(name, List.of("documents: lists no document"));
        }
        var ids = new HashSet<String>();
        for (SourceDocument document : content.documents()) {
            if (!ids.add(document.id())) {
                throw new DatasetException(name, List.of("documents: the id " + document.id() + " appears twice"));
            }
        }
        return content.documents();
    }
}
