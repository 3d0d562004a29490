package com.acme;

import dev.dynaq.annotation.DynamoTable;
import dev.dynaq.annotation.PartitionKey;
import dev.dynaq.annotation.Version;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.SdkBytes;

@DynamoTable(name = "accounts")
public class Account {
    @PartitionKey
    private long accountId;
    @Version
    private Integer version;
    private boolean active;
    private List<Integer> scores;
    private Set<String> tags;
    private Set<Long> codes;
    private Set<SdkBytes> keys;
    private Map<String, Double> limits;
    private List<Address> addresses;
    private Map<String, List<String>> groups;

    public long getAccountId() {
        return accountId;
    }

    public void setAccountId(long accountId) {
        this.accountId = accountId;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public List<Integer> getScores() {
        return scores;
    }

    public void setScores(List<Integer> scores) {
        this.scores = scores;
    }

    public Set<String> getTags() {
        return tags;
    }

    public void setTags(Set<String> tags) {
        this.tags = tags;
    }

    public Set<Long> getCodes() {
        return codes;
    }

    public void setCodes(Set<Long> codes) {
        this.codes = codes;
    }

    public Set<SdkBytes> getKeys() {
        return keys;
    }

    public void setKeys(Set<SdkBytes> keys) {
        this.keys = keys;
    }

    public Map<String, Double> getLimits() {
        return limits;
    }

    public void setLimits(Map<String, Double> limits) {
        this.limits = limits;
    }

    public List<Address> getAddresses() {
        return addresses;
    }

    public void setAddresses(List<Address> addresses) {
        this.addresses = addresses;
    }

    public Map<String, List<String>> getGroups() {
        return groups;
    }

    public void setGroups(Map<String, List<String>> groups) {
        this.groups = groups;
    }
}
