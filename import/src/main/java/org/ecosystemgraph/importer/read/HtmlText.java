package org.ecosystemgraph.importer.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The main text of a web page through jsoup: its {@code main} (or {@code article}, or the body) without navigation,
 * headers, footers, scripts and forms; each heading, paragraph, list item and table row a line, the cells of a row
 * two spaces apart.
 */
final class HtmlText {

    private static final String DROPPED = "script, style, noscript, template, nav, header, footer, aside, form, iframe,"
            + " svg, button, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], [hidden],"
            + " .breadcrumb, .breadcrumbs, #breadcrumb, .skip, .pagetop";

    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "section",
            "article",
            "main",
            "li",
            "ul",
            "ol",
            "dl",
            "dt",
            "dd",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "tr",
            "table",
            "thead",
            "tbody",
            "caption",
            "blockquote",
            "pre",
            "address",
            "figure",
            "figcaption",
            "hr",
            "br",
            "body");

    ReadDocument read(String name, byte[] bytes) {
        Document page;
        try {
            // The charset comes from the page's meta tag or byte order mark, UTF-8 otherwise.
            page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException e) {
            throw new UnreadableDocument(name, "is not a web page that can be read (" + e.getMessage() + ")");
        }
        String title = page.title().isBlank() ? null : page.title().strip();
        Element main = mainPart(page);
        main.select(DROPPED).remove();
        String text = Lines.tidy(lines(main));
        if (text.isBlank()) {
            throw new UnreadableDocument(
                    name,
                    "has no text in the page itself (one that builds itself with JavaScript?):"
                            + " save its text, or its printable version, and give that");
        }
        return new ReadDocument(text, title != null ? title : Lines.first(text), ReadDocument.Format.HTML);
    }

    private static Element mainPart(Document page) {
        for (String selector : new String[] {"main", "[role=main]", "article", "#main", "#content", ".content"}) {
            Element candidate = page.selectFirst(selector);
            if (candidate != null && !candidate.text().isBlank()) {
                return candidate;
            }
        }
        return page.body();
    }

    /** One line per block (its start and end break the line), two spaces between the cells of a row. */
    private static String lines(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof TextNode text) {
                            out.append(text.text().replaceAll("\\s+", " "));
                        } else if (node instanceof Element element) {
                            String tag = element.normalName();
                            if (BLOCKS.contains(tag)) {
                                out.append('\n');
                            } else if ((tag.equals("td") || tag.equals("th")) && element.elementSiblingIndex() > 0) {
                                out.append("  ");
                            }
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                            out.append('\n');
                        }
                    }
                },
                root);
        return out.toString()
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .collect(Collectors.joining("\n"));
    }
}
