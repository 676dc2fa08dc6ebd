package org.mlcatalog.entry;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Copies a kind's own fields between its record and its entity by name, so that a kind declares
 * its fields once (in the record and the entity) instead of mapping each one by hand. A record
 * component the entity has no setter for is derived: it is read from the entity's method of the
 * same name and never written.
 */
final class DetailsMapping<E, D extends Record> {

    private record Property(MethodHandle readRecord, MethodHandle readEntity, MethodHandle writeEntity, boolean list) {}

    // Handles typed as (Object) -> Object and (Object[]) -> Object, so that invokeExact calls them
    // without adapting their types on every call.
    private static final MethodType READER = MethodType.methodType(Object.class, Object.class);
    private static final MethodType WRITER = MethodType.methodType(void.class, Object.class, Object.class);

    private final List<Property> properties = new ArrayList<>();
    private final MethodHandle constructor;

    DetailsMapping(Class<E> entityType, Class<D> detailsType) {
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        try {
            RecordComponent[] components = detailsType.getRecordComponents();
            for (RecordComponent component : components) {
                properties.add(property(lookup, entityType, component));
            }
            Class<?>[] types =
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            constructor = lookup.findConstructor(detailsType, MethodType.methodType(void.class, types))
                    .asSpreader(Object[].class, types.length)
                    .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "%s does not match the entity %s"
                            .formatted(detailsType.getSimpleName(), entityType.getSimpleName()),
                    e);
        }
    }

    private static Property property(MethodHandles.Lookup lookup, Class<?> entityType, RecordComponent component)
            throws ReflectiveOperationException {
        String name = component.getName();
        String suffix = name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
        MethodHandle readRecord = lookup.unreflect(component.getAccessor()).asType(READER);
        boolean list = List.class.isAssignableFrom(component.getType());
        for (String getter : List.of("get" + suffix, "is" + suffix)) {
            try {
                MethodHandle read = lookup.unreflect(entityType.getMethod(getter));
                MethodHandle write = lookup.unreflect(
                        entityType.getMethod("set" + suffix, read.type().returnType()));
                return new Property(readRecord, read.asType(READER), write.asType(WRITER), list);
            } catch (NoSuchMethodException tryNext) {
                // a boolean has an is-getter; a derived value has neither getter nor setter
            }
        }
        return new Property(
                readRecord, lookup.unreflect(entityType.getMethod(name)).asType(READER), null, list);
    }

    @SuppressWarnings("unchecked")
    D read(E entity) {
        Object[] values = new Object[properties.size()];
        try {
            for (int index = 0; index < values.length; index++) {
                Property property = properties.get(index);
                Object value = (Object) property.readEntity().invokeExact((Object) entity);
                values[index] = property.list() ? List.copyOf(value == null ? List.of() : (List<?>) value) : value;
            }
            return (D) (Object) constructor.invokeExact(values);
        } catch (Throwable e) {
            throw new IllegalStateException("Cannot read the fields of " + entity, e);
        }
    }

    void write(D details, E entity) {
        try {
            for (Property property : properties) {
                if (property.writeEntity() == null) {
                    continue;
                }
                Object value = (Object) property.readRecord().invokeExact((Object) details);
                if (property.list()) {
                    value = new ArrayList<>(value == null ? List.of() : (List<?>) value);
                }
                property.writeEntity().invokeExact((Object) entity, value);
            }
        } catch (Throwable e) {
            throw new IllegalStateException("Cannot write the fields of " + entity, e);
        }
    }
}
