package org.ecosystemgraph.importer.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
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

    /** The body a document's first passage names, when it names only one (岩手県知財総合支援窓口｜…); or null. */
    String titleAlone() {
        var opening = passages.isEmpty() ? null : passages.get(0);
        return opening != null && opening.mentions().size() == 1
                ? opening.mentions().get(0).written()
                : null;
    }

    /** The words by which a body's own text speaks of it: 私たち, 当法人, 弊社, 当所 (a chamber). */
    private static final Pattern FIRST_PERSON = Pattern.compile("私たち|私ども|我々|わたしたち|当法人|弊社|弊行|当社では|当所");

    /** How often a document must call itself 本市 (当行, 本学) before its sentences without a subject are its own. */
    private static final int VOICE = 3;

    /**
     * The body a document speaks as: the one it calls itself often (本市, 本学: a city's plan says 「…を支援します」 of
     * itself), or else, in an interview or a body's own page written in the first person (私たちは…), the body its
     * title names alone. Null when it speaks as none.
     */
    String voice() {
        Map<String, Integer> counts = new HashMap<>();
        for (var named : passages) {
            for (var mention : named.mentions()) {
                if (mention.selfReference()) {
                    counts.merge(mention.name(), 1, Integer::sum);
                }
            }
        }
        String often = counts.entrySet().stream()
                .filter(entry -> entry.getValue() >= VOICE)
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
        if (often != null) {
            return often;
        }
        boolean firstPerson = passages.stream()
                .anyMatch(named -> FIRST_PERSON.matcher(named.passage().text()).find());
        return firstPerson ? titleAlone() : null;
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
