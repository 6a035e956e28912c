package org.tthc.ingestion.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonalDataKeyTest {
    @TempDir
    Path data;

    @Test
    void withoutAConfiguredKeyTheInstallationKeyIsGeneratedOnceAndKept() throws Exception {
        String first = PersonalDataKey.hasher(null, data).idNumber("079012345678");
        String again = PersonalDataKey.hasher("", data).idNumber("079012345678");

        assertThat(again).isEqualTo(first);
        Path file = data.resolve(PersonalDataKey.KEY_FILE);
        assertThat(Base64.getDecoder().decode(Files.readString(file).trim())).hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aConfiguredKeyWinsOverTheKeyFile() {
        String configured = Base64.getEncoder().encodeToString(new byte[32]);

        String hash = PersonalDataKey.hasher(configured, data).idNumber("079012345678");

        assertThat(hash).isNotEqualTo(PersonalDataKey.hasher(null, data).idNumber("079012345678"));
        assertThat(Files.exists(data.resolve(PersonalDataKey.KEY_FILE))).isTrue();
    }

    @Test
    void aKeyThatIsNotBase64OrTooShortIsRefusedWithHowToMakeOne() {
        assertThatThrownBy(() -> PersonalDataKey.hasher("not base64!", data))
                .hasMessageContaining("not Base64").hasMessageContaining("openssl rand -base64 32");
        assertThatThrownBy(() -> PersonalDataKey.hasher("a2V5", data))
                .hasMessageContaining("3 bytes").hasMessageContaining("at least 32");
    }
}
