package org.mlcatalog.contract;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The methods each path allows, read from the contract. A 405 must name them in its {@code Allow}
 * header, and the contract is where they are written down.
 */
@ApplicationScoped
public class AllowedMethods {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private record PathMethods(Pattern path, int templateVariables, List<String> methods) {}

    private final Contract contract;
    private volatile List<PathMethods> paths;

    public AllowedMethods(Contract contract) {
        this.contract = contract;
    }

    /** The methods allowed on a request path, if the contract describes the path. */
    public Optional<List<String>> on(String requestPath) {
        return contractPaths().stream()
                .filter(candidate -> candidate.path().matcher(requestPath).matches())
                .min(Comparator.comparingInt(PathMethods::templateVariables))
                .map(PathMethods::methods);
    }

    private List<PathMethods> contractPaths() {
        List<PathMethods> known = paths;
        if (known == null) {
            known = read();
            paths = known;
        }
        return known;
    }

    private List<PathMethods> read() {
        List<PathMethods> result = new ArrayList<>();
        contract.document().path("paths").fields().forEachRemaining(path -> {
            Set<String> methods = new TreeSet<>();
            path.getValue().fieldNames().forEachRemaining(name -> {
                if (METHODS.contains(name)) {
                    methods.add(name.toUpperCase(Locale.ROOT));
                }
            });
            result.add(toPattern(path.getKey(), methods));
        });
        return List.copyOf(result);
    }

    private static PathMethods toPattern(String template, Set<String> methods) {
        StringBuilder regex = new StringBuilder();
        int variables = 0;
        for (String part : template.split("(?=\\{)|(?<=\\})")) {
            if (part.startsWith("{") && part.endsWith("}")) {
                regex.append("[^/]+");
                variables++;
            } else {
                regex.append(Pattern.quote(part));
            }
        }
        return new PathMethods(Pattern.compile(regex + "/?"), variables, List.copyOf(methods));
    }
}
