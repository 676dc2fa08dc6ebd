package org.mlcatalog.course;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.mlcatalog.entry.EntryKind;
import org.mlcatalog.entry.FilterParameter;
import org.mlcatalog.entry.Kind;

@Singleton
public class CourseKind extends EntryKind<Course, CourseDetails> {

    public CourseKind() {
        super(Kind.COURSE, Course.class, CourseDetails.class, "course");
    }

    @Override
    public List<FilterParameter> filters() {
        return List.of(
                FilterParameter.oneOf("format", "k.format", CourseFormat.class),
                FilterParameter.flag("certificate", "k.certificate"));
    }

    @Override
    public Map<String, String> sortFields() {
        return Map.of("durationHours", "k.duration_hours");
    }
}
