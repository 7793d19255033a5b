/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.layout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import jp.careplan.layout.internal.CodeListExtensionReader;

/**
 * Code lists that come from outside the layouts: lists too long or too changeable for a layout file (the
 * 福祉用具 products and their TAISコード), contributed through the extension point
 * {@code jp.careplan.layout.codeLists} or registered in plain Java (a list the user imported). A list applies to
 * items by their names as the standard writes them (TAISコード, 福祉用具届出コード), in any layout of any version.
 * When several lists apply to an item, the one of the highest priority is chosen; of lists of the same priority the
 * first registered is used and the others are returned as ties for the caller to report (the workbench logs them and
 * shows them on its preference page). Lists are read on first use.
 */
public final class CodeListRegistry {

    /** One code and what it stands for (a product's name). */
    public record Entry(String code, String label) {
        public Entry {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * A contributed list: its id, its name (for the user), the item names it applies to, its priority, who gave it,
     * and how to read its entries (called once, on first use; {@code null} from the loader means it could not be
     * read, and the list is then left out).
     */
    public record Contribution(String id, String name, Set<String> items, int priority, String contributor,
            Supplier<List<Entry>> loader) {
        public Contribution {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            items = Set.copyOf(items);
            Objects.requireNonNull(contributor, "contributor");
            Objects.requireNonNull(loader, "loader");
        }
    }

    /** The list chosen for an item, its entries, and the lists of the same priority it was chosen over. */
    public record Resolution(Contribution chosen, List<Entry> entries, List<Contribution> ties) {

        /** The entry of a code, if the list has it. */
        public Optional<Entry> find(String code) {
            return entries.stream().filter(entry -> entry.code().equals(code)).findFirst();
        }
    }

    /** A line of a list file that is not a code and a label: where, and why (never the line's contents). */
    public static final class FormatException extends IOException {
        private static final long serialVersionUID = 1L;
        private final int line;

        public FormatException(int line, String reason) {
            super("line " + line + ": " + reason);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    /** Marks a list whose loader failed (compared by identity). */
    private static final List<Entry> UNREADABLE = new ArrayList<>(0);

    private static volatile CodeListRegistry defaultRegistry;

    private final List<Contribution> contributions = new CopyOnWriteArrayList<>();
    private final java.util.Map<String, List<Entry>> loaded = new java.util.concurrent.ConcurrentHashMap<>();

    /** The registry of the running product: the extension point's lists (none in plain Java). */
    public static CodeListRegistry getDefault() {
        CodeListRegistry registry = defaultRegistry;
        if (registry == null) {
            synchronized (CodeListRegistry.class) {
                registry = defaultRegistry;
                if (registry == null) {
                    registry = new CodeListRegistry();
                    CodeListExtensionReader.fill(registry);
                    defaultRegistry = registry;
                }
            }
        }
        return registry;
    }

    /** Adds a list; one of the same id and contributor is replaced (a list imported again). */
    public void register(Contribution contribution) {
        Objects.requireNonNull(contribution, "contribution");
        contributions.removeIf(known -> known.id().equals(contribution.id()) && known.contributor().equals(contribution.contributor()));
        loaded.remove(key(contribution));
        contributions.add(contribution);
    }

    /** Removes one list of a contributor (an imported list the user removes). */
    public void unregister(String id, String contributor) {
        contributions.removeIf(contribution -> contribution.id().equals(id) && contribution.contributor().equals(contributor));
    }

    /** Removes the lists a contributor gave (a bundle that went away). */
    public void unregisterContributor(String contributor) {
        contributions.removeIf(contribution -> contribution.contributor().equals(contributor));
    }

    /** The registered lists, without reading them. */
    public List<Contribution> contributions() {
        return List.copyOf(contributions);
    }

    /**
     * The list for an item name: the readable list of the highest priority that applies to it (ties: the others of
     * that priority, in the order they were registered).
     */
    public Optional<Resolution> forItem(String itemName) {
        List<Contribution> candidates = new ArrayList<>();
        for (Contribution contribution : contributions) {
            if (contribution.items().contains(itemName) && entries(contribution) != null) {
                candidates.add(contribution);
            }
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        candidates.sort(Comparator.comparingInt(Contribution::priority).reversed());
        Contribution winner = candidates.get(0);
        List<Contribution> ties = candidates.stream().filter(c -> c != winner && c.priority() == winner.priority()).toList();
        return Optional.of(new Resolution(winner, entries(winner), ties));
    }

    /** The entries of a list, read once; {@code null} when it could not be read. */
    private List<Entry> entries(Contribution contribution) {
        String key = key(contribution);
        List<Entry> entries = loaded.get(key);
        if (entries == null) {
            List<Entry> read = contribution.loader().get();
            entries = read == null ? UNREADABLE : List.copyOf(read);
            loaded.put(key, entries);
        }
        return entries == UNREADABLE ? null : entries;
    }

    private static String key(Contribution contribution) {
        return contribution.contributor() + "\u0000" + contribution.id();
    }

    /**
     * Reads a list file of the format the extension point names: UTF-8 text, one entry per line, the code, a comma,
     * and the label (which may hold commas); empty lines and lines beginning with {@code #} are skipped.
     *
     * @throws FormatException when a line has no comma, an empty code, a code with spaces, or a code seen before
     */
    public static List<Entry> read(Reader reader) throws IOException {
        List<Entry> entries = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int comma = line.indexOf(',');
            if (comma < 0) {
                throw new FormatException(number, "a code, a comma and a label were expected");
            }
            String code = line.substring(0, comma).strip();
            if (code.isEmpty() || code.chars().anyMatch(Character::isWhitespace)) {
                throw new FormatException(number, "the code is empty or has spaces");
            }
            if (!codes.add(code)) {
                throw new FormatException(number, "the code was given on an earlier line");
            }
            entries.add(new Entry(code, line.substring(comma + 1).strip()));
        }
        return entries;
    }
}
