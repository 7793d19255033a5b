/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal.views;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jp.careplan.model.careplan.Record;
import jp.careplan.model.careplan.SupplementaryInfo;
import jp.careplan.validation.ExchangeCheck;

/**
 * The users (被保険者) of each file of a checked folder — 保険者番号 and 被保険者番号, in the order the file has
 * them — and the 利用者氏名 the folder's 利用者補足情報 gives for each. Shown in the workbench only: these
 * are personal data, never logged ({@link #toString()} gives counts only).
 */
final class FileUsers {

    /** A user: 保険者番号 and 被保険者番号 (the latter is unique only within one 保険者). */
    record User(String insurer, String insured) {

        @Override
        public String toString() {
            return "User[personal data not shown]";
        }
    }

    private final Map<Path, List<User>> users;
    private final Map<User, String> names;

    private FileUsers(Map<Path, List<User>> users, Map<User, String> names) {
        this.users = users;
        this.names = names;
    }

    static FileUsers of(ExchangeCheck.Result result) {
        Map<Path, List<User>> users = new LinkedHashMap<>();
        Map<User, String> names = new HashMap<>();
        for (ExchangeCheck.FileReport file : result.files()) {
            if (file.resource() == null || file.resource().getContents().isEmpty()) {
                continue;
            }
            Set<User> inFile = new LinkedHashSet<>();
            for (Record record : file.resource().document().getRecords()) {
                String number = record.getInsuredNumber();
                if (number != null && !number.isEmpty()) {
                    User user = new User(Objects.toString(record.getInsurerNumber(), ""), number);
                    inFile.add(user);
                    if (record instanceof SupplementaryInfo info && info.getUserName() != null && !info.getUserName().isBlank()) {
                        names.putIfAbsent(user, info.getUserName());
                    }
                }
            }
            users.put(file.path().toAbsolutePath().normalize(), List.copyOf(inFile));
        }
        return new FileUsers(Map.copyOf(users), Map.copyOf(names));
    }

    static FileUsers none() {
        return new FileUsers(Map.of(), Map.of());
    }

    /** The users of a file, empty when it was not read. */
    List<User> of(Path file) {
        return users.getOrDefault(file, List.of());
    }

    /** 利用者氏名 of a user, or {@code null} when no 利用者補足情報 of the folder names them. */
    String nameOf(User user) {
        return names.get(user);
    }

    /** Every 被保険者番号 and name of a file's users, for the filter. */
    String searchText(Path file) {
        StringBuilder text = new StringBuilder();
        for (User user : of(file)) {
            text.append(' ').append(user.insured());
            String name = nameOf(user);
            if (name != null) {
                text.append(' ').append(name);
            }
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return "FileUsers[" + users.size() + " files, " + names.size() + " names]";
    }
}
