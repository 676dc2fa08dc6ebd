package org.mlcatalog.course;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mlcatalog.entry.EntryKind;
import org.mlcatalog.entry.FilterParameter;
import org.mlcatalog.entry.Kind;

@ApplicationScoped
public class CourseKind extends EntryKind<Course, CourseDetails> {

    public CourseKind() {
        super(Kind.COURSE, Course.class, CourseDetails.class, "course");
    }

    @Override
    public Course newEntity() {
        return new Course();
    }

    @Override
    public CourseDetails detailsOf(Course course) {
        return new CourseDetails(
                course.format, course.durationHours, course.certificate, List.copyOf(course.prerequisites));
    }

    @Override
    public void applyDetails(CourseDetails details, Course course) {
        course.format = details.format();
        course.durationHours = details.durationHours();
        course.certificate = details.certificate();
        course.prerequisites =
                details.prerequisites() == null ? new ArrayList<>() : new ArrayList<>(details.prerequisites());
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
