package dev.dynaq.enhanced.model;

import dev.dynaq.annotation.DynamoTable;
import dev.dynaq.annotation.PartitionKey;
import dev.dynaq.annotation.Version;

/** A versioned bean: optimistic locking through Dynaq and through the Enhanced Client. */
@DynamoTable(name = "ec_wallets")
public class Wallet {
    @PartitionKey
    private String walletId;
    private long balance;
    @Version
    private long version;

    /** For the schema. */
    public Wallet() {
    }

    /**
     * @param walletId the key
     * @param balance the balance
     */
    public Wallet(String walletId, long balance) {
        this.walletId = walletId;
        this.balance = balance;
    }

    /** @return the key */
    public String getWalletId() {
        return walletId;
    }

    /** @param walletId the key */
    public void setWalletId(String walletId) {
        this.walletId = walletId;
    }

    /** @return the balance */
    public long getBalance() {
        return balance;
    }

    /** @param balance the balance */
    public void setBalance(long balance) {
        this.balance = balance;
    }

    /** @return the version */
    public long getVersion() {
        return version;
    }

    /** @param version the version */
    public void setVersion(long version) {
        this.version = version;
    }
}
