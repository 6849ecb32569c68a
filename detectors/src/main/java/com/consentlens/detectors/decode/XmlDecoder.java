package com.consentlens.detectors.decode;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * XML bodies (older ad and payment SDKs, SOAP, plists): every element's text and every attribute becomes a
 * child with an XPath-like path ({@code /req/device/imei}, {@code /req/item[2]/@id}) and the element or
 * attribute name as its key, so {@code <androidId>…</androidId>} is read under an identifier key as a JSON
 * member would be. Read with the JDK's StAX parser with DTDs and external entities off (no XXE, no entity
 * expansion); a document that breaks off keeps the values read before the break, and nesting beyond
 * {@code maxJsonDepth} stops the walk with the {@code depth} limit.
 */
public final class XmlDecoder implements Decoder {
    /** StAX factories are not promised to be thread-safe, and detection runs on several workers: one each. */
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(XmlDecoder::factory);
    private static final int MAX_SNIFF = 64;

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true); // local names; xmlns declarations are not attributes
        return f;
    }

    @Override
    public String name() {
        return "xml";
    }

    @Override
    public boolean structural() {
        return true;
    }

    /** Text whose first byte (after a byte order mark and spaces) is {@code <} followed by a name or {@code ?}. */
    @Override
    public boolean applies(View view) {
        if (view.kind() == View.Kind.URL || view.kind() == View.Kind.NUMBER) {
            return false;
        }
        byte[] b = view.array();
        int end = view.offset() + view.length();
        int i = JsonScanner.hasBom(b, view.offset(), end) ? view.offset() + 3 : view.offset();
        for (int limit = Math.min(end, i + MAX_SNIFF); i < limit; i++) {
            byte c = b[i];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return c == '<' && i + 1 < end && startsName(b[i + 1]) && view.isText();
            }
        }
        return false;
    }

    private static boolean startsName(byte c) {
        return c == '?' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    @Override
    public List<View> decode(View view, DecodeContext context) {
        List<View> out = new ArrayList<>();
        List<String> encoding = view.encodingWith("xml");
        List<Element> open = new ArrayList<>();
        int maxDepth = context.limits().maxJsonDepth();
        int maxValues = context.limits().maxViews();
        XMLStreamReader r = null;
        try {
            r = FACTORY.get().createXMLStreamReader(new ByteArrayInputStream(view.data()));
            while (r.hasNext()) {
                if (out.size() >= maxValues) {
                    context.hit("views");
                    break;
                }
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (open.size() >= maxDepth) {
                        context.hit("depth");
                        break;
                    }
                    String name = r.getLocalName();
                    Element parent = open.isEmpty() ? null : open.get(open.size() - 1);
                    String path = (parent == null ? "" : parent.path) + "/" + name + (parent == null ? "" : parent.index(name));
                    open.add(new Element(path, name));
                    for (int a = 0; a < r.getAttributeCount(); a++) {
                        String attribute = r.getAttributeLocalName(a);
                        add(out, view, encoding, path + "/@" + attribute, attribute, r.getAttributeValue(a));
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && !open.isEmpty()) {
                    Element e = open.remove(open.size() - 1);
                    add(out, view, encoding, e.path, e.name, e.text.toString());
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && !open.isEmpty()) {
                    open.get(open.size() - 1).text.append(r.getText());
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            // broken off or not XML after all: what was read so far stands, like a streaming parser's output
        } finally {
            close(r);
        }
        for (int k = open.size() - 1; k >= 0; k--) { // elements a break or a limit left open keep their text
            Element cut = open.get(k);
            add(out, view, encoding, cut.path, cut.name, cut.text.toString());
        }
        return out;
    }

    private static void add(List<View> out, View doc, List<String> encoding, String path, String key, String text) {
        String value = text.strip();
        if (!value.isEmpty()) {
            out.add(doc.part(value.getBytes(StandardCharsets.UTF_8), path, encoding, key, false));
        }
    }

    private static void close(XMLStreamReader r) {
        if (r != null) {
            try {
                r.close();
            } catch (XMLStreamException ignored) {
                // nothing held open: the input is an array
            }
        }
    }

    /** An open element: its path, name, text so far, and how many children of each name it has had. */
    private static final class Element {
        final String path;
        final String name;
        final StringBuilder text = new StringBuilder();
        final Map<String, Integer> seen = new HashMap<>();

        Element(String path, String name) {
            this.path = path;
            this.name = name;
        }

        /** "" for the first child of a name, "[2]" for the second, as XPath counts. */
        String index(String child) {
            int n = seen.merge(child, 1, Integer::sum);
            return n == 1 ? "" : "[" + n + "]";
        }
    }
}
