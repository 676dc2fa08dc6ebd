package org.mlcatalog.event;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.mlcatalog.entry.Entry;

/** A conference, workshop, meetup, summer school or other gathering. */
@Entity
@Table(name = "event")
@DiscriminatorValue("event")
public class Event extends Entry {

    public EventType type;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    public String location;
    public boolean online;
    public String organizer;
    public Recurrence recurrence;
}
