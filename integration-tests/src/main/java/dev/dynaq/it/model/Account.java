package dev.dynaq.it.model;

import dev.dynaq.annotation.Attribute;
import dev.dynaq.annotation.DynamoTable;
import dev.dynaq.annotation.Ignore;
import dev.dynaq.annotation.PartitionKey;
import dev.dynaq.annotation.Version;
import java.util.Set;

/** A versioned JavaBean: writes are conditional on the version read (optimistic locking). */
@DynamoTable(name = "accounts")
public class Account {
    @PartitionKey
    private String accountId;
    private String owner;
    private long balance;
    @Attribute("tag_set")
    private Set<String> tags;
    @Version
    private long version;
    @Ignore
    private String sessionNote;

    public String getAccountId() {
        return accountId;
    }

    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public long getBalance() {
        return balance;
    }

    public void setBalance(long balance) {
        this.balance = balance;
    }

    public Set<String> getTags() {
        return tags;
    }

    public void setTags(Set<String> tags) {
        this.tags = tags;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getSessionNote() {
        return sessionNote;
    }

    public void setSessionNote(String sessionNote) {
        this.sessionNote = sessionNote;
    }
}
