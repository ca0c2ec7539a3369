package org.ecosystemgraph.api.review;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The review page at {@code /review/}. */
@Controller
@ConditionalOnProperty(name = "kg.review.enabled", matchIfMissing = true)
class ReviewPage {

    @GetMapping({"/review", "/review/"})
    String page() {
        return "forward:/review/index.html";
    }
}
