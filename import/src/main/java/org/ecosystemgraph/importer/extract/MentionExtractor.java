package org.ecosystemgraph.importer.extract;

import org.ecosystemgraph.model.OrganizationNames;

/**
 * Every organization a passage names becomes a candidate, quoted where it is first named; an alias the document
 * defines for it (以下「…」という, an acronym in brackets) is added to it and resolves its later mentions.
 */
final class MentionExtractor implements Extractor {

    private final OrganizationFinder finder;

    MentionExtractor(OrganizationFinder finder) {
        this.finder = finder;
    }

    @Override
    public void extract(Reading reading, Candidates candidates) {
        for (var named : reading.passages()) {
            for (var mention : named.mentions()) {
                if (mention.selfReference()) {
                    candidates.refersTo(mention.written(), mention.name()); // 本学, 当行: for the extractors after
                    continue;
                }
                // A department's name as written, or a short form of a name the document gave in full (仙台銀).
                if (!mention.written().equals(mention.name())
                        && !OrganizationNames.key(candidates.resolve(mention.written()))
                                .equals(OrganizationNames.key(mention.name()))) {
                    candidates.alias(mention.written(), mention.name());
                }
                var body = mention.body();
                if (body != null) {
                    // 東北大学 産学連携機構: the body a department is part of is named too.
                    candidates.organization(
                            body.written(), null, null, named.passage().source(body.start(), body.end()), body.guess());
                }
                candidates.organization(
                        mention.written(),
                        null,
                        null,
                        named.passage().source(mention.start(), mention.end()),
                        mention.guess());
                if (body != null) {
                    candidates.partOf(mention.written(), body.written());
                } else {
                    // ジェトロ仙台貿易情報センター: a unit whose name begins with a body the graph knows names that body.
                    candidates
                            .parentNamed(mention.written())
                            .ifPresent(parent -> candidates.organization(
                                    parent, null, null, named.passage().source(mention.start(), mention.end())));
                }
            }
            for (String[] alias : finder.aliases(named.passage().text(), named.mentions())) {
                candidates.alias(alias[0], alias[1]);
            }
        }
    }
}
