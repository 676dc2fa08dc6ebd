package org.mlcatalog.course;

import jakarta.ws.rs.Path;
import org.mlcatalog.entry.EntryService;
import org.mlcatalog.entry.KindCollectionResource;

@Path("/api/v1/courses")
public class CourseResource extends KindCollectionResource<Course, CourseDetails> {

    public CourseResource(CourseKind kind, EntryService entries) {
        super(kind, entries);
    }
}
