package org.ordinancewatch.parse;

import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/** Every platform adapter, by the name source definitions and {@code POST /api/parse} use. */
@ApplicationScoped
public class AdapterRegistry {

    private final Map<String, Adapter> byName = new TreeMap<>();

    public AdapterRegistry(Instance<Adapter> adapters) {
        for (Adapter adapter : adapters) {
            Adapter previous = byName.put(adapter.name(), adapter);
            if (previous != null) {
                throw new IllegalStateException("two adapters are named '" + adapter.name() + "': "
                        + previous.getClass().getName() + " and " + adapter.getClass().getName());
            }
        }
    }

    public Optional<Adapter> find(String name) {
        return Optional.ofNullable(name == null ? null : byName.get(name));
    }

    public SortedSet<String> names() {
        return new TreeSet<>(byName.keySet());
    }
}
