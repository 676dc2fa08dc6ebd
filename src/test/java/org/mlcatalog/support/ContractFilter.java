package org.mlcatalog.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import com.atlassian.oai.validator.schema.SchemaValidator;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Validates every REST Assured call against {@code openapi.yaml}: the request and the response.
 * A test that sends an invalid request on purpose marks it with {@link #INVALID_REQUEST}; then only
 * the response is checked, and for a path or method the contract does not have, the response must
 * still be a problem as the contract defines it.
 */
public final class ContractFilter implements OrderedFilter {

    /** Header (removed before sending) that marks a request as deliberately breaking the contract. */
    public static final String INVALID_REQUEST = "X-Test-Invalid-Request";

    private static final String CONTRACT =
            Path.of("openapi.yaml").toAbsolutePath().toUri().toString();
    private static final OpenApiInteractionValidator VALIDATOR =
            OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT).build();
    private static final OpenAPI OPEN_API = new OpenAPIV3Parser().read(CONTRACT);
    private static final Set<String> UNDOCUMENTED_ROUTE =
            Set.of("validation.request.path.missing", "validation.request.operation.notAllowed");

    @Override
    public Response filter(
            FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext context) {
        if (isCorsPreflight(request)) {
            // Preflights are answered by the CORS layer in front of the API, not by the API.
            return context.next(request, response);
        }
        boolean invalidOnPurpose = request.getHeaders().hasHeaderWithName(INVALID_REQUEST);
        if (invalidOnPurpose) {
            request.removeHeader(INVALID_REQUEST);
        }
        Response answer = context.next(request, response);
        com.atlassian.oai.validator.model.Response contractResponse = RestAssuredResponse.of(answer);
        ValidationReport report;
        if (invalidOnPurpose) {
            String path = URI.create(request.getURI()).getRawPath();
            Request.Method method = Request.Method.valueOf(request.getMethod().toUpperCase(Locale.ROOT));
            report = VALIDATOR.validateResponse(path, method, contractResponse);
            if (report.getMessages().stream().anyMatch(message -> UNDOCUMENTED_ROUTE.contains(message.getKey()))) {
                report = problemOnly(answer);
            }
        } else {
            report = VALIDATOR.validate(RestAssuredRequest.of(request), contractResponse);
        }
        if (report.hasErrors()) {
            throw new AssertionError("%s %s breaks openapi.yaml:%n%s%nResponse %d: %s"
                    .formatted(
                            request.getMethod(),
                            request.getURI(),
                            SimpleValidationReportFormat.getInstance().apply(report),
                            answer.statusCode(),
                            answer.asString()));
        }
        return answer;
    }

    /** For a route the contract does not describe, the answer must still be an RFC 9457 problem. */
    private static ValidationReport problemOnly(Response answer) {
        String contentType = answer.contentType();
        if (contentType == null || !contentType.startsWith("application/problem+json")) {
            return ValidationReport.singleton(ValidationReport.Message.create(
                            "test.problem.contentType", "Expected application/problem+json but got " + contentType)
                    .build());
        }
        SchemaValidator schemas = new SchemaValidator(OPEN_API, new MessageResolver());
        return schemas.validate(
                answer.asString(), OPEN_API.getComponents().getSchemas().get("Problem"), "response.body");
    }

    private static boolean isCorsPreflight(FilterableRequestSpecification request) {
        return "OPTIONS".equalsIgnoreCase(request.getMethod())
                && request.getHeaders().hasHeaderWithName("Access-Control-Request-Method");
    }

    @Override
    public int getOrder() {
        return OrderedFilter.HIGHEST_PRECEDENCE;
    }
}
