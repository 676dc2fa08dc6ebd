package org.mlcatalog.community;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.mlcatalog.entry.EntryKind;
import org.mlcatalog.entry.FilterParameter;
import org.mlcatalog.entry.Kind;
import org.mlcatalog.problem.Problem.Violation;

@ApplicationScoped
public class CommunityKind extends EntryKind<Community, CommunityDetails> {

    public CommunityKind() {
        super(Kind.COMMUNITY, Community.class, CommunityDetails.class, "community");
    }

    @Override
    public Community newEntity() {
        return new Community();
    }

    @Override
    public CommunityDetails detailsOf(Community community) {
        return new CommunityDetails(community.platform, community.online, community.location);
    }

    @Override
    public void applyDetails(CommunityDetails details, Community community) {
        community.platform = details.platform();
        community.online = details.online();
        community.location = details.location();
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
