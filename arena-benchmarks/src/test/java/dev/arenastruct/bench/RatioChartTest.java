package dev.arenastruct.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The SVG chart of a made-up run is well-formed XML (the JDK's parser reads it) and holds, per
 * group, a bar per variant in the table's order, the line at 1.0 and the line at the unsafe ratio.
 */
class RatioChartTest {
    @Test
    void chartIsWellFormedWithABarPerVariantAndBothReferenceLines() throws Exception {
        Map<String, Map<String, RatioTable.Cell>> groups = RatioTable.groups(SyntheticRuns.twoGroups().results());
        String svg = RatioChart.render(groups, "arena-benchmarks <test> & \"chart\"");

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", document.getDocumentElement().getLocalName());
        assertEquals("http://www.w3.org/2000/svg", document.getDocumentElement().getNamespaceURI());

        NodeList groupElements = document.getElementsByTagNameNS("*", "g");
        assertEquals(2, groupElements.getLength());
        Element batch = (Element) groupElements.item(0);
        assertEquals("BatchCycleBench", batch.getAttribute("data-group"));
        assertEquals(List.of("flyweightAllocate", "flyweightAllocate (stale checks off)", "flyweightArray", "ffm",
                "unsafe", "pool"), barVariants(batch));
        Element decode = (Element) groupElements.item(1);
        assertEquals(List.of("flyweight", "flyweightStatic", "ffm", "unsafe", "sbe"), barVariants(decode));

        // both groups share one x scale, so a bar's width is its ratio times a common factor
        double ffmWidth = barWidth(batch, "ffm");
        assertEquals(1.6 * ffmWidth, barWidth(batch, "flyweightAllocate"), 0.2);
        assertEquals(0.5 * ffmWidth, barWidth(decode, "unsafe"), 0.2);
        // the reference lines stand where the ffm and unsafe bars end
        assertEquals(310 + ffmWidth, lineX(decode, "baseline"), 0.2);
        assertEquals(310 + barWidth(decode, "unsafe"), lineX(decode, "unsafe"), 0.2);
    }

    private static List<String> barVariants(Element group) {
        List<String> variants = new ArrayList<>();
        NodeList rects = group.getElementsByTagNameNS("*", "rect");
        for (int i = 0; i < rects.getLength(); i++) {
            Element rect = (Element) rects.item(i);
            if (rect.getAttribute("class").equals("bar")) {
                variants.add(rect.getAttribute("data-variant"));
            }
        }
        return variants;
    }

    private static double barWidth(Element group, String variant) {
        NodeList rects = group.getElementsByTagNameNS("*", "rect");
        for (int i = 0; i < rects.getLength(); i++) {
            Element rect = (Element) rects.item(i);
            if (rect.getAttribute("data-variant").equals(variant)) {
                return Double.parseDouble(rect.getAttribute("width"));
            }
        }
        throw new AssertionError("no bar for " + variant);
    }

    private static double lineX(Element group, String line) {
        NodeList lines = group.getElementsByTagNameNS("*", "line");
        for (int i = 0; i < lines.getLength(); i++) {
            Element element = (Element) lines.item(i);
            if (element.getAttribute("class").equals(line)) {
                return Double.parseDouble(element.getAttribute("x1"));
            }
        }
        throw new AssertionError("no " + line + " line");
    }
}
