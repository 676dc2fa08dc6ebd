package org.mlcatalog.program;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.mlcatalog.entry.EntryKind;
import org.mlcatalog.entry.FilterParameter;
import org.mlcatalog.entry.Kind;

@ApplicationScoped
public class ProgramKind extends EntryKind<Program, ProgramDetails> {

    public ProgramKind() {
        super(Kind.PROGRAM, Program.class, ProgramDetails.class, "program");
    }

    @Override
    public Program newEntity() {
        return new Program();
    }

    @Override
    public ProgramDetails detailsOf(Program program) {
        return new ProgramDetails(
                program.type, program.organizer, program.eligibility, program.paid, program.applicationPeriod);
    }

    @Override
    public void applyDetails(ProgramDetails details, Program program) {
        program.type = details.type();
        program.organizer = details.organizer();
        program.eligibility = details.eligibility();
        program.paid = details.paid();
        program.applicationPeriod = details.applicationPeriod();
    }

    @Override
    public List<FilterParameter> filters() {
        return List.of(
                FilterParameter.oneOf("type", "k.type", ProgramType.class), FilterParameter.flag("paid", "k.paid"));
    }
}
