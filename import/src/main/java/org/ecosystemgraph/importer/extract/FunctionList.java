package org.ecosystemgraph.importer.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ecosystemgraph.model.SupportFunctionTaxonomy;

/**
 * The functions a heading's brackets or a table's cell list, as the taxonomy labels them: 交流・情報提供支援 (one
 * function, though it has a dot), 技術開発支援・技術移転支援 (two), 産業支援全般(中小企業振興・情報提供等).
 */
final class FunctionList {

    private FunctionList() {}

    static List<String> labels(SupportFunctionTaxonomy taxonomy, String text) {
        List<String> labels = new ArrayList<>();
        for (String part : text.split("[、,()]")) {
            String[] pieces = part.replaceAll("\\s+", "").replaceAll("等$", "").split("[・･]");
            // The longest run of pieces that names a function, so that 交流・情報提供支援 is not read as 交流.
            int i = 0;
            while (i < pieces.length) {
                int taken = 1;
                for (int j = pieces.length; j > i; j--) {
                    var function = function(taxonomy, String.join("・", Arrays.copyOfRange(pieces, i, j)));
                    if (function.isPresent()) {
                        if (!labels.contains(function.get())) {
                            labels.add(function.get());
                        }
                        taken = j - i;
                        break;
                    }
                }
                i += taken;
            }
        }
        return labels;
    }

    /** A label, alias or code of the taxonomy, or one of a function's cues standing alone (情報提供). */
    private static Optional<String> function(SupportFunctionTaxonomy taxonomy, String words) {
        if (words.isEmpty()) {
            return Optional.empty();
        }
        var named = taxonomy.find(words);
        if (named.isPresent()) {
            return Optional.of(named.get().label());
        }
        return taxonomy.functions().stream()
                .filter(function -> function.cues().contains(words))
                .map(SupportFunctionTaxonomy.Function::label)
                .findFirst();
    }
}
