package org.mlcatalog.community;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.mlcatalog.entry.Entry;

/** A forum, chat group, subreddit, Q&A site or meetup network where learners meet. */
@Entity
@Table(name = "community")
@DiscriminatorValue("community")
public class Community extends Entry {

    public CommunityPlatform platform;
    public boolean online;
    public String location;
}
