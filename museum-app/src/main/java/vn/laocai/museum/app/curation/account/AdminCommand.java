package vn.laocai.museum.app.curation.account;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar museum-app.jar admin …}: accounts from the command line, without the museum
 * running or while it runs (it reads the accounts file again when it changes). The password is
 * read from {@code MUSEUM_ADMIN_PASSWORD}, else from the terminal without echo, else from the
 * first line of standard input — never from the command line, where other users could see it.
 *
 * <pre>{@code
 * java -jar museum-app.jar admin create-user --username lan --role ADMIN
 * printf '%s\n' "$PASSWORD" | java -jar museum-app.jar admin create-user --username mai --role KEEPER --community Dao
 * }</pre>
 */
@Command(name = "admin", mixinStandardHelpOptions = true, description = "Manage the curators' accounts.",
        subcommands = {AdminCommand.CreateUser.class, AdminCommand.ResetPassword.class, AdminCommand.ListUsers.class})
public final class AdminCommand {

    private static final Logger log = LoggerFactory.getLogger(AdminCommand.class);

    @Option(names = "--data-dir", scope = CommandLine.ScopeType.INHERIT,
            description = "The museum's data directory (env MUSEUM_DATA_DIR, default ./data).")
    Path dataDir;

    /** Runs the command with the process's environment and standard streams; the exit code. */
    public static int run(String[] args) {
        return run(args, System.getenv(), System.in, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8));
    }

    /** The same with its environment and streams given (tests). */
    public static int run(String[] args, Map<String, String> environment, InputStream in, PrintWriter out, PrintWriter err) {
        AdminCommand command = new AdminCommand();
        command.environment = environment;
        command.in = in;
        CommandLine line = new CommandLine(command);
        line.setOut(out);
        line.setErr(err);
        line.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            commandLine.getErr().println(e instanceof AccountException ? e.getMessage() : "admin: " + e);
            return 1;
        });
        return line.execute(args);
    }

    private Map<String, String> environment = Map.of();
    private InputStream in = InputStream.nullInputStream();

    private AccountService accounts() {
        Path directory = dataDir != null ? dataDir : Path.of(environment.getOrDefault("MUSEUM_DATA_DIR", "./data"));
        int minLength = Integer.parseInt(environment.getOrDefault("MUSEUM_SECURITY_MIN_PASSWORD_LENGTH", "12"));
        // The graph may be open in the running museum: the command logs its changes instead of auditing them there.
        return new AccountService(AccountStore.in(directory), PasswordHashing.encoder(),
                event -> log.info("{} {} by the admin command: {}", event.action().code(), event.subject(), event.detail()),
                username -> 0, Clock.systemUTC(), minLength);
    }

    private String password() throws IOException {
        String fromEnvironment = environment.get("MUSEUM_ADMIN_PASSWORD");
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment;
        }
        Console console = System.console();
        if (console != null && in == System.in && console.isTerminal()) {
            char[] typed = console.readPassword("Password: ");
            return typed == null ? "" : new String(typed);
        }
        String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        return line == null ? "" : line;
    }

    private static final AccountService.Actor COMMAND_LINE = AccountService.Actor.of("", "command line");

    @Command(name = "create-user", mixinStandardHelpOptions = true, description = "Create an account.")
    static final class CreateUser implements Callable<Integer> {

        @CommandLine.ParentCommand
        AdminCommand admin;

        @Option(names = "--username", required = true, description = "3 to 40 lower-case letters, digits, '.', '-' or '_'.")
        String username;

        @Option(names = "--role", required = true, description = "CURATOR, REVIEWER, KEEPER, ADMIN or STAFF; repeat for several.")
        List<Role> roles;

        @Option(names = "--community", description = "The community a KEEPER keeps knowledge for, e.g. Dao.")
        String community;

        @Override
        public Integer call() throws IOException {
            Account account = admin.accounts().create(COMMAND_LINE, username, admin.password(), EnumSet.copyOf(roles), community);
            admin.outPrintln("Created " + account.username() + " (" + roles(account.roles()) + ")");
            return 0;
        }
    }

    @Command(name = "reset-password", mixinStandardHelpOptions = true, description = "Give an account a new password.")
    static final class ResetPassword implements Callable<Integer> {

        @CommandLine.ParentCommand
        AdminCommand admin;

        @Option(names = "--username", required = true)
        String username;

        @Override
        public Integer call() throws IOException {
            admin.accounts().resetPassword(COMMAND_LINE, username, admin.password());
            admin.outPrintln("New password set for " + Account.normalize(username));
            return 0;
        }
    }

    @Command(name = "list-users", mixinStandardHelpOptions = true, description = "List the accounts.")
    static final class ListUsers implements Callable<Integer> {

        @CommandLine.ParentCommand
        AdminCommand admin;

        @Override
        public Integer call() {
            for (Account account : admin.accounts().list()) {
                admin.outPrintln(account.username() + "\t" + roles(account.roles()) + "\t" + account.community() + "\t"
                        + (account.enabled() ? "enabled" : "disabled"));
            }
            return 0;
        }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private void outPrintln(String text) {
        spec.commandLine().getOut().println(text);
    }

    private static String roles(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }
}
