/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.csv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import jp.careplan.layout.LayoutRegistry;
import jp.careplan.model.careplan.Record;
import jp.careplan.model.exchange.FileName;

/**
 * The evidence ledger of an exchange folder (運営指導): every import, export, save, deletion, conversion and creation, appended
 * to a file beside the folder ({@code NAME.careplan-ledger.tsv} next to the folder NAME), one line per entry — its
 * number, the time with its zone, the OS user, the action, the file's name, the SHA-256 of its bytes, the send unit
 * (its ファイル連番) and the records' keys (保険者番号, 被保険者番号 and month) — never a cell's content. Each line ends in
 * the SHA-256 of the line before it and of itself, so {@link #verify()} finds an edited, removed or reordered entry;
 * the number and hash of the last entry are also kept in the user's own folder, so that a ledger cut short is found
 * too. The file is created owner-only and only ever appended to, each entry forced to disk.
 */
public final class Ledger {

    /**
     * What was done to a file: imported, exported, saved, deleted, converted, or created in the folder from another file
     * (a 実績 begun from its 予定, a deletion of what a file sent).
     */
    public enum Action {
        IMPORT, EXPORT, SAVE, DELETE, CONVERT, CREATE
    }

    /**
     * One entry.
     *
     * @param number   1, 2, 3… in the order written
     * @param time     ISO-8601 with the zone offset
     * @param user     the OS user
     * @param action   what was done
     * @param file     the file's name (never its path)
     * @param sha256   the SHA-256 of the file's bytes after the action (before it, for a deletion)
     * @param unit     the send unit's ファイル連番, or empty when the name has none
     * @param keys     the records' keys: 保険者番号:被保険者番号:month, each once
     * @param previous the hash of the entry before (64 zeros for the first)
     * @param hash     the SHA-256 of the previous hash and this entry's fields
     */
    public record Entry(long number, String time, String user, Action action, String file, String sha256, String unit,
            List<String> keys, String previous, String hash) {
    }

    /** What {@link #verify()} found wrong, at the entry's number (0 for the ledger as a whole) and line. */
    public record Finding(Problem problem, long number, int line) {
    }

    public enum Problem {
        /** A line that is no entry of this format. */
        MALFORMED,
        /** The entry's fields do not give its hash: it was edited. */
        EDITED,
        /** An entry's number is not one more than the one before: entries were removed before it. */
        REMOVED,
        /** Numbers run backwards: entries were reordered. */
        REORDERED,
        /** The entry does not follow the hash of the one before it (another removal or reordering). */
        CHAIN,
        /** The ledger ends before the last entry the user's own record of it knows. */
        CUT_SHORT,
        /** The user's own record of the last entry is no number and hash: it cannot vouch for the ledger's end. */
        HEAD_UNREADABLE,
        /** The entry the user's own record knows as the last is not in the ledger as it was written: it was replaced. */
        REPLACED
    }

    private static final String GENESIS = "0".repeat(64);
    private static final String SUFFIX = ".careplan-ledger.tsv";
    private static final java.util.regex.Pattern HEX64 = java.util.regex.Pattern.compile("[0-9a-f]{64}");
    /** One lock per ledger file in this process; {@link FileChannel#lock()} excludes other processes. */
    private static final java.util.concurrent.ConcurrentMap<Path, Object> LOCKS = new java.util.concurrent.ConcurrentHashMap<>();

    private final Path file;
    private final Path head;

    private Ledger(Path file, Path head) {
        this.file = file;
        this.head = head;
    }

    /**
     * The ledger of an exchange folder, beside it; its head kept in the user's own folder of heads, the same for the
     * workbench and the command line: the system property {@code careplan.ledger.heads} (the start script sets it to
     * {@code $HOME/.careplan/ledger-heads}), else {@code ledger-heads} under {@code .careplan} in the user's home.
     */
    public static Ledger of(Path exchangeFolder) {
        return of(exchangeFolder, headsFolder());
    }

    /** Where the heads of the user's ledgers are kept (see {@link #of(Path)}). */
    public static Path headsFolder() {
        String configured = System.getProperty("careplan.ledger.heads");
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".careplan", "ledger-heads");
    }

    /** The ledger of an exchange folder, beside it; its head kept in the given folder of the user's own. */
    public static Ledger of(Path exchangeFolder, Path heads) {
        Path folder = exchangeFolder.toAbsolutePath().normalize();
        Path file = folder.resolveSibling(folder.getFileName() + SUFFIX);
        return new Ledger(file, heads.resolve(sha256((file.toString()).getBytes(StandardCharsets.UTF_8)) + ".head"));
    }

    /** A ledger in a given file, with its head in another (for a copy an inspector was given, or a test). */
    public static Ledger at(Path file, Path head) {
        return new Ledger(file.toAbsolutePath().normalize(), head == null ? null : head.toAbsolutePath().normalize());
    }

    public Path file() {
        return file;
    }

    /** Records an action on a file as it is now (for a deletion: call it before deleting). */
    public Entry append(Action action, Path target, List<String> keys) throws IOException {
        return append(action, target.getFileName().toString(), Files.readAllBytes(target), keys);
    }

    /**
     * Records an action on a file as it is now, with the keys of its records when it is a standard file the layouts
     * read completely (none otherwise: an attachment, or a file the reader refused).
     */
    public Entry append(Action action, Path target, LayoutRegistry layouts) throws IOException {
        List<String> keys = List.of();
        if (target.getFileName().toString().toUpperCase(Locale.ROOT).endsWith(".CSV")) {
            CareplanResource resource = CareplanResource.read(target, layouts);
            if (resource.isComplete()) {
                keys = keysOf(resource);
            }
        }
        return append(action, target, keys);
    }

    /**
     * Records an action on a file whose bytes are given. The ledger is locked for the whole append (against other
     * threads and other processes: the workbench and the command line may record at once), and the new entry follows
     * the later of the file's last entry and the user's own record of it: a ledger cut short and then appended to
     * keeps the gap visible to {@link #verify()} instead of hiding it behind a fresh chain. A last line left half
     * written by a crash is closed first, so it stays one malformed line and the new entry is whole.
     */
    public Entry append(Action action, String fileName, byte[] bytes, List<String> keys) throws IOException {
        synchronized (LOCKS.computeIfAbsent(file, any -> new Object())) {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = openOwnerOnly(); FileLock lock = channel.lock()) {
                byte[] existing = readAll(channel);
                List<Entry> entries = parseAll(new String(existing, StandardCharsets.UTF_8));
                long lastNumber = entries.stream().mapToLong(Entry::number).max().orElse(0);
                long number = entries.isEmpty() ? 1 : entries.get(entries.size() - 1).number() + 1;
                String previous = entries.isEmpty() ? GENESIS : entries.get(entries.size() - 1).hash();
                boolean headExists = head != null && Files.exists(head);
                String[] known = readHead();
                if (known != null) {
                    long knownNumber = Long.parseLong(known[0]);
                    boolean fileHasIt = entries.stream().anyMatch(e -> e.number() == knownNumber && e.hash().equals(known[1]));
                    if (!fileHasIt) {
                        // the ledger no longer holds the entry the user's own record knows (cut, or replaced): the new
                        // entry follows that record, so the break stays visible to verify() instead of a fresh chain
                        number = Math.max(lastNumber, knownNumber) + 1;
                        previous = known[1];
                    }
                }
                String time = OffsetDateTime.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
                String user = clean(Objects.toString(System.getProperty("user.name"), ""));
                String name = clean(fileName);
                String unit = unitOf(name);
                List<String> cleanKeys = keys.stream().map(Ledger::cleanKey).distinct().toList();
                String sha256 = sha256(bytes);
                String hash = hash(previous, number, time, user, action, name, sha256, unit, cleanKeys);
                Entry entry = new Entry(number, time, user, action, name, sha256, unit, cleanKeys, previous, hash);
                boolean closeLastLine = existing.length > 0 && existing[existing.length - 1] != '\n';
                ByteBuffer line = ByteBuffer.wrap(((closeLastLine ? "\n" : "") + line(entry) + "\n").getBytes(StandardCharsets.UTF_8));
                channel.position(channel.size());
                while (line.hasRemaining()) {
                    channel.write(line);
                }
                channel.force(true);
                // the user's own record follows, unless it exists and cannot be read: then it is left as it is, as the
                // evidence verify() reports. Once the line is on disk the entry is recorded: a head that cannot be
                // written now is caught up by the next append (it follows the ledger when it is behind it).
                if (head != null && (!headExists || known != null)) {
                    try {
                        Files.createDirectories(head.getParent());
                        long written = number;
                        AtomicFiles.write(head, out -> out.write((written + "\t" + hash + "\n").getBytes(StandardCharsets.US_ASCII)));
                    } catch (IOException headNotWritten) {
                        // see above
                    }
                }
                return entry;
            }
        }
    }

    /** The entries, in the file's order; lines that are no entry are left out (see {@link #verify()}). */
    public List<Entry> entries() throws IOException {
        return Files.exists(file) ? parseAll(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)) : new ArrayList<>();
    }

    private static List<Entry> parseAll(String text) {
        List<Entry> entries = new ArrayList<>();
        for (String line : text.split("\n")) {
            Entry entry = parse(line);
            if (entry != null) {
                entries.add(entry);
            }
        }
        return entries;
    }

    /** The user's own record of the last entry (its number and hash), or null when there is none or it is unreadable. */
    private String[] readHead() throws IOException {
        if (head == null || !Files.exists(head)) {
            return null;
        }
        String[] known = new String(Files.readAllBytes(head), StandardCharsets.ISO_8859_1).strip().split("\t");
        return known.length == 2 && known[0].matches("\\d{1,18}") && known[1].matches("[0-9a-f]{64}") ? known : null;
    }

    /**
     * Whether the user's own record of the ledger's last entry (its head) is there, so that {@link #verify()} can tell a
     * ledger cut short at its end. Without it (another user, another computer, a copy given to an inspector) entries
     * removed from the end leave no trace in the ledger itself: a verification then vouches for the rest only.
     */
    public boolean endKnown() {
        return head != null && Files.exists(head);
    }

    /**
     * Every edited, removed or reordered entry, and a ledger cut short (where {@link #endKnown() its end is known});
     * empty when nothing was found.
     */
    public List<Finding> verify() throws IOException {
        List<Finding> findings = new ArrayList<>();
        List<String> lines = Files.exists(file) ? lines(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)) : List.of();
        String previous = GENESIS;
        long expected = 1;
        long last = 0;
        java.util.Map<Long, Entry> byNumber = new java.util.HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            int lineNumber = i + 1;
            Entry entry = parse(lines.get(i));
            if (entry == null) {
                findings.add(new Finding(Problem.MALFORMED, 0, lineNumber));
                continue;
            }
            byNumber.putIfAbsent(entry.number(), entry);
            String recomputed = hash(entry.previous(), entry.number(), entry.time(), entry.user(), entry.action(), entry.file(),
                    entry.sha256(), entry.unit(), entry.keys());
            if (!recomputed.equals(entry.hash())) {
                findings.add(new Finding(Problem.EDITED, entry.number(), lineNumber));
            }
            if (entry.number() < expected) {
                findings.add(new Finding(Problem.REORDERED, entry.number(), lineNumber));
            } else if (entry.number() > expected) {
                findings.add(new Finding(Problem.REMOVED, entry.number(), lineNumber));
            }
            if (!entry.previous().equals(previous)) {
                findings.add(new Finding(Problem.CHAIN, entry.number(), lineNumber));
            }
            previous = entry.hash();
            expected = entry.number() + 1;
            last = Math.max(last, entry.number());
        }
        if (head != null && Files.exists(head)) {
            String[] known = readHead();
            if (known == null) {
                findings.add(new Finding(Problem.HEAD_UNREADABLE, 0, 0));
            } else {
                long knownLast = Long.parseLong(known[0]);
                Entry knownEntry = byNumber.get(knownLast);
                if (knownEntry == null && knownLast > last) {
                    findings.add(new Finding(Problem.CUT_SHORT, knownLast, lines.size()));
                } else if (knownEntry == null || !knownEntry.hash().equals(known[1])) {
                    findings.add(new Finding(Problem.REPLACED, knownLast, lines.size()));
                }
            }
        }
        return findings;
    }

    /** The keys of a file's records: 保険者番号:被保険者番号:対象年月 (or the file name's month), each once. */
    public static List<String> keysOf(CareplanResource resource) {
        Set<String> keys = new LinkedHashSet<>();
        FileName name = resource.fileName();
        String month = name == null || name.getMonth() == null ? "" : name.getMonth();
        for (Record record : resource.document().getRecords()) {
            keys.add(Objects.toString(record.getInsurerNumber(), "") + ":" + Objects.toString(record.getInsuredNumber(), "") + ":"
                    + month);
        }
        return List.copyOf(keys);
    }

    private static String unitOf(String fileName) {
        java.util.regex.Matcher serial = java.util.regex.Pattern.compile("_(\\d{14})(?:_\\d+)?\\.[A-Za-z]+$").matcher(fileName);
        return serial.find() ? serial.group(1) : "";
    }

    private static String line(Entry entry) {
        return String.join("\t", Long.toString(entry.number()), entry.time(), clean(entry.user()), entry.action().name(),
                clean(entry.file()), entry.sha256(), entry.unit(), String.join(";", entry.keys()), entry.previous(), entry.hash());
    }

    private static Entry parse(String line) {
        String[] cells = line.split("\t", -1);
        if (cells.length != 10) {
            return null;
        }
        try {
            if (!HEX64.matcher(cells[5]).matches() || !HEX64.matcher(cells[8]).matches() || !HEX64.matcher(cells[9]).matches()) {
                return null; // a line torn or cut inside a hash is no entry
            }
            List<String> keys = cells[7].isEmpty() ? List.of() : List.of(cells[7].split(";"));
            return new Entry(Long.parseLong(cells[0]), cells[1], cells[2], Action.valueOf(cells[3]), cells[4], cells[5], cells[6], keys,
                    cells[8], cells[9]);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String hash(String previous, long number, String time, String user, Action action, String file, String sha256,
            String unit, List<String> keys) {
        String fields = String.join("\t", previous, Long.toString(number), time, clean(user), action.name(), clean(file), sha256, unit,
                String.join(";", keys));
        return sha256(fields.getBytes(StandardCharsets.UTF_8));
    }

    /** Tabs and line breaks cannot be in a field (a file name from outside could hold them). */
    private static String clean(String text) {
        return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    /** The lines of the ledger's text (a last line without its line end included, an empty last one not). */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** A key's parts are digits in the standard; one from outside cannot break the line or its list. */
    private static String cleanKey(String key) {
        return clean(key).replace(';', ',');
    }

    /** The ledger for reading and appending; created owner-only. */
    private FileChannel openOwnerOnly() throws IOException {
        Set<StandardOpenOption> options = Set.of(StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.CREATE);
        try {
            return FileChannel.open(file, options, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            return FileChannel.open(file, options);
        }
    }

    private static byte[] readAll(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size > Integer.MAX_VALUE - 16) {
            throw new IOException("ledger too large");
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) size);
        channel.position(0);
        while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
            // read on
        }
        return buffer.array();
    }

    /** The SHA-256 of the bytes, as 64 lower-case hex digits. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The entries of a month (their time's YYYYMM, or a key's month), for a report. */
    public static List<Entry> ofMonth(List<Entry> entries, String yearMonth) {
        return entries.stream().filter(entry -> entry.time().replace("-", "").startsWith(yearMonth)
                || entry.keys().stream().anyMatch(key -> key.endsWith(":" + yearMonth))).toList();
    }

    /** The entries whose file name, action, unit or keys contain the text (case-insensitive). */
    public static List<Entry> filter(List<Entry> entries, String text) {
        String wanted = text.toLowerCase(Locale.ROOT);
        return entries.stream().filter(entry -> entry.file().toLowerCase(Locale.ROOT).contains(wanted)
                || entry.action().name().toLowerCase(Locale.ROOT).contains(wanted) || entry.unit().contains(wanted)
                || entry.keys().stream().anyMatch(key -> key.contains(wanted))).toList();
    }
}
