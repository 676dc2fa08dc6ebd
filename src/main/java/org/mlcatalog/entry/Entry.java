package org.mlcatalog.entry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What every catalog entry has, whatever its kind; each kind adds its own table of fields. */
@Entity
@Table(name = "entry")
@Inheritance(strategy = InheritanceType.JOINED)
@DiscriminatorColumn(name = "kind")
public abstract class Entry extends PanacheEntityBase {

    @Id
    public String id;

    public String title;
    public String summary;
    public String url;
    public String provider;
    public Level level;
    public Cost cost;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> languages = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> tags = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "entry_stage", joinColumns = @JoinColumn(name = "entry_id"))
    @Column(name = "stage")
    public Set<String> stages = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "entry_specialization", joinColumns = @JoinColumn(name = "entry_id"))
    @Column(name = "specialization")
    public Set<String> specializations = new HashSet<>();

    /**
     * The stages and specializations as the entry's own row holds them: copies that the database
     * keeps equal to {@link #stages} and {@link #specializations} (migration V22), read with the row,
     * so a read needs no join. Never written by the service.
     */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "stages", insertable = false, updatable = false)
    public List<String> stageCopy = List.of();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "specializations", insertable = false, updatable = false)
    public List<String> specializationCopy = List.of();

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The token subject of the curator who created the entry; null for shipped entries. */
    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_by")
    public String updatedBy;

    @Version
    public int version;
}
