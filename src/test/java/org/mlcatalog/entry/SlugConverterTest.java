package org.mlcatalog.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.mlcatalog.course.CourseFormat;

/** An enumeration column holds each constant's API name, and reads back only the names it wrote. */
class SlugConverterTest {

    private final CourseFormat.Converter converter = new CourseFormat.Converter();

    @Test
    void readsBackEveryConstantItWrote() {
        for (CourseFormat format : CourseFormat.values()) {
            assertEquals(format, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(format)));
        }
    }

    @Test
    void keepsNullAsNull() {
        assertNull(converter.convertToDatabaseColumn(null));
        assertNull(converter.convertToEntityAttribute(null));
    }

    @Test
    void refusesAColumnValueThatNamesNoConstant() {
        IllegalStateException refused =
                assertThrows(IllegalStateException.class, () -> converter.convertToEntityAttribute("not-a-format"));

        assertEquals("Unknown CourseFormat not-a-format", refused.getMessage());
    }
}
