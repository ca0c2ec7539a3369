package org.ecosystemgraph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SourceDocumentTest {

    @Test
    void keeps_a_publication_date_as_precise_as_the_document_gives_it() {
        var plan =
                new SourceDocument("miyagi-business-environment-2005", "001.txt", "事業環境整備構想", "宮城県", "2005-12", null);
        assertThat(plan.publishedYear()).isEqualTo(2005);
    }

    @Test
    void rejects_a_date_written_in_another_form() {
        assertThatThrownBy(() -> new SourceDocument("x", "x.txt", "t", "p", "平成17年12月", null))
                .hasMessageContaining("published '平成17年12月'");
    }

    @Test
    void rejects_an_id_that_is_not_a_readable_key() {
        assertThatThrownBy(() -> new SourceDocument("Doc 1", "x.txt", "t", "p", "2005", null))
                .hasMessageContaining("id 'Doc 1'");
    }
}
