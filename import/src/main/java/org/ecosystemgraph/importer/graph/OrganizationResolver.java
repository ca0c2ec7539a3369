package org.ecosystemgraph.importer.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ecosystemgraph.model.OrganizationNames;

/**
 * Decides which organization a name means. Every name, legal name, alias and English name of a known organization is
 * reduced to its key ({@link OrganizationNames#key}); a name resolves to the organization that holds its key. What
 * merged with what, and why, is kept for the import report.
 */
public final class OrganizationResolver {

    /** One decision: a spelling taken as an organization known under another one. */
    public record Decision(String spelling, String organization, String reason) {}

    private final Map<String, String> idByKey = new HashMap<>();
    private final Map<String, String> nameById = new HashMap<>();
    private final List<Decision> decisions = new ArrayList<>();

    /** Learns the organizations already in the graph: their ids and the keys of all their names. */
    public void know(String id, String name, Collection<String> keys) {
        nameById.put(id, name);
        keys.forEach(key -> idByKey.putIfAbsent(key, id));
    }

    /**
     * The id for an organization record with these spellings: the id of the known organization that holds any of their
     * keys, or a new id made from the key of the first spelling. Registers every key for the id.
     */
    public String identify(String name, List<String> otherSpellings, String document) {
        List<String> spellings = new ArrayList<>();
        spellings.add(name);
        spellings.addAll(otherSpellings);
        Set<String> keys = new LinkedHashSet<>();
        spellings.forEach(spelling -> keys.add(OrganizationNames.key(spelling)));

        Optional<String> known =
                keys.stream().map(idByKey::get).filter(id -> id != null).findFirst();
        String id = known.orElse(OrganizationNames.key(name));
        if (known.isPresent()) {
            String knownName = nameById.getOrDefault(id, id);
            if (!OrganizationNames.clean(name).equals(knownName)) {
                String matchedKey = keys.stream()
                        .filter(key -> id.equals(idByKey.get(key)))
                        .findFirst()
                        .orElseThrow();
                String reason = matchedKey.equals(OrganizationNames.key(knownName))
                        ? "same name once legal form, width and spacing are normalized"
                        : "'" + matchedKey + "' is a known spelling (alias) of it";
                decisions.add(new Decision(name, knownName, reason));
            }
        } else {
            nameById.put(id, OrganizationNames.withoutLegalForm(name));
        }
        for (String key : keys) {
            String holder = idByKey.putIfAbsent(key, id);
            if (holder != null && !holder.equals(id)) {
                decisions.add(new Decision(
                        key,
                        nameById.getOrDefault(holder, holder),
                        "also a spelling of '" + nameById.getOrDefault(id, id) + "' in " + document
                                + "; kept with the first"));
            }
        }
        return id;
    }

    /** The organization a reference names, if any record defined it. */
    public Optional<String> resolve(String name) {
        return Optional.ofNullable(idByKey.get(OrganizationNames.key(name)));
    }

    public List<Decision> decisions() {
        return decisions;
    }
}
