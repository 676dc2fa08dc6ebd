package org.mlcatalog.competition;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.mlcatalog.entry.Entry;

/** A competition or challenge, or a platform's standing competitions. */
@Entity
@Table(name = "competition")
@DiscriminatorValue("competition")
public class Competition extends Entry {

    public String platform;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    public String prize;

    @Column(name = "max_team_size")
    public Integer maxTeamSize;

    /** Where the competition stands today (UTC). */
    public CompetitionStatus status() {
        return statusOn(LocalDate.now(ZoneOffset.UTC));
    }

    /**
     * Where the competition stands on a given day: upcoming before it starts, ongoing when it has no
     * end (a standing competition), closed after its end, open in between.
     */
    public CompetitionStatus statusOn(LocalDate day) {
        if (startDate != null && startDate.isAfter(day)) {
            return CompetitionStatus.UPCOMING;
        }
        if (endDate == null) {
            return CompetitionStatus.ONGOING;
        }
        return endDate.isBefore(day) ? CompetitionStatus.CLOSED : CompetitionStatus.OPEN;
    }
}
