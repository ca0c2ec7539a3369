package org.ecosystemgraph.importer.extract;

import java.util.regex.Pattern;
import org.ecosystemgraph.importer.dataset.DocumentText;
import org.ecosystemgraph.model.SupportFunctionTaxonomy;

/**
 * Directory tables (document 001's 表-2 and 表-3): tab-separated rows of name, address, phone and main functions.
 * A row is recognized by its phone number; the name and address stand in the two cells before it.
 */
final class DirectoryTableExtractor implements Extractor {

    private static final Pattern PHONE = Pattern.compile("0\\d{1,4}-\\d{1,4}-\\d{3,4}");

    private final SupportFunctionTaxonomy taxonomy;

    DirectoryTableExtractor(SupportFunctionTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    @Override
    public void extract(Reading reading, Candidates candidates) {
        DocumentText text = reading.text();
        for (int n = 1; n <= text.lineCount(); n++) {
            String[] cells = text.line(n).split("\t");
            int phone = -1;
            for (int c = 0; c < cells.length; c++) {
                if (PHONE.matcher(cells[c].strip()).matches()) {
                    phone = c;
                    break;
                }
            }
            if (phone < 2) {
                continue;
            }
            String name = cells[phone - 2].strip();
            String address = cells[phone - 1].strip();
            if (name.isEmpty()
                    || !candidates.organization(name, address, cells[phone].strip(), Candidates.at(n, name))) {
                continue;
            }
            if (phone + 1 < cells.length) {
                for (String label : FunctionList.labels(taxonomy, cells[phone + 1])) {
                    candidates.provides(name, label, Candidates.at(n, name));
                }
            }
        }
    }
}
