package org.ecosystemgraph.importer.extract;

import java.util.ArrayList;
import java.util.List;
import org.ecosystemgraph.importer.dataset.DocumentText;

/**
 * A document as the extractors read it: its lines, its passages, the organizations each passage names, and the date
 * it bears (which gives the year to a date written without one).
 */
final class Reading {

    /** A passage with the organizations it names, in order. */
    record Named(Passage passage, List<OrganizationFinder.Mention> mentions) {}

    private final String document;
    private final DocumentText text;
    private final List<Named> passages;
    private final String published;

    private Reading(String document, DocumentText text, List<Named> passages, String published) {
        this.document = document;
        this.text = text;
        this.passages = passages;
        this.published = published;
    }

    static Reading of(String document, String text, String published, OrganizationFinder finder) {
        var lines = new DocumentText(text);
        List<Named> named = new ArrayList<>();
        for (Passage passage : Passages.of(lines)) {
            named.add(new Named(passage, finder.find(passage.text())));
        }
        return new Reading(document, lines, SelfReferences.resolve(named), published);
    }

    String document() {
        return document;
    }

    DocumentText text() {
        return text;
    }

    List<Named> passages() {
        return passages;
    }

    /** How many passages open a document, as its title, date and publisher do. */
    private static final int OPENING = 6;

    /**
     * The council or association a document's opening names (its title, mostly): the body its lists of members and
     * officers belong to when they do not name one. Null when the opening names none.
     */
    String titledBody() {
        return passages.stream()
                .limit(OPENING)
                .flatMap(named -> named.mentions().stream())
                .filter(mention -> mention.isConsortium()
                        || mention.taken()
                                .map(guess ->
                                        guess.kind() == org.ecosystemgraph.model.OrganizationKind.INDUSTRY_ASSOCIATION)
                                .orElse(false))
                .map(OrganizationFinder.Mention::written)
                .findFirst()
                .orElse(null);
    }

    /** Every organization the passages name, in order. */
    List<OrganizationFinder.Mention> mentions() {
        return passages.stream().flatMap(named -> named.mentions().stream()).toList();
    }

    /** The document's date as ISO (2021-03-31, 2021-03 or 2021), or null. */
    String published() {
        return published;
    }
}
