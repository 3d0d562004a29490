package dev.dynaq.examples;

import dev.dynaq.Table;
import dev.dynaq.examples.model.Product;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/** Creates the shop's tables and loads the data set into them, showing progress. */
final class Loader {
    /** Items per {@code batchPut} call: four BatchWriteItem requests, so progress moves often. */
    private static final int CHUNK = 100;

    private final Shop shop;
    private final PrintStream out;
    private final boolean live;

    /**
     * @param shop the tables
     * @param out where to report
     * @param live whether {@code out} is a terminal, where the progress bar is redrawn in place
     */
    Loader(Shop shop, PrintStream out, boolean live) {
        this.shop = shop;
        this.out = out;
        this.live = live;
    }

    /**
     * Creates every table from its generated schema (key, indexes, on-demand billing). An existing
     * table is kept, or dropped and created again when {@code reset} is set.
     *
     * @param reset whether to drop existing tables first
     */
    void createTables(boolean reset) {
        out.println("Tables");
        for (Table<?> table : shop.tables()) {
            String what;
            if (!exists(table)) {
                table.createTable();
                what = "created";
            } else if (reset) {
                table.deleteTable();
                table.createTable();
                what = "dropped and created again (--reset)";
            } else {
                what = "exists, kept (--reset drops it)";
            }
            out.printf(Locale.ROOT, "  %-15s %s%n", table.tableName(), what);
        }
        out.println();
    }

    private boolean exists(Table<?> table) {
        try {
            shop.client().describeTable(b -> b.tableName(table.tableName()));
            return true;
        } catch (ResourceNotFoundException absent) {
            return false;
        }
    }

    /**
     * Writes the data set: batch writes for customers, orders and employees; one conditional put per
     * product, because products are versioned and batch writes cannot check versions.
     *
     * @param data the data set
     */
    void load(DemoData data) {
        out.println("Loading the data set");
        batchLoad(shop.customers(), data.customers());
        batchLoad(shop.orders(), data.orders());
        batchLoad(shop.employees(), data.employees());
        long started = System.nanoTime();
        int added = 0;
        for (Product product : data.products()) {
            // putIfAbsent writes version 1; a product left by an earlier run keeps its state
            if (shop.products().putIfAbsent(product)) {
                added++;
            }
        }
        out.printf(Locale.ROOT, "  %-15s %,6d  one putIfAbsent each (versioned: batch writes cannot check versions), %d new  %s%n",
                shop.products().tableName(), data.products().size(), added, seconds(started));
    }

    private <T> void batchLoad(Table<T> table, List<T> items) {
        long started = System.nanoTime();
        int done = 0;
        for (int from = 0; from < items.size(); from += CHUNK) {
            List<T> chunk = items.subList(from, Math.min(items.size(), from + CHUNK));
            table.batchPut(chunk);
            done += chunk.size();
            if (live) {
                out.print("\r" + progressLine(table.tableName(), done, items.size(), ""));
                out.flush();
            }
        }
        out.print((live ? "\r" : "") + progressLine(table.tableName(), done, items.size(), seconds(started)));
        out.println();
    }

    private static String progressLine(String label, int done, int total, String suffix) {
        int width = 30;
        int filled = total == 0 ? width : (int) ((long) done * width / total);
        int percent = total == 0 ? 100 : (int) ((long) done * 100 / total);
        return String.format(Locale.ROOT, "  %-15s %,6d  [%s%s] %3d%%  batchPut  %s", label, total,
                "#".repeat(filled), " ".repeat(width - filled), percent, suffix);
    }

    private static String seconds(long startedNanos) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startedNanos) / 1e9);
    }
}
