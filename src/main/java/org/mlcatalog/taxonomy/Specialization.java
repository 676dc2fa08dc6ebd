package org.mlcatalog.taxonomy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An area of machine learning that entries are tagged with; curators maintain the list. */
@Entity
@Table(name = "specialization")
public class Specialization extends PanacheEntityBase {

    @Id
    public String slug;

    public String name;
    public String description;

    /** The broader specialization this one belongs to, if any. */
    public String parent;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
