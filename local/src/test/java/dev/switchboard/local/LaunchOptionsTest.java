package dev.switchboard.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void shouldReadUpWithEveryOption() {
        LaunchOptions options = LaunchOptions.parse("up", "--demo", "--data", "/tmp/sb", "--rate", "30", "--seed", "7");

        assertThat(options.command()).isEqualTo(LaunchOptions.Command.UP);
        assertThat(options.demo()).isTrue();
        assertThat(options.dataDir()).contains(Path.of("/tmp/sb"));
        assertThat(options.demoSettings().ticketsPerMinute()).isEqualTo(30);
        assertThat(options.demoSettings().seed()).isEqualTo(7);
    }

    @Test
    void shouldDefaultToNoDemoTheDefaultFolderAndTenTicketsAMinute() {
        LaunchOptions options = LaunchOptions.parse("up");

        assertThat(options.demo()).isFalse();
        assertThat(options.dataDir()).isEmpty();
        assertThat(options.demoSettings().ticketsPerMinute()).isEqualTo(10);
    }

    @Test
    void shouldShowHelpWithoutArguments() {
        assertThat(LaunchOptions.parse().command()).isEqualTo(LaunchOptions.Command.HELP);
        assertThat(LaunchOptions.parse("help").command()).isEqualTo(LaunchOptions.Command.HELP);
    }

    @Test
    void shouldRefuseUnknownOptionsAndBadNumbers() {
        assertThatThrownBy(() -> LaunchOptions.parse("down")).hasMessageContaining("down");
        assertThatThrownBy(() -> LaunchOptions.parse("up", "--fast")).hasMessageContaining("--fast");
        assertThatThrownBy(() -> LaunchOptions.parse("up", "--rate", "many")).hasMessageContaining("--rate");
        assertThatThrownBy(() -> LaunchOptions.parse("up", "--rate", "-1")).hasMessageContaining("--rate");
        assertThatThrownBy(() -> LaunchOptions.parse("up", "--seed")).hasMessageContaining("--seed");
    }

    @Test
    void shouldReadBenchAndFaultsWithTheirReducedForm() {
        LaunchOptions bench = LaunchOptions.parse("bench", "--quick");
        LaunchOptions faults = LaunchOptions.parse("faults", "--seed", "9");

        assertThat(bench.command()).isEqualTo(LaunchOptions.Command.BENCH);
        assertThat(bench.quick()).isTrue();
        assertThat(faults.command()).isEqualTo(LaunchOptions.Command.FAULTS);
        assertThat(faults.quick()).isFalse();
        assertThat(faults.demoSettings().seed()).isEqualTo(9);
    }

    @Test
    void shouldRefuseOptionsOfAnotherCommand() {
        assertThatThrownBy(() -> LaunchOptions.parse("bench", "--demo")).hasMessageContaining("--demo");
        assertThatThrownBy(() -> LaunchOptions.parse("up", "--quick")).hasMessageContaining("--quick");
    }
}
