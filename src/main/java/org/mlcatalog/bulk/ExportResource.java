package org.mlcatalog.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.mlcatalog.entry.EntryKinds;
import org.mlcatalog.entry.EntryListQuery;
import org.mlcatalog.entry.EntryRepresentation;
import org.mlcatalog.problem.ProblemException;
import org.mlcatalog.web.AcceptHeader;
import org.mlcatalog.web.QueryParameters;

/** The whole catalog, or any search's worth of it, as NDJSON or CSV, streamed. */
@Path("/api/v1/export")
public class ExportResource {

    static final String NDJSON = "application/x-ndjson";
    static final String CSV = "text/csv";
    // The shared fields in the order the API shows them; the kind's own fields follow.
    private static final List<String> COMMON_COLUMNS = Arrays.stream(EntryRepresentation.class.getRecordComponents())
            .map(RecordComponent::getName)
            .filter(name -> !name.equals("details"))
            .toList();

    private final ExportService export;
    private final ObjectMapper mapper;
    private final List<String> columns;

    public ExportResource(ExportService export, ObjectMapper mapper, EntryKinds kinds) {
        this.export = export;
        this.mapper = mapper;
        this.columns = new ArrayList<>(COMMON_COLUMNS);
        kinds.ownFields().stream().filter(field -> !columns.contains(field)).forEach(columns::add);
    }

    @GET
    public Response export(@Context UriInfo uri, @Context HttpHeaders headers) {
        Map<String, List<String>> query = new HashMap<>(uri.getQueryParameters());
        String format = QueryParameters.single(query, "format");
        query.remove("format");
        boolean csv = "csv".equals(format);
        if (format != null && !csv && !"ndjson".equals(format)) {
            throw ProblemException.invalid("format", "must be ndjson or csv");
        }
        if (!AcceptHeader.accepts(headers, MediaType.valueOf(csv ? CSV : NDJSON))) {
            throw ProblemException.notAcceptable(
                    "This export is sent as %s (the format parameter chooses ndjson or csv); adjust the Accept header."
                            .formatted(csv ? CSV : NDJSON));
        }
        for (String paging : List.of("page", "size", "sort")) {
            if (query.containsKey(paging)) {
                throw ProblemException.invalid(paging, "does not apply: an export holds the whole list, in id order");
            }
        }
        EntryListQuery list = export.listFor(query);
        StreamingOutput body = output -> {
            if (csv) {
                writeCsv(list, output);
            } else {
                writeNdjson(list, output);
            }
        };
        return Response.ok(body, csv ? CSV + "; charset=UTF-8" : NDJSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"ml-catalog." + (csv ? "csv" : "ndjson") + "\"")
                .build();
    }

    private void writeNdjson(EntryListQuery list, OutputStream output) throws IOException {
        String after = "";
        for (List<EntryRepresentation> batch = export.batchAfter(list, after);
                !batch.isEmpty();
                batch = export.batchAfter(list, after)) {
            for (EntryRepresentation entry : batch) {
                output.write(mapper.writeValueAsBytes(entry));
                output.write('\n');
            }
            output.flush();
            after = batch.get(batch.size() - 1).id();
        }
    }

    private void writeCsv(EntryListQuery list, OutputStream output) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(schema::addColumn);
        try (SequenceWriter rows = new CsvMapper().writer(schema.build()).writeValues(output)) {
            String after = "";
            for (List<EntryRepresentation> batch = export.batchAfter(list, after);
                    !batch.isEmpty();
                    batch = export.batchAfter(list, after)) {
                for (EntryRepresentation entry : batch) {
                    rows.write(row(mapper.valueToTree(entry)));
                }
                rows.flush();
                after = batch.get(batch.size() - 1).id();
            }
        }
    }

    /** One CSV row: lists joined with "|", absent values empty. */
    private Map<String, String> row(JsonNode entry) {
        Map<String, String> row = new LinkedHashMap<>();
        for (String column : columns) {
            JsonNode value = entry.get(column);
            row.put(
                    column,
                    value == null || value.isNull()
                            ? ""
                            : value.isArray()
                                    ? StreamSupport.stream(value.spliterator(), false)
                                            .map(JsonNode::asText)
                                            .collect(Collectors.joining("|"))
                                    : value.asText());
        }
        return row;
    }
}
