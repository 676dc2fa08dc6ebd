package org.mlcatalog.taxonomy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the seven fixed, ordered stages of the guide; seeded by migration, never changed by the API. */
@Entity
@Table(name = "stage")
public class Stage extends PanacheEntityBase {

    @Id
    public String slug;

    public int position;
    public String name;
    public String description;
}
