package dev.dynaq.processor.codegen.infra;

import dev.dynaq.processor.model.EntityModel;
import dev.dynaq.processor.model.TableModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the CloudFormation and the Terraform writer share: file paths, names and the description. */
final class TableResources {
    /** The folder of the infrastructure files on the class output. */
    static final String FOLDER = "META-INF/dynaq/infra/";

    private TableResources() {
    }

    /** @return {@code META-INF/dynaq/infra/<table><suffix>} */
    static String path(TableModel table, String suffix) {
        return FOLDER + table.name() + suffix;
    }

    /** @return "Table orders of com.acme.Order, written by Dynaq ..." */
    static String description(TableModel table) {
        List<String> names = new ArrayList<>();
        for (EntityModel entity : table.entities()) {
            names.add(entity.className().canonicalName());
        }
        return "DynamoDB table " + table.name() + " of " + String.join(", ", names)
                + ", written by Dynaq from the model at build time: change the model, not this file";
    }

    /** @return {@code demo_orders} → {@code DemoOrders}: letters and digits only, starting with a letter */
    static String pascalCase(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean upper = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 128 && Character.isLetterOrDigit(c)) {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        if (out.length() == 0 || !Character.isLetter(out.charAt(0))) {
            out.insert(0, "T");
        }
        return out.toString();
    }

    /** @return the projection type as DynamoDB spells it: ALL, KEYS_ONLY, INCLUDE */
    static String projectionType(TableModel.Index index) {
        return index.projection().name().toUpperCase(Locale.ROOT);
    }
}
