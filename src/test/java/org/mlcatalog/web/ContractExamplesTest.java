package org.mlcatalog.web;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mlcatalog.support.ApiTest;
import org.mlcatalog.support.Samples.KindPath;

/**
 * The examples Swagger UI pre-fills are the contract's own; a newcomer who presses "Try it out"
 * on create, read, patch and delete, changing nothing, must see each succeed.
 */
@QuarkusTest
class ContractExamplesTest extends ApiTest {

    private static final OpenAPI CONTRACT = new OpenAPIV3Parser()
            .read(Path.of("openapi.yaml").toAbsolutePath().toUri().toString());

    private static Object example(String schema) {
        return CONTRACT.getComponents().getSchemas().get(schema).getExample();
    }

    @ParameterizedTest
    @EnumSource(KindPath.class)
    void theContractsOwnExamplesCreateChangeAndDeleteAnEntryOfEveryKind(KindPath kind) {
        String schema = Character.toUpperCase(kind.kind.charAt(0)) + kind.kind.substring(1);

        String id = json(example(schema + "Input"))
                .post(kind.path())
                .then()
                .statusCode(201)
                .body("kind", equalTo(kind.kind))
                .extract()
                .path("id");
        api().get(kind.path() + "/" + id).then().statusCode(200);
        api().contentType("application/merge-patch+json")
                .body(example(schema + "Patch"))
                .patch(kind.path() + "/" + id)
                .then()
                .statusCode(200)
                .body("tags", equalTo(List.of("updated-tag")));
        api().delete(kind.path() + "/" + id).then().statusCode(204);
    }

    @ParameterizedTest
    @EnumSource(KindPath.class)
    void thePathExampleOfEveryCollectionIsAnEntryOfTheCatalog(KindPath kind) {
        PathItem item = CONTRACT.getPaths().get(kind.path() + "/{id}");
        List<Parameter> parameters = item.getParameters() != null
                ? item.getParameters()
                : item.getGet().getParameters();
        Object id = parameters.get(0).getExample();
        api().get(kind.path() + "/" + id).then().statusCode(200).body("kind", equalTo(kind.kind));
    }
}
