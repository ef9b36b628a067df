package io.anxin.channel.email;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An HTML letter reduced to its text. Nothing of the HTML is ever rendered or followed: scripts, styles, images
 * and links' targets are dropped, and the quoted history that mail clients wrap in their own elements goes with
 * them, so only what the customer wrote reaches triage.
 */
final class HtmlText {

    /** Where webmail and desktop clients put the letter being answered or forwarded, and their signatures. */
    private static final String QUOTED = "blockquote, div.gmail_quote, div.gmail_signature, div.moz-cite-prefix,"
            + " div.moz-signature, #divRplyFwdMsg, #appendonsend, div#appendonsend ~ *, #divRplyFwdMsg ~ *,"
            + " div.yahoo_quoted, #isForwardContent, #isReplyContent, div.ntes-mailmaster-quote, #QQMailSignature,"
            + " #ntes-pcmac-signature, #netease_mail_footer, div.signature";

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
            "table", "ul", "ol", "pre", "hr", "section", "article", "header", "footer", "dd", "dt");

    private HtmlText() {}

    static String of(String html) {
        Document document = Jsoup.parse(html);
        document.select("script, style, head, title, noscript, template, object, iframe, svg").remove();
        document.select(QUOTED).remove();
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    text.append(t.text());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    newLine(text);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName()) && !"br".equals(e.normalName())) {
                    newLine(text);
                }
            }
        }, document.body());
        return text.toString().replace('\u00a0', ' ').replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static void newLine(StringBuilder text) {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
    }
}
