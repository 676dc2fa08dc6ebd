package org.mlcatalog.organization;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.mlcatalog.entry.Entry;

/** A society, foundation, affinity group, lab or company that learners can follow or join. */
@Entity
@Table(name = "organization")
@DiscriminatorValue("organization")
public class Organization extends Entry {

    public String acronym;
    public OrganizationType type;
    public Membership membership;

    @Column(name = "founded_year")
    public Integer foundedYear;

    public Region region;
}
