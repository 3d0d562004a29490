package dev.dynaq.examples;

import dev.dynaq.examples.model.Customer;
import dev.dynaq.examples.model.CustomerTier;
import dev.dynaq.examples.model.Employee;
import dev.dynaq.examples.model.Order;
import dev.dynaq.examples.model.OrderLine;
import dev.dynaq.examples.model.OrderStatus;
import dev.dynaq.examples.model.Product;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The demo's data set: a year of a small shop, generated from a seed so that every run (and the
 * smoke test) sees the same customers, orders, products and employees.
 *
 * @param customers the customers, {@code c-0001} onwards
 * @param orders every customer's orders (about ten each) over the year before {@link #NOW}
 * @param products the catalogue, new items with version 0
 * @param employees the staff
 */
public record DemoData(List<Customer> customers, List<Order> orders, List<Product> products, List<Employee> employees) {

    /**
     * The data set's "now", the start of today (UTC): every order was placed in the year before it.
     * Not a fixed date: the cart's time to live is a week after it, and DynamoDB (DynamoDB Local
     * too, within seconds) deletes items whose time to live has passed.
     */
    public static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.DAYS);

    private static final String[] FIRST_NAMES = {
        "Ada", "Alan", "Grace", "Linus", "Margaret", "Dennis", "Barbara", "Ken", "Frances", "Edsger",
        "Radia", "Donald", "Hedy", "John", "Katherine", "Niklaus", "Sophie", "Tim", "Joan", "Guido"};
    private static final String[] LAST_NAMES = {
        "Lovelace", "Turing", "Hopper", "Torvalds", "Hamilton", "Ritchie", "Liskov", "Thompson", "Allen",
        "Dijkstra", "Perlman", "Knuth", "Lamarr", "Backus", "Johnson", "Wirth", "Wilson", "Berners-Lee",
        "Clarke", "van Rossum"};
    private static final String[] CITIES = {
        "Amsterdam", "Berlin", "Dublin", "Lisbon", "Madrid", "Oslo", "Paris", "Prague", "Vienna", "Zurich"};
    private static final String[][] CATALOGUE = {
        {"Books", "Dune", "Clean Code", "The Hobbit", "Sapiens", "Cooking for Geeks", "SICP", "Neuromancer", "Atlas"},
        {"Kitchen", "Chef's Knife", "Cast Iron Pan", "Espresso Maker", "Kettle", "Cutting Board", "Mixer", "Toaster", "Mug Set"},
        {"Garden", "Hose", "Shovel", "Seed Kit", "Pruner", "Lawn Chair", "Planter", "Bird Feeder", "Rake"},
        {"Electronics", "Headphones", "Keyboard", "Monitor", "USB-C Hub", "Webcam", "Speaker", "E-Reader", "Router"},
        {"Sports", "Yoga Mat", "Running Shoes", "Tennis Racket", "Dumbbells", "Bike Helmet", "Water Bottle", "Tent", "Backpack"},
        {"Toys", "Puzzle", "Kite", "Building Blocks", "Board Game", "Plush Bear", "Train Set", "Yo-Yo", "Drone"}};
    private static final String[][] DEPARTMENTS = {
        {"Warehouse", "Picker", "Packer", "Forklift Driver", "Shift Lead"},
        {"Support", "Support Agent", "Support Lead"},
        {"Engineering", "Software Engineer", "Site Reliability Engineer", "Engineering Manager"},
        {"Sales", "Account Manager", "Sales Lead"},
        {"Finance", "Accountant", "Controller"}};

    /**
     * Generates the data set. The same seed and size always give the same data.
     *
     * @param seed the random seed
     * @param customerCount how many customers; about ten orders each
     * @return the data set
     */
    public static DemoData generate(long seed, int customerCount) {
        if (customerCount < 1 || customerCount > 9_999) {
            throw new IllegalArgumentException("customerCount must be 1..9999, got " + customerCount);
        }
        Random random = new Random(seed);
        List<Product> products = products(random);
        List<Customer> customers = new ArrayList<>(customerCount);
        List<Order> orders = new ArrayList<>(customerCount * 10);
        for (int c = 1; c <= customerCount; c++) {
            String customerId = String.format("c-%04d", c);
            List<Order> own = orders(random, customerId, products);
            orders.addAll(own);
            customers.add(customer(random, customerId, own.size()));
        }
        return new DemoData(List.copyOf(customers), List.copyOf(orders), products, employees(random));
    }

    private static List<Product> products(Random random) {
        List<Product> products = new ArrayList<>();
        for (String[] shelf : CATALOGUE) {
            for (int i = 1; i < shelf.length; i++) {
                // prices end in .99: 3.99 to 49.99, electronics up to 199.99
                int euros = shelf[0].equals("Electronics") ? 20 + random.nextInt(180) : 4 + random.nextInt(46);
                BigDecimal price = BigDecimal.valueOf(euros).subtract(new BigDecimal("0.01"));
                products.add(new Product(String.format("p-%03d", products.size() + 1), shelf[i], shelf[0], price,
                        random.nextInt(200), 0));
            }
        }
        return List.copyOf(products);
    }

    private static List<Order> orders(Random random, String customerId, List<Product> products) {
        int count = 1 + random.nextInt(19);
        Set<String> ids = new HashSet<>();
        List<Order> orders = new ArrayList<>(count);
        while (orders.size() < count) {
            // random ids, as an order service would hand out: the id says nothing about time, which is
            // why the by_created_at index exists
            String orderId = String.format("o-%08x", random.nextInt());
            if (!ids.add(orderId)) {
                continue;
            }
            Instant createdAt = NOW.minusSeconds(1 + random.nextInt(365 * 24 * 3600));
            List<OrderLine> lines = new ArrayList<>();
            int lineCount = 1 + random.nextInt(3);
            for (int l = 0; l < lineCount; l++) {
                Product product = products.get(random.nextInt(products.size()));
                lines.add(new OrderLine(product.productId(), random.nextInt(4) == 0 ? 2 : 1, product.price()));
            }
            BigDecimal total = lines.stream().map(OrderLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .setScale(2, RoundingMode.UNNECESSARY);
            orders.add(new Order(customerId, orderId, List.copyOf(lines), total, status(random, createdAt), createdAt));
        }
        return orders;
    }

    /** Recent orders are still moving; older ones were delivered or canceled. */
    private static OrderStatus status(Random random, Instant createdAt) {
        int roll = random.nextInt(100);
        if (Duration.between(createdAt, NOW).toDays() < 14) {
            return roll < 20 ? OrderStatus.PENDING : roll < 55 ? OrderStatus.PAID : OrderStatus.SHIPPED;
        }
        return roll < 92 ? OrderStatus.DELIVERED : OrderStatus.CANCELLED;
    }

    private static Customer customer(Random random, String customerId, int orderCount) {
        String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
        String last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
        String email = (first + "." + last).toLowerCase(Locale.ROOT).replace(' ', '-') + "."
                + customerId.substring(2) + "@example.com";
        CustomerTier tier = orderCount >= 15 ? CustomerTier.GOLD : orderCount >= 8 ? CustomerTier.SILVER : CustomerTier.STANDARD;
        LocalDate since = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(6 * 365));
        return new Customer(customerId, first + " " + last, email, CITIES[random.nextInt(CITIES.length)], tier, since);
    }

    private static List<Employee> employees(Random random) {
        List<Employee> employees = new ArrayList<>();
        for (int e = 1; e <= 40; e++) {
            String[] department = DEPARTMENTS[random.nextInt(DEPARTMENTS.length)];
            String name = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + LAST_NAMES[random.nextInt(LAST_NAMES.length)];
            LocalDate hired = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(11 * 365));
            employees.add(new Employee(String.format("e-%03d", e), name, department[0], hired,
                    department[1 + random.nextInt(department.length - 1)]));
        }
        return List.copyOf(employees);
    }
}
