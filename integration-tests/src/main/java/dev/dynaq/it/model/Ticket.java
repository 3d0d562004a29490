package dev.dynaq.it.model;

import dev.dynaq.annotation.Attribute;
import dev.dynaq.annotation.AtomicCounter;
import dev.dynaq.annotation.CreatedDate;
import dev.dynaq.annotation.DynamoTable;
import dev.dynaq.annotation.LastModifiedDate;
import dev.dynaq.annotation.PartitionKey;
import dev.dynaq.annotation.SortKey;
import dev.dynaq.annotation.TimeToLive;
import dev.dynaq.annotation.Version;
import java.time.Instant;

/**
 * A versioned JavaBean with lifecycle attributes: a {@code long} epoch-seconds time to live under
 * another attribute name, created and last-modified dates, and a boxed counter with a start value and
 * a delta.
 */
@DynamoTable(name = "tickets")
public class Ticket {
    @PartitionKey
    private String queue;
    @SortKey
    private String ticketId;
    private String title;
    @TimeToLive
    @Attribute("ttl")
    private long purgeAt;
    @CreatedDate
    private Instant openedAt;
    @LastModifiedDate
    private Instant changedAt;
    @AtomicCounter(start = 100, delta = 5)
    private Integer score;
    @Version
    private long version;

    /** @return a new ticket */
    public static Ticket of(String queue, String ticketId, String title) {
        Ticket ticket = new Ticket();
        ticket.setQueue(queue);
        ticket.setTicketId(ticketId);
        ticket.setTitle(title);
        return ticket;
    }

    public String getQueue() {
        return queue;
    }

    public void setQueue(String queue) {
        this.queue = queue;
    }

    public String getTicketId() {
        return ticketId;
    }

    public void setTicketId(String ticketId) {
        this.ticketId = ticketId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public long getPurgeAt() {
        return purgeAt;
    }

    public void setPurgeAt(long purgeAt) {
        this.purgeAt = purgeAt;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public void setOpenedAt(Instant openedAt) {
        this.openedAt = openedAt;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public void setChangedAt(Instant changedAt) {
        this.changedAt = changedAt;
    }

    public Integer getScore() {
        return score;
    }

    public void setScore(Integer score) {
        this.score = score;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
