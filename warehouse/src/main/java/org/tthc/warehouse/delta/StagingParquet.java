package org.tthc.warehouse.delta;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.execution.datasources.parquet.SparkToParquetSchemaConverter;
import org.apache.spark.sql.internal.SQLConf;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampNTZType;

/**
 * Writes rows of a staging table straight to a Parquet file, in the layout Spark itself writes for the schema (the
 * schema is converted by Spark's own converter), without going through a DataFrame: a chunk of rows built in Java
 * would otherwise be converted to Catalyst rows, planned, serialised into a task and written by an executor, which
 * cost more than reading the packet files (measured with JFR on 300k dossiers). Spark reads the files back with
 * {@code spark.read().schema(…).parquet(folder)}.
 *
 * <p>Types: string, int, long, boolean, date, timestamp without time zone, arrays and structs of those, which is all
 * the staging tables use; another type fails at the first row with the column's name.
 */
final class StagingParquet {
    private StagingParquet() {
    }

    /** Writes {@code rows} of {@code schema} as the new file {@code file}. */
    static void write(Path file, StructType schema, List<Row> rows) {
        OutputFile output = new LocalOutputFile(file);
        try (ParquetWriter<Row> writer = new Builder(output, schema)
                .withCompressionCodec(CompressionCodecName.SNAPPY)
                .withConf(new Configuration(false))
                .build()) {
            for (Row row : rows) {
                writer.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write staging file " + file + ": " + e.getMessage(), e);
        }
    }

    private static final class Builder extends ParquetWriter.Builder<Row, Builder> {
        private final StructType schema;

        Builder(OutputFile file, StructType schema) {
            super(file);
            this.schema = schema;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected WriteSupport<Row> getWriteSupport(Configuration conf) {
            return new RowWriteSupport(schema);
        }
    }

    private static final class RowWriteSupport extends WriteSupport<Row> {
        private final StructType schema;
        private final MessageType parquetSchema;
        private RecordConsumer consumer;

        RowWriteSupport(StructType schema) {
            this.schema = schema;
            this.parquetSchema = new SparkToParquetSchemaConverter(new SQLConf()).convert(schema);
        }

        @Override
        public WriteContext init(Configuration configuration) {
            return new WriteContext(parquetSchema, new HashMap<>());
        }

        @Override
        public void prepareForWrite(RecordConsumer recordConsumer) {
            this.consumer = recordConsumer;
        }

        @Override
        public void write(Row row) {
            consumer.startMessage();
            writeFields(schema, row);
            consumer.endMessage();
        }

        private void writeFields(StructType struct, Row row) {
            StructField[] fields = struct.fields();
            for (int i = 0; i < fields.length; i++) {
                if (!row.isNullAt(i)) {
                    consumer.startField(fields[i].name(), i);
                    writeValue(fields[i].name(), fields[i].dataType(), row.get(i));
                    consumer.endField(fields[i].name(), i);
                }
            }
        }

        /** Spark's standard three-level list: {@code group (LIST) { repeated group list { element } }}. */
        private void writeValue(String name, DataType type, Object value) {
            if (type instanceof StringType) {
                consumer.addBinary(Binary.fromReusedByteArray(((String) value).getBytes(StandardCharsets.UTF_8)));
            } else if (type instanceof IntegerType) {
                consumer.addInteger((Integer) value);
            } else if (type instanceof LongType) {
                consumer.addLong((Long) value);
            } else if (type instanceof BooleanType) {
                consumer.addBoolean((Boolean) value);
            } else if (type instanceof DateType) {
                consumer.addInteger(Math.toIntExact(((LocalDate) value).toEpochDay()));
            } else if (type instanceof TimestampNTZType) {
                LocalDateTime time = (LocalDateTime) value;
                consumer.addLong(time.toEpochSecond(ZoneOffset.UTC) * 1_000_000L + time.getNano() / 1_000);
            } else if (type instanceof StructType struct) {
                consumer.startGroup();
                writeFields(struct, (Row) value);
                consumer.endGroup();
            } else if (type instanceof ArrayType array) {
                consumer.startGroup();
                List<?> elements = value instanceof scala.collection.Seq<?> seq
                        ? scala.jdk.javaapi.CollectionConverters.asJava(seq) : (List<?>) value;
                if (!elements.isEmpty()) {
                    consumer.startField("list", 0);
                    for (Object element : elements) {
                        consumer.startGroup();
                        if (element != null) {
                            consumer.startField("element", 0);
                            writeValue(name, array.elementType(), element);
                            consumer.endField("element", 0);
                        }
                        consumer.endGroup();
                    }
                    consumer.endField("list", 0);
                }
                consumer.endGroup();
            } else {
                throw new IllegalArgumentException("staging column " + name + " has type " + type.simpleString()
                        + ", which the staging writer does not write");
            }
        }
    }
}
