package org.tthc.warehouse.query;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.tthc.warehouse.delta.DeltaWarehouse;

/**
 * Analyst queries on Spark SQL. The analyst views are temporary views of a session of their own (a new session of
 * the warehouse's): there {@code dossier} is the analyst view, while in the warehouse's session it is the silver
 * table with every internal column. A query passes {@link AnalystQueryGuard}, then {@link SparkQueryGuard}, whose
 * checked plan runs wrapped in the row limit, in a job group of its own that is cancelled when the time limit
 * passes.
 */
public final class SparkAnalystQueryService implements AnalystQueryService {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final SparkSession session;
    private final QueryLimits limits;
    private final AnalystQueryGuard guard;
    private final SparkQueryGuard sparkGuard;
    private final ExecutorService runner = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "analyst-query");
        thread.setDaemon(true);
        return thread;
    });

    public SparkAnalystQueryService(DeltaWarehouse warehouse, QueryLimits limits) {
        this.session = warehouse.session().newSession();
        this.limits = limits;
        for (AnalystView view : AnalystView.all()) {
            String select = view.select(table -> "delta.`" + warehouse.tablePath(table).toAbsolutePath()
                    .toString().replace("`", "``") + "`");
            session.sql("CREATE OR REPLACE TEMPORARY VIEW " + view.name() + " AS " + select);
        }
        this.guard = new AnalystQueryGuard(AnalystView.names());
        this.sparkGuard = new SparkQueryGuard(session, AnalystView.names());
    }

    @Override
    public QueryResult run(String sql) {
        long started = System.nanoTime();
        GuardedQuery query = guard.check(sql);
        Dataset<Row> frame;
        try {
            frame = sparkGuard.dataFrame(AnalystQueryGuard.withRowLimit(query.sql(), limits.maxRows()));
        } catch (QueryRefusedException e) {
            throw e;
        } catch (Exception e) { // Spark's AnalysisException is checked, but Scala does not declare it
            throw new QueryFailedException("Spark SQL cannot run the query: " + message(e), false, e);
        }
        List<Row> rows = collect(frame);
        List<QueryResult.Column> columns = columns(frame.schema().fields());
        boolean truncated = rows.size() > limits.maxRows();
        List<List<String>> values = new ArrayList<>();
        for (Row row : truncated ? rows.subList(0, limits.maxRows()) : rows) {
            List<String> text = new ArrayList<>(row.length());
            for (int i = 0; i < row.length(); i++) {
                text.add(text(row.get(i)));
            }
            values.add(text);
        }
        return new QueryResult(columns, values, truncated, engine(), (System.nanoTime() - started) / 1_000_000);
    }

    @Override
    public List<ViewDescription> views() {
        return AnalystView.all().stream()
                .map(view -> new ViewDescription(view.name(), view.description(),
                        columns(session.table(view.name()).schema().fields())))
                .toList();
    }

    @Override
    public String engine() {
        return "Spark " + session.version();
    }

    /** The rows, collected in a job group of their own that is cancelled when the time limit passes. */
    private List<Row> collect(Dataset<Row> frame) {
        String group = "analyst-query-" + UUID.randomUUID();
        Future<List<Row>> rows = runner.submit(() -> {
            session.sparkContext().setJobGroup(group, "analyst query", true);
            try {
                return frame.collectAsList();
            } finally {
                session.sparkContext().clearJobGroup();
            }
        });
        try {
            return rows.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            session.sparkContext().cancelJobGroup(group);
            rows.cancel(true);
            throw new QueryFailedException("The query ran longer than the limit of " + seconds() + " and was "
                    + "stopped. Narrow it with WHERE, or aggregate.", true, e);
        } catch (InterruptedException e) {
            session.sparkContext().cancelJobGroup(group);
            Thread.currentThread().interrupt();
            throw new QueryFailedException("The query was interrupted.", false, e);
        } catch (ExecutionException e) {
            throw new QueryFailedException("Spark SQL could not run the query: " + message(e.getCause()), false,
                    e.getCause());
        }
    }

    private static String message(Throwable e) {
        return e instanceof AnalysisException analysis ? analysis.getSimpleMessage() : String.valueOf(e.getMessage());
    }

    private String seconds() {
        long millis = limits.timeout().toMillis();
        return millis % 1000 == 0 ? (millis / 1000) + " s" : millis + " ms";
    }

    private static List<QueryResult.Column> columns(StructField[] fields) {
        List<QueryResult.Column> columns = new ArrayList<>();
        for (StructField field : fields) {
            columns.add(new QueryResult.Column(field.name(), field.dataType().simpleString()));
        }
        return columns;
    }

    /** A value as text; local date-times as ClickHouse prints them, so both engines read alike. */
    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDateTime dateTime) {
            return dateTime.format(DATE_TIME);
        }
        return value.toString();
    }
}
