package dev.dynaq.it.single;

import dev.dynaq.annotation.DynamoEntity;
import dev.dynaq.annotation.IndexTemplate;
import dev.dynaq.annotation.KeyTemplate;
import java.time.Instant;

/**
 * A sensor reading with numeric composite keys: by signed delta then sequence in the sensor's
 * partition, by time over gsi1.
 *
 * @param sensorId the sensor
 * @param delta the signed change, the leading sort component
 * @param sequence a long, the second sort component
 * @param at when it was taken
 */
@DynamoEntity(table = Shop.class)
@KeyTemplate(partition = "SENSOR#{sensorId}", sort = "DELTA#{delta}#{sequence}")
@IndexTemplate(index = "gsi1", partition = "READINGS#{sensorId}", sort = "{at}", queryName = "readings")
public record Measurement(String sensorId, int delta, long sequence, Instant at) {
}
