package dev.dynaq.bench.model;

import dev.dynaq.annotation.DynamoDocument;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;

/** One parcel of a {@link Shipment}: a nested document holding a list of nested documents. */
@DynamoDocument
@DynamoDbBean
public class Parcel {
    private String parcelId;
    private int weightGrams;
    private List<Line> lines;

    /** @return the parcel id */
    public String getParcelId() {
        return parcelId;
    }

    /** @param parcelId the parcel id */
    public void setParcelId(String parcelId) {
        this.parcelId = parcelId;
    }

    /** @return the weight */
    public int getWeightGrams() {
        return weightGrams;
    }

    /** @param weightGrams the weight */
    public void setWeightGrams(int weightGrams) {
        this.weightGrams = weightGrams;
    }

    /** @return the lines */
    public List<Line> getLines() {
        return lines;
    }

    /** @param lines the lines */
    public void setLines(List<Line> lines) {
        this.lines = lines;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parcel other && Objects.equals(parcelId, other.parcelId)
                && weightGrams == other.weightGrams && Objects.equals(lines, other.lines);
    }

    @Override
    public int hashCode() {
        return Objects.hash(parcelId, weightGrams, lines);
    }
}
