package vn.laocai.museum.app.curation.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The accounts, in one JSON file under the data directory ({@code <data-dir>/accounts/accounts.json}),
 * never in the graph, so no hash can reach a dump or the SPARQL endpoint. Every change rewrites
 * the file through a temporary file and an atomic rename: a crash leaves the old file or the new,
 * never half of one. The file is read again when another process (the {@code admin} command)
 * changed it.
 *
 * <pre>{@code
 * AccountStore store = AccountStore.in(Path.of("data"));
 * store.save(account);
 * }</pre>
 */
public final class AccountStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path file;
    private List<Account> accounts = List.of();
    private FileTime loaded;

    public AccountStore(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    /** The store of a museum data directory. */
    public static AccountStore in(Path dataDir) {
        return new AccountStore(dataDir.resolve("accounts").resolve("accounts.json"));
    }

    public Path file() {
        return file;
    }

    public synchronized List<Account> all() {
        refresh();
        return accounts.stream().sorted(Comparator.comparing(Account::username)).toList();
    }

    public synchronized Optional<Account> find(String username) {
        String name = Account.normalize(username);
        refresh();
        return accounts.stream().filter(account -> account.username().equals(name)).findFirst();
    }

    public synchronized boolean isEmpty() {
        refresh();
        return accounts.isEmpty();
    }

    /** Adds the account, or replaces the one of the same name. */
    public synchronized void save(Account account) {
        refresh();
        List<Account> next = new ArrayList<>(accounts);
        next.removeIf(existing -> existing.username().equals(account.username()));
        next.add(account);
        write(next);
        accounts = List.copyOf(next);
    }

    private void refresh() {
        try {
            if (!Files.exists(file)) {
                accounts = List.of();
                loaded = null;
                return;
            }
            FileTime modified = Files.getLastModifiedTime(file);
            if (modified.equals(loaded)) {
                return;
            }
            AccountsFile read = JSON.readValue(file.toFile(), AccountsFile.class);
            accounts = read.accounts() == null ? List.of() : List.copyOf(read.accounts());
            loaded = modified;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the accounts in " + file, e);
        }
    }

    private void write(List<Account> next) {
        try {
            Path directory = Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = Files.createTempFile(directory, "accounts-", ".json.tmp");
            try {
                ownerOnly(temporary);
                JSON.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), new AccountsFile(1, next));
                try {
                    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
            loaded = Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the accounts to " + file, e);
        }
    }

    /** Hashes are not secrets in themselves, but nobody else on the machine needs to read them. */
    private static void ownerOnly(Path path) throws IOException {
        if (Files.getFileAttributeView(path, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        }
    }

    /** The file's shape: a version, then the accounts. */
    record AccountsFile(int version, List<Account> accounts) {}
}
