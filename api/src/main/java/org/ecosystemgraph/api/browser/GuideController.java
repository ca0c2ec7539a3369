package org.ecosystemgraph.api.browser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecosystemgraph.database.QueryLibrary;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * The query library as a Neo4j Browser guide ({@code :play http://localhost:8080/guides/queries.html}): one slide
 * per question, with a runnable block that sets the parameters and one with the query.
 */
@Controller
class GuideController {

    private static final Pattern BROWSER_PARAMETER = Pattern.compile(":param\\s+(\\w+)\\s*=>\\s*([^\\s]+)");

    private final String guide;

    GuideController() {
        this.guide = render(QueryLibrary.bundled());
    }

    @GetMapping(value = "/guides/queries.html", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String queries() {
        return guide;
    }

    static String render(QueryLibrary library) {
        StringBuilder html = new StringBuilder("""
                <article class="guide">
                  <carousel class="deck container-fluid">
                    <slide class="row-fluid">
                      <div class="col-sm-12">
                        <h3>ecosystem-graph: questions for policy researchers</h3>
                        <p>Each slide asks one question of the 産学官金 network of Sendai, Miyagi and Tohoku. Run the
                        first block to set the parameters, then the query; change the parameters to ask again.
                        The same queries are the files of <code>cypher/queries</code> and run with
                        <code>./kg cypher NAME</code>.</p>
                        <ul>
                """);
        for (var query : library.queries()) {
            html.append("          <li>").append(escape(query.question())).append("</li>\n");
        }
        html.append("        </ul>\n      </div>\n    </slide>\n");
        for (var query : library.queries()) {
            html.append("    <slide class=\"row-fluid\">\n      <div class=\"col-sm-12\">\n");
            html.append("        <h3>").append(escape(query.name())).append("</h3>\n");
            html.append("        <p>").append(escape(query.question())).append("</p>\n");
            if (!query.parameters().isEmpty()) {
                html.append("        <pre class=\"pre-scrollable code runnable\">")
                        .append(escape(parameters(query)))
                        .append("</pre>\n");
            }
            html.append("        <pre class=\"pre-scrollable code runnable\">")
                    .append(escape(query.cypher()))
                    .append("</pre>\n      </div>\n    </slide>\n");
        }
        html.append("  </carousel>\n</article>\n");
        return html.toString();
    }

    /** {@code :params {...}} with the example values the file's header gives, null for the others. */
    private static String parameters(QueryLibrary.Query query) {
        Map<String, String> values = new LinkedHashMap<>();
        query.parameters().forEach(name -> values.put(name, "null"));
        Matcher matcher = BROWSER_PARAMETER.matcher(query.header());
        while (matcher.find()) {
            if (values.containsKey(matcher.group(1))) {
                values.put(matcher.group(1), matcher.group(2));
            }
        }
        List<String> entries = new ArrayList<>();
        values.forEach((name, value) -> entries.add(name + ": " + value));
        return ":params {" + String.join(", ", entries) + "}";
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
