package org.mlcatalog.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/** Explains, field by field, why a JSON body could not be read into the expected shape. */
public final class JsonFieldErrors {

    private JsonFieldErrors() {}

    public static ProblemException toProblem(JsonMappingException exception) {
        String field = fieldOf(exception);
        if (exception instanceof UnrecognizedPropertyException) {
            return ProblemException.invalid(field, "is not a field of this resource");
        }
        if (exception instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return ProblemException.invalid(field, expectation(mismatch.getTargetType()));
        }
        return ProblemException.invalid(field, "has a value of the wrong type");
    }

    static String expectation(Class<?> type) {
        if (type.isEnum()) {
            return "must be one of: "
                    + Arrays.stream(type.getEnumConstants())
                            .map(Object::toString)
                            .collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return "must be a date in the form YYYY-MM-DD";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "must be a whole number";
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be an array";
        }
        return "must be a JSON object";
    }

    static String fieldOf(JsonMappingException exception) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : exception.getPath()) {
            if (reference.getFieldName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }
}
