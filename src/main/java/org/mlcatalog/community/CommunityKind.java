package org.mlcatalog.community;

import jakarta.inject.Singleton;
import java.util.List;
import org.mlcatalog.entry.EntryKind;
import org.mlcatalog.entry.FilterParameter;
import org.mlcatalog.entry.Kind;
import org.mlcatalog.problem.Problem.Violation;

@Singleton
public class CommunityKind extends EntryKind<Community, CommunityDetails> {

    public CommunityKind() {
        super(Kind.COMMUNITY, Community.class, CommunityDetails.class, "community");
    }

    @Override
    public List<Violation> check(CommunityDetails details) {
        return locatable(details.online(), details.location());
    }

    @Override
    public List<FilterParameter> filters() {
        return List.of(
                FilterParameter.oneOf("platform", "k.platform", CommunityPlatform.class),
                FilterParameter.flag("online", "k.online"));
    }
}
