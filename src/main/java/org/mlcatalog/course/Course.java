package org.mlcatalog.course;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.mlcatalog.entry.Entry;

/** A course, MOOC or lecture series. */
@Entity
@Table(name = "course")
@DiscriminatorValue("course")
public class Course extends Entry {

    public CourseFormat format;

    @Column(name = "duration_hours")
    public Integer durationHours;

    public boolean certificate;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> prerequisites = new ArrayList<>();
}
