package org.mlcatalog.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;

/**
 * What every API test shares: contract validation on every call, a signing key for bearer tokens,
 * and request helpers. Requests carry an admin token unless a test says otherwise.
 */
@QuarkusTestResource(TestKeys.class)
public abstract class ApiTest {

    @BeforeAll
    static void validateEveryCallAgainstTheContract() {
        if (RestAssured.filters().stream().noneMatch(ContractFilter.class::isInstance)) {
            RestAssured.filters(new ContractFilter());
        }
    }

    /** A request that follows the contract; request and response are both validated. */
    protected static RequestSpecification api() {
        return given().header("Authorization", "Bearer " + Tokens.admin());
    }

    /** A request without any token, as an anonymous reader sends it. */
    protected static RequestSpecification anonymous() {
        return given();
    }

    /** A JSON request that follows the contract. */
    protected static RequestSpecification json(Object body) {
        return api().contentType(ContentType.JSON).body(body);
    }

    /** A request that breaks the contract on purpose; only the response is validated. */
    protected static RequestSpecification invalidRequest() {
        return given().header("Authorization", "Bearer " + Tokens.admin())
                .header(ContractFilter.INVALID_REQUEST, "true");
    }

    /** Asserts an RFC 9457 problem with the given status and every member API.md requires. */
    protected static ValidatableResponse isProblem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body("instance", notNullValue());
    }

    /** A short random suffix that keeps ids, urls and tags of one test apart from every other. */
    protected static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
