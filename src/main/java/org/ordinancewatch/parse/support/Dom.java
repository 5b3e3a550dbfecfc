package org.ordinancewatch.parse.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/**
 * Structure questions adapters ask of every row, answered by a walk of the children or a single walk of the page
 * rather than a selector search below each row (which bench/parse.sh found to dominate parse time).
 */
public final class Dom {

    private Dom() {
    }

    /** Whether the element has a child element of that tag (what {@code "> th"} finds). */
    public static boolean hasChild(Element parent, String tag) {
        return child(parent, tag, 0) != null;
    }

    /** The element's child elements of that tag, in order (what {@code select("> td")} gives). */
    public static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < parent.childNodeSize(); i++) {
            if (parent.childNode(i) instanceof Element child && child.nameIs(tag)) {
                found.add(child);
            }
        }
        return found;
    }

    /**
     * The element's child of that tag at the index (what {@code select("> td").get(index)} gives), or null. The
     * child nodes are read in place: {@code children()} copies a list of the child elements at every call.
     */
    public static Element child(Element parent, String tag, int index) {
        int seen = 0;
        for (int i = 0; i < parent.childNodeSize(); i++) {
            if (parent.childNode(i) instanceof Element child && child.nameIs(tag) && seen++ == index) {
                return child;
            }
        }
        return null;
    }

    /** The elements among {@code elements} that have another of them below them, found with one walk up from each. */
    public static Set<Element> holders(List<Element> elements) {
        Set<Element> all = Collections.newSetFromMap(new IdentityHashMap<>());
        all.addAll(elements);
        Set<Element> holders = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element element : elements) {
            for (Element up = element.parent(); up != null; up = up.parent()) {
                if (all.contains(up) && !holders.add(up)) {
                    break; // the ones above it were marked when it was
                }
            }
        }
        return holders;
    }

    /**
     * The element's text without that of the descendants the evaluator (a tag or class, which a copy matches as the
     * original does) selects. Only an element that holds one is copied to take them out: copying every cell was
     * slow. A copy also loses the ancestors that keep whitespace ({@code <pre>}), so an element inside one is always
     * copied, so that the text is the same either way.
     */
    public static String textWithout(Element element, Evaluator removed) {
        boolean holdsOne = element.select(removed).stream().anyMatch(e -> e != element);
        if (!holdsOne && !insideWhitespaceKeeper(element)) {
            return element.text();
        }
        Element copy = element.clone();
        copy.select(removed).remove();
        return copy.text();
    }

    /** Whether an ancestor of the element keeps its text's whitespace ({@code <pre>}, {@code <textarea>}). */
    static boolean insideWhitespaceKeeper(Element element) {
        for (Element up = element.parent(); up != null; up = up.parent()) {
            if (up.tag().preserveWhitespace()) {
                return true;
            }
        }
        return false;
    }
}
