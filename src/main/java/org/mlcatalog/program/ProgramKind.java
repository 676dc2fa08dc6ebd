package org.mlcatalog.program;

import jakarta.inject.Singleton;
import java.util.List;
import org.mlcatalog.entry.EntryKind;
import org.mlcatalog.entry.FilterParameter;
import org.mlcatalog.entry.Kind;

@Singleton
public class ProgramKind extends EntryKind<Program, ProgramDetails> {

    public ProgramKind() {
        super(Kind.PROGRAM, Program.class, ProgramDetails.class, "program");
    }

    @Override
    public List<FilterParameter> filters() {
        return List.of(
                FilterParameter.oneOf("type", "k.type", ProgramType.class), FilterParameter.flag("paid", "k.paid"));
    }
}
