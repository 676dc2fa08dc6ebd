package org.mlcatalog.entry;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/** SQL that HQL queries of the catalog use beyond Hibernate's own functions. */
public class CatalogFunctions implements FunctionContributor {

    /**
     * {@code one_of(value, array)}: the value is an element of the array ({@code = ANY}). Unlike an
     * {@code in} list, the array is one parameter however many elements it has, so Hibernate keeps
     * the query's translation instead of translating it again for every call.
     */
    public static final String ONE_OF = "one_of";

    @Override
    public void contributeFunctions(FunctionContributions functions) {
        functions
                .getFunctionRegistry()
                .patternDescriptorBuilder(ONE_OF, "(?1 = any(?2))")
                .setExactArgumentCount(2)
                .setInvariantType(
                        functions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN))
                .register();
    }
}
