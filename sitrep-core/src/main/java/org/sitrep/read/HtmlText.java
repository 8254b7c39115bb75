package org.sitrep.read;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns HTML (an article body, a feed item's content) into plain text a person would read: block elements become
 * paragraphs separated by a blank line, {@code <br>} a line break, inline whitespace collapses to one space;
 * scripts, styles and forms are dropped. The result is {@link TextNormalizer normalized}. Stateless, thread-safe.
 */
final class HtmlText {
    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure",
            "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
            "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "ul", "body", "html");
    private static final Set<String> SKIPPED = Set.of(
            "script", "style", "noscript", "template", "iframe", "svg", "button", "select", "textarea", "head");

    private HtmlText() {}

    /** Text of an HTML fragment. Plain text without any tag keeps its own line breaks. */
    static String fromFragment(String html) {
        if (html == null) return "";
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) return TextNormalizer.normalize(html);
        return of(Jsoup.parseBodyFragment(html).body());
    }

    /** Text of an element and everything inside it. */
    static String of(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            private int skipDepth = -1;
            private int preDepth = -1;

            @Override
            public void head(Node node, int depth) {
                if (skipDepth >= 0) return;
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (SKIPPED.contains(tag)) skipDepth = depth;
                    else if (tag.equals("br")) out.append('\n');
                    else if (BLOCKS.contains(tag)) paragraphBreak(out);
                    if (tag.equals("pre") && preDepth < 0) preDepth = depth;
                    if (tag.equals("td") || tag.equals("th")) out.append(' ');
                } else if (node instanceof TextNode t) {
                    if (preDepth >= 0) out.append(t.getWholeText());
                    else appendCollapsed(out, t.getWholeText());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (skipDepth == depth) {
                    skipDepth = -1;
                    return;
                }
                if (skipDepth >= 0) return;
                if (node instanceof Element e) {
                    if (preDepth == depth) preDepth = -1;
                    if (BLOCKS.contains(e.normalName())) paragraphBreak(out);
                }
            }
        }, root);
        return TextNormalizer.normalize(out.toString());
    }

    private static void paragraphBreak(StringBuilder out) {
        int n = out.length();
        while (n > 0 && out.charAt(n - 1) == ' ') n--;
        out.setLength(n);
        if (n == 0) return;
        if (out.charAt(n - 1) != '\n') out.append("\n\n");
        else if (n < 2 || out.charAt(n - 2) != '\n') out.append('\n');
    }

    private static void appendCollapsed(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                int n = out.length();
                if (n > 0 && out.charAt(n - 1) != ' ' && out.charAt(n - 1) != '\n') out.append(' ');
            } else {
                out.append(c);
            }
        }
    }
}
