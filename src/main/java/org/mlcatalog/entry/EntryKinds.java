package org.mlcatalog.entry;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The registry of kinds: finds the definition for a kind, an entity or a field name. */
@ApplicationScoped
public class EntryKinds {

    private final Map<Kind, EntryKind<?, ?>> byKind;

    public EntryKinds(@All List<EntryKind<?, ?>> kinds) {
        this.byKind = kinds.stream().collect(Collectors.toUnmodifiableMap(EntryKind::kind, Function.identity()));
    }

    public EntryKind<?, ?> of(Kind kind) {
        return byKind.get(kind);
    }

    public EntryKind<?, ?> of(Entry entry) {
        return byKind.values().stream()
                .filter(kind -> kind.entityType().isInstance(entry))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No kind for " + entry.getClass()));
    }

    /** Every kind's own fields, kind by kind in the order of {@link Kind}, each named once. */
    public List<String> ownFields() {
        return java.util.Arrays.stream(Kind.values())
                .flatMap(kind -> byKind.get(kind).fields().stream().sorted())
                .distinct()
                .toList();
    }

    /** The kinds, other than {@code except}, whose own fields include {@code field}. */
    public List<Kind> owningField(String field, Kind except) {
        return byKind.values().stream()
                .filter(kind -> kind.kind() != except && kind.fields().contains(field))
                .map(EntryKind::kind)
                .sorted()
                .toList();
    }
}
