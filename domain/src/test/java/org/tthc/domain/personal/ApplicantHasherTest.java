package org.tthc.domain.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class ApplicantHasherTest {
    private final ApplicantHasher hasher = new ApplicantHasher(key(1));

    @Test
    void oneApplicantWrittenTwoWaysGetsOneHash() {
        assertThat(hasher.idNumber(" 079 012.345-678 ")).isEqualTo(hasher.idNumber("079012345678"));
        assertThat(hasher.idNumber("b1234567")).isEqualTo(hasher.idNumber("B1234567"));
        assertThat(hasher.phone("+84 905 123 456")).isEqualTo(hasher.phone("0905123456"));
        assertThat(hasher.email(" An.Nguyen@Example.VN")).isEqualTo(hasher.email("an.nguyen@example.vn"));
    }

    @Test
    void hashesAreKeyedAndKindsDoNotCollide() {
        assertThat(hasher.idNumber("0905123456")).isNotEqualTo(hasher.phone("0905123456"));
        assertThat(new ApplicantHasher(key(2)).idNumber("079012345678")).isNotEqualTo(hasher.idNumber("079012345678"));
        assertThat(hasher.idNumber("079012345678")).hasSize(64).doesNotContain("079012345678");
    }

    @Test
    void blankValuesHaveNoHash() {
        assertThat(hasher.idNumber("  ")).isNull();
        assertThat(hasher.phone(null)).isNull();
        assertThat(hasher.email("")).isNull();
    }

    @Test
    void aShortKeyIsRefused() {
        assertThatThrownBy(() -> new ApplicantHasher(new byte[16])).hasMessageContaining("at least 32 bytes");
    }

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }
}
