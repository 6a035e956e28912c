package org.tthc.warehouse.query;

import static scala.jdk.javaapi.CollectionConverters.asJava;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.analysis.ExpressionWithUnresolvedIdentifier;
import org.apache.spark.sql.catalyst.analysis.UnresolvedFunction;
import org.apache.spark.sql.catalyst.analysis.UnresolvedGenerator;
import org.apache.spark.sql.catalyst.analysis.UnresolvedHaving;
import org.apache.spark.sql.catalyst.analysis.UnresolvedInlineTable;
import org.apache.spark.sql.catalyst.analysis.UnresolvedRelation;
import org.apache.spark.sql.catalyst.analysis.UnresolvedSubqueryColumnAliases;
import org.apache.spark.sql.catalyst.analysis.UnresolvedTVFAliases;
import org.apache.spark.sql.catalyst.analysis.UnresolvedTableValuedFunction;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.parser.ParseException;
import org.apache.spark.sql.catalyst.plans.logical.Aggregate;
import org.apache.spark.sql.catalyst.plans.logical.Distinct;
import org.apache.spark.sql.catalyst.plans.logical.Except;
import org.apache.spark.sql.catalyst.plans.logical.Filter;
import org.apache.spark.sql.catalyst.plans.logical.Generate;
import org.apache.spark.sql.catalyst.plans.logical.GlobalLimit;
import org.apache.spark.sql.catalyst.plans.logical.Intersect;
import org.apache.spark.sql.catalyst.plans.logical.Join;
import org.apache.spark.sql.catalyst.plans.logical.LateralJoin;
import org.apache.spark.sql.catalyst.plans.logical.LocalLimit;
import org.apache.spark.sql.catalyst.plans.logical.LocalRelation;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.catalyst.plans.logical.Offset;
import org.apache.spark.sql.catalyst.plans.logical.OneRowRelation;
import org.apache.spark.sql.catalyst.plans.logical.Pivot;
import org.apache.spark.sql.catalyst.plans.logical.Project;
import org.apache.spark.sql.catalyst.plans.logical.RepartitionByExpression;
import org.apache.spark.sql.catalyst.plans.logical.Sample;
import org.apache.spark.sql.catalyst.plans.logical.Sort;
import org.apache.spark.sql.catalyst.plans.logical.SubqueryAlias;
import org.apache.spark.sql.catalyst.plans.logical.Union;
import org.apache.spark.sql.catalyst.plans.logical.Unpivot;
import org.apache.spark.sql.catalyst.plans.logical.UnresolvedHint;
import org.apache.spark.sql.catalyst.plans.logical.UnresolvedWith;
import org.apache.spark.sql.catalyst.plans.logical.WithWindowDefinition;
import org.apache.spark.sql.catalyst.trees.TreeNode;

import scala.Option;
import scala.Tuple2;

/**
 * The second line of defence for the Spark engine, after {@link AnalystQueryGuard}: parses the SQL with Spark's
 * own parser and checks the unresolved plan before anything is analysed or run. Accepted are only the plan nodes
 * a SELECT query produces (projections, filters, joins, aggregates, sorts, limits, set operations, subqueries,
 * WITH, windows, LATERAL VIEW, PIVOT, inline tables, samples); refused are commands and statements of any kind
 * ({@code InsertIntoStatement}, {@code SetCommand}, {@code CreateViewCommand}, {@code AddJarsCommand}, …), script
 * transforms, hints, {@code IDENTIFIER(…)}, relations other than the analyst views and the WITH names visible at
 * that place (so {@code parquet.`/etc`} and {@code db.table} are refused), table functions other than
 * {@code range}, and the functions of {@link RestrictedNames}, also when qualified ({@code builtin.reflect}).
 *
 * <p>Names compare as Spark compares them: ignoring case. The row limit comes from
 * {@link AnalystQueryGuard#withRowLimit(String, int)}; the time limit is the caller's (cancel the job group).
 */
public final class SparkQueryGuard {
    private static final Set<Class<?>> QUERY_NODES = Set.of(Project.class, Filter.class, Aggregate.class,
            UnresolvedHaving.class, Join.class, LateralJoin.class, Sort.class, GlobalLimit.class, LocalLimit.class,
            Offset.class, Union.class, Intersect.class, Except.class, Distinct.class, SubqueryAlias.class,
            UnresolvedSubqueryColumnAliases.class, OneRowRelation.class, LocalRelation.class,
            UnresolvedInlineTable.class, Generate.class, Sample.class, Pivot.class, Unpivot.class,
            WithWindowDefinition.class, RepartitionByExpression.class, UnresolvedRelation.class,
            UnresolvedTableValuedFunction.class, UnresolvedTVFAliases.class);

    private final SparkSession spark;
    private final Set<String> analystViews;

    public SparkQueryGuard(SparkSession spark, Collection<String> analystViews) {
        this.spark = spark;
        this.analystViews = new TreeSet<>(analystViews.stream().map(SparkQueryGuard::lower).toList());
    }

    /** Spark's unresolved plan of {@code sql} when it is a query over the analyst views; refused otherwise. */
    public LogicalPlan check(String sql) {
        try {
            LogicalPlan plan = spark.sessionState().sqlParser().parsePlan(sql);
            new PlanCheck(sql).visit(plan, Set.of());
            return plan;
        } catch (ParseException e) {
            String message = e.getMessage().strip().lines().findFirst().orElse("");
            throw new QueryRefusedException("Spark SQL cannot read the query: " + message, null, 0);
        } catch (StackOverflowError e) {
            throw tooComplex();
        }
    }

    /**
     * The checked plan as a DataFrame, analysed but not run: exactly the plan {@link #check(String)} accepted, not a
     * second parse of the text. Analysis errors (an unknown column) come as Spark's {@code AnalysisException}. Needs
     * a classic (not Spark Connect) session.
     */
    public Dataset<Row> dataFrame(String sql) {
        LogicalPlan plan = check(sql);
        try {
            // Spark's own SparkSession.sql(…) does this after parsing; ofRows is public in the bytecode of Spark 4.0.
            return org.apache.spark.sql.classic.Dataset.ofRows((org.apache.spark.sql.classic.SparkSession) spark,
                    plan);
        } catch (StackOverflowError e) {
            throw tooComplex();
        }
    }

    private static QueryRefusedException tooComplex() {
        return new QueryRefusedException("The query is too deeply nested for Spark to read; simplify it, for "
                + "example by naming parts in WITH.", null, 0);
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** One walk over one plan; knows the SQL text to quote in messages. */
    private final class PlanCheck {
        private final String sql;

        PlanCheck(String sql) {
            this.sql = sql;
        }

        /** Checks {@code plan} where {@code withNames} (lower case) are the WITH names in scope. */
        void visit(LogicalPlan plan, Set<String> withNames) {
            if (plan instanceof UnresolvedWith with) {
                Set<String> visible = new HashSet<>(withNames);
                for (Tuple2<String, SubqueryAlias> definition : asJava(with.cteRelations())) {
                    visit(definition._2(), visible); // a definition sees the earlier ones, not itself
                    visible.add(lower(definition._1()));
                }
                visit(with.child(), visible);
                return;
            }
            if (plan instanceof UnresolvedHint hint) {
                throw refused(plan, hint.name(), "is an optimizer hint; hints are not allowed.");
            }
            if (!QUERY_NODES.contains(plan.getClass())) {
                throw refused(plan, firstWordAt(plan), notAQuery(plan));
            }
            if (plan instanceof UnresolvedRelation relation) {
                relation(relation, withNames);
            } else if (plan instanceof UnresolvedTableValuedFunction function) {
                List<String> name = asJava(function.name());
                String reason = RestrictedNames.functionReason(name.get(name.size() - 1));
                if (reason == null && (name.size() != 1 || !lower(name.get(0)).equals("range"))) {
                    reason = "is a table function; queries may read only the analyst views and range(…).";
                }
                if (reason != null) {
                    throw refused(plan, String.join(".", name) + "(…)", reason);
                }
            }
            for (Expression expression : asJava(plan.expressions())) {
                expression(expression);
            }
            for (TreeNode<?> inner : asJava(plan.innerChildren())) { // the plans of subqueries
                if (inner instanceof LogicalPlan subquery) {
                    visit(subquery, withNames);
                }
            }
            for (LogicalPlan child : asJava(plan.children())) {
                visit(child, withNames);
            }
        }

        private void relation(UnresolvedRelation relation, Set<String> withNames) {
            List<String> parts = asJava(relation.multipartIdentifier());
            String written = relation.tableName();
            if (parts.size() != 1) {
                throw refused(relation, written, "names a table of another database or catalogue, or a file path; "
                        + "queries may read only the analyst views " + String.join(", ", analystViews) + ".");
            }
            if (!relation.options().isEmpty()) {
                throw refused(relation, written, "has table options (WITH (…)), which are not allowed.");
            }
            String name = lower(parts.get(0));
            if (relation.isStreaming() || !withNames.contains(name) && !analystViews.contains(name)) {
                throw refused(relation, written, "is not an analyst view or a name defined earlier in WITH; "
                        + "queries may read only the analyst views " + String.join(", ", analystViews) + ".");
            }
        }

        private void expression(Expression expression) {
            if (expression instanceof UnresolvedFunction function) {
                List<String> name = asJava(function.nameParts());
                String shown = String.join(".", name) + "(…)";
                String reason = RestrictedNames.functionReason(name.get(name.size() - 1));
                if (reason != null) {
                    throw refused(function, shown, reason);
                }
                if (name.size() > 1) {
                    throw refused(function, shown, "names a function with a database or catalogue; call built-in "
                            + "functions by their plain name.");
                }
            } else if (expression instanceof UnresolvedGenerator generator) {
                String reason = RestrictedNames.functionReason(generator.name().funcName());
                if (reason != null) {
                    throw refused(generator, generator.name().funcName() + "(…)", reason);
                }
            } else if (expression instanceof ExpressionWithUnresolvedIdentifier) {
                throw refused(expression, "IDENTIFIER(…)", "builds names from text; write names directly.");
            }
            for (Expression child : asJava(expression.children())) {
                expression(child);
            }
        }

        private String notAQuery(LogicalPlan plan) {
            return switch (plan.nodeName()) {
                case "ScriptTransformation" -> "runs an external script (TRANSFORM … USING); this is not allowed.";
                case "PlanWithUnresolvedIdentifier" -> "builds a table name from text (IDENTIFIER(…)); "
                        + "write the view's name directly.";
                default -> "makes Spark run " + plan.nodeName() + ", which is not a query; only SELECT and "
                        + "WITH … SELECT queries are allowed.";
            };
        }

        /** The word of the SQL where {@code node} starts: the keyword of a statement. */
        private String firstWordAt(TreeNode<?> node) {
            Option<Object> start = node.origin().startIndex();
            if (start.isEmpty()) {
                return node.nodeName();
            }
            int from = (Integer) start.get();
            int to = from;
            while (to < sql.length() && (Character.isLetterOrDigit(sql.charAt(to)) || sql.charAt(to) == '_')) {
                to++;
            }
            return to > from ? sql.substring(from, to) : sql.substring(from, Math.min(from + 1, sql.length()));
        }

        private QueryRefusedException refused(TreeNode<?> node, String shown, String reason) {
            Option<Object> start = node.origin().startIndex();
            return start.isDefined() ? QueryRefusedException.at(shown, (Integer) start.get(), reason)
                    : new QueryRefusedException(QueryRefusedException.quote(shown) + " " + reason, shown, 0);
        }
    }
}
