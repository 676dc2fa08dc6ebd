package org.mlcatalog.program;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.mlcatalog.entry.Entry;

/** An internship, fellowship, residency, co-op, mentorship or apprenticeship that learners apply to. */
@Entity
@Table(name = "program")
@DiscriminatorValue("program")
public class Program extends Entry {

    public ProgramType type;
    public String organizer;
    public String eligibility;
    public boolean paid;

    @Column(name = "application_period")
    public String applicationPeriod;
}
