package org.ecosystemgraph.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A public document the graph's facts come from; every fact names one as its source.
 *
 * @param id a stable, readable key such as {@code sendai-tohoku-agreement-2021}
 * @param file the text file of the document in the corpus
 * @param title the title as the publisher gives it
 * @param publisher who published it
 * @param published the publication date as precisely as known: {@code 2021-03-31}, {@code 2005-12} or {@code 2019}
 * @param summary what the document holds, in a sentence
 */
public record SourceDocument(String id, String file, String title, String publisher, String published, String summary) {

    private static final Pattern PARTIAL_ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public SourceDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(published, "published");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id '" + id + "' must be lower-case words joined by hyphens");
        }
        if (!PARTIAL_ISO_DATE.matcher(published).matches()) {
            throw new IllegalArgumentException(
                    "published '" + published + "' must be a date written YYYY, YYYY-MM or YYYY-MM-DD");
        }
    }

    /** The year of publication, the part of the date every document has. */
    public int publishedYear() {
        return Integer.parseInt(published.substring(0, 4));
    }
}
