package org.mlcatalog.web;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the service. Quarkus refuses a request target that is not a valid URI with an empty 400
 * before any route runs; with that check off, the first route ({@code RoutingProblems}) makes the
 * same check and answers with a problem body instead. Quarkus reads the switch once, as its HTTP
 * layer initialises, so it is set before Quarkus starts (the tests set it in the pom).
 */
@QuarkusMain
public final class CatalogMain {

    private CatalogMain() {}

    public static void main(String... args) {
        System.setProperty("vertx.disableURIValidation", "true");
        Quarkus.run(args);
    }
}
