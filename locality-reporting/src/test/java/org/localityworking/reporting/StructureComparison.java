package org.localityworking.reporting;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The element and attribute structure of an HTML document, for comparing what a template wrote. */
final class StructureComparison {
    private StructureComparison() {
    }

    /** {@return every element in document order as {@code tag[attr,attr]}, ignoring attribute values} */
    static List<String> structure(String html) {
        Document doc = Jsoup.parse(html);
        List<String> out = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            StringBuilder b = new StringBuilder(e.tagName()).append('[');
            for (Attribute a : e.attributes()) {
                b.append(a.getKey()).append(',');
            }
            out.add(b.append(']').toString());
        }
        return out;
    }
}
