package org.tthc.warehouse.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.tthc.warehouse.query.SqlToken.Kind;

class SqlTokenizerTest {
    @Test
    void quotesTakeDoubledQuotesAndBackslashEscapes() {
        SqlTokenizer.Result read = SqlTokenizer.tokenize("SELECT 'a''b', 'c\\'d', \"e\"\"f\", `g``h`, r'i\"j'");

        assertThat(read.tokens()).extracting(SqlToken::kind, SqlToken::value).containsExactly(
                tuple(Kind.WORD, "SELECT"),
                tuple(Kind.STRING, "a'b"), tuple(Kind.SYMBOL, ","),
                tuple(Kind.STRING, "c'd"), tuple(Kind.SYMBOL, ","),
                tuple(Kind.QUOTED_NAME, "e\"f"), tuple(Kind.SYMBOL, ","),
                tuple(Kind.QUOTED_NAME, "g`h"), tuple(Kind.SYMBOL, ","),
                tuple(Kind.STRING, "i\"j"));
    }

    @Test
    void commentsAreBlankedOutKeepingLineBreaksAndPositions() {
        String sql = "SELECT 1 -- one\n/* two\n /* nested */ still two */ + 2 # three\n//four";

        SqlTokenizer.Result read = SqlTokenizer.tokenize(sql);

        assertThat(read.tokens()).extracting(SqlToken::text).containsExactly("SELECT", "1", "+", "2");
        assertThat(read.runnableSql()).hasSameSizeAs(sql)
                .isEqualTo("SELECT 1" + " ".repeat(7) + "\n" + " ".repeat(6) + "\n" + " ".repeat(27) + "+ 2"
                        + " ".repeat(8) + "\n" + " ".repeat(6));
        assertThat(read.tokens().get(2).start()).isEqualTo(sql.indexOf('+'));
    }

    @Test
    void operatorsAreReadLongestFirst() {
        SqlTokenizer.Result read = SqlTokenizer.tokenize("a||b->c::d<=>e|>f<>g||>h");

        assertThat(read.tokens()).extracting(SqlToken::text)
                .containsExactly("a", "||", "b", "->", "c", "::", "d", "<=>", "e", "|>", "f", "<>", "g", "||", ">",
                        "h");
    }

    @Test
    void numbersKeepTheirSuffixesAndExponents() {
        SqlTokenizer.Result read = SqlTokenizer.tokenize("10L 1.5D 2BD 1e-3 0x1F 0b101 3.");

        assertThat(read.tokens()).extracting(SqlToken::kind).containsOnly(Kind.NUMBER);
        assertThat(read.tokens()).extracting(SqlToken::text)
                .containsExactly("10L", "1.5D", "2BD", "1e-3", "0x1F", "0b101", "3.");
    }
}
