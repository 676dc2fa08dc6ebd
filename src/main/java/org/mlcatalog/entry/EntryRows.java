package org.mlcatalog.entry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.metamodel.mapping.BasicValuedModelPart;
import org.hibernate.metamodel.mapping.JdbcMapping;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.property.access.spi.Setter;
import org.hibernate.type.descriptor.WrapperOptions;

/**
 * Reads entries for the API's answers straight from their rows: one prepared statement over the
 * entry table and every kind's table, each column read and converted as Hibernate's mapping of it
 * says (its name, JDBC type and converter), without Hibernate's loading engine. That engine builds
 * and translates the SQL of a load by many ids again on every call, and registers every entity it
 * loads in the session; an answer needs neither.
 *
 * <p>The entities it returns are detached and meant only to be represented: writes load the
 * entities they change through Hibernate. Their stages and specializations come from the copies
 * the entry's row holds.
 */
@ApplicationScoped
public class EntryRows {

    /** A column of the statement: the position it is read from and the attribute it fills. */
    private record Column(int position, JdbcMapping mapping, Setter setter) {}

    /** How the row of one kind's entry becomes its entity. */
    private record KindMapping(EntryKind<?, ?> kind, List<Column> columns) {}

    private static final int DISCRIMINATOR_POSITION = 1;
    private static final int ID_POSITION = 2;
    private static final Set<String> COLLECTIONS_READ_FROM_COPIES = Set.of("stages", "specializations");

    private final String selectById;
    private final String selectByIds;
    private final Map<String, KindMapping> byDiscriminator;

    public EntryRows(EntityManagerFactory entityManagerFactory, EntryKinds kinds) {
        SessionFactoryImplementor factory = entityManagerFactory.unwrap(SessionFactoryImplementor.class);
        EntityPersister root = factory.getMappingMetamodel().getEntityDescriptor(Entry.class);
        String entryTable = ((BasicValuedModelPart) root.getIdentifierMapping()).getContainingTableExpression();
        String idColumn = ((BasicValuedModelPart) root.getIdentifierMapping()).getSelectionExpression();

        // Every column of every kind, once, with the alias of its table: e for the entry table, and
        // k0, k1, ... for the kinds' tables, each joined on the entry's id.
        Map<String, String> aliases = new LinkedHashMap<>();
        aliases.put(entryTable, "e");
        Map<String, Integer> positions = new LinkedHashMap<>();
        positions.put("e." + root.getDiscriminatorMapping().getSelectionExpression(), DISCRIMINATOR_POSITION);
        positions.put("e." + idColumn, ID_POSITION);
        Map<String, KindMapping> mappings = new HashMap<>();
        for (Kind kind : Kind.values()) {
            EntryKind<?, ?> entryKind = kinds.of(kind);
            EntityPersister persister = factory.getMappingMetamodel().getEntityDescriptor(entryKind.entityType());
            List<Column> columns = new ArrayList<>();
            persister.forEachAttributeMapping(attribute -> {
                if (attribute instanceof BasicValuedModelPart basic && !basic.isFormula()) {
                    String alias = aliases.computeIfAbsent(
                            basic.getContainingTableExpression(), table -> "k" + (aliases.size() - 1));
                    int position = positions.computeIfAbsent(
                            alias + "." + basic.getSelectionExpression(), column -> positions.size() + 1);
                    columns.add(new Column(
                            position,
                            basic.getJdbcMapping(),
                            attribute.getPropertyAccess().getSetter()));
                } else if (!COLLECTIONS_READ_FROM_COPIES.contains(attribute.getAttributeName())) {
                    throw new IllegalStateException("%s.%s is not a column; reading it from rows is not supported"
                            .formatted(entryKind.entityType().getSimpleName(), attribute.getAttributeName()));
                }
            });
            mappings.put(
                    String.valueOf(persister.getDiscriminatorValue()),
                    new KindMapping(entryKind, List.copyOf(columns)));
        }
        this.byDiscriminator = Map.copyOf(mappings);
        String select = "SELECT " + String.join(", ", positions.keySet())
                + " FROM " + entryTable + " e"
                + aliases.entrySet().stream()
                        .skip(1)
                        .map(table -> " LEFT JOIN %s %s ON %s.%s = e.%s"
                                .formatted(table.getKey(), table.getValue(), table.getValue(), idColumn, idColumn))
                        .collect(Collectors.joining());
        // One id has a statement of its own, whose plan PostgreSQL keeps: for "= ANY" of one id it
        // planned the eight-table join afresh on every read (README, "Reads map entries from their rows").
        this.selectById = select + " WHERE e." + idColumn + " = ?";
        this.selectByIds = select + " WHERE e." + idColumn + " = ANY (?)";
    }

    /**
     * The entries with these ids that exist, in no particular order, read on the session's
     * connection (so within its transaction, if it has one). Changes the session has not flushed
     * yet are not seen: callers read, they do not write.
     */
    public List<Entry> read(Session session, List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        WrapperOptions wrapperOptions = session.unwrap(SharedSessionContractImplementor.class);
        return session.doReturningWork(connection -> read(connection, ids, wrapperOptions));
    }

    private List<Entry> read(Connection connection, List<String> ids, WrapperOptions wrapperOptions)
            throws SQLException {
        boolean one = ids.size() == 1;
        try (PreparedStatement statement = connection.prepareStatement(one ? selectById : selectByIds)) {
            if (one) {
                statement.setString(1, ids.get(0));
            } else {
                statement.setArray(1, connection.createArrayOf("text", ids.toArray()));
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<Entry> entries = new ArrayList<>(ids.size());
                while (rows.next()) {
                    entries.add(entry(rows, wrapperOptions));
                }
                return entries;
            }
        }
    }

    private Entry entry(ResultSet row, WrapperOptions wrapperOptions) throws SQLException {
        KindMapping mapping = byDiscriminator.get(row.getString(DISCRIMINATOR_POSITION));
        if (mapping == null) {
            throw new IllegalStateException("Entry " + row.getString(ID_POSITION) + " has an unknown kind");
        }
        Entry entry = mapping.kind().newEntity();
        entry.id = row.getString(ID_POSITION);
        for (Column column : mapping.columns()) {
            Object value = column.mapping().getJdbcValueExtractor().extract(row, column.position(), wrapperOptions);
            column.setter().set(entry, column.mapping().convertToDomainValue(value));
        }
        entry.stages = new HashSet<>(entry.stageCopy);
        entry.specializations = new HashSet<>(entry.specializationCopy);
        return entry;
    }
}
