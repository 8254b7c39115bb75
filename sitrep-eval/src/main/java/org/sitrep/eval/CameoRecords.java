package org.sitrep.eval;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads PETRARCH validation records ({@code <Sentence id date>} with {@code <EventCoding sourcecode targetcode
 * eventcode>} or {@code <EventCoding noevents="True">}, and {@code <Text>}) by StAX, without DTDs or external
 * entities. The parse trees the records carry are not read: sitrep parses the text itself. Stateless.
 */
public final class CameoRecords {
    /** One expected event: CAMEO event, source and target codes ("" when the record leaves one out). */
    public record Coding(String event, String source, String target) {}

    /** One sentence: its id, text and expected events (empty: no event). */
    public record Record(String id, String text, List<Coding> codings) {}

    private CameoRecords() {}

    public static List<Record> read(InputStream in) throws IOException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<Record> out = new ArrayList<>();
        try {
            XMLStreamReader r = f.createXMLStreamReader(in);
            String id = null;
            StringBuilder text = null;
            List<Coding> codings = new ArrayList<>();
            while (r.hasNext()) {
                int e = r.next();
                if (e == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "Sentence" -> {
                            id = attr(r, "id");
                            codings = new ArrayList<>();
                        }
                        case "EventCoding" -> {
                            if (!"true".equalsIgnoreCase(attr(r, "noevents")) && !attr(r, "eventcode").isEmpty())
                                codings.add(new Coding(attr(r, "eventcode"), attr(r, "sourcecode"), attr(r, "targetcode")));
                        }
                        case "Text" -> text = new StringBuilder();
                        default -> { }
                    }
                } else if ((e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA) && text != null) {
                    text.append(r.getText());
                } else if (e == XMLStreamConstants.END_ELEMENT) {
                    if (r.getLocalName().equals("Text") && id != null) {
                        out.add(new Record(id, text.toString().strip().replaceAll("\\s+", " "), List.copyOf(codings)));
                        text = null;
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException("Not PETRARCH validation XML: " + e.getMessage(), e);
        }
        return out;
    }

    private static String attr(XMLStreamReader r, String name) {
        String v = r.getAttributeValue(null, name);
        return v == null ? "" : v.strip();
    }
}
