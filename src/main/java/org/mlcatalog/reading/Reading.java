package org.mlcatalog.reading;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.mlcatalog.entry.Entry;

/** A book, paper, article or guide. */
@Entity
@Table(name = "reading")
@DiscriminatorValue("reading")
public class Reading extends Entry {

    public ReadingFormat format;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> authors = new ArrayList<>();

    public Integer year;

    @Column(name = "free_online")
    public boolean freeOnline;
}
