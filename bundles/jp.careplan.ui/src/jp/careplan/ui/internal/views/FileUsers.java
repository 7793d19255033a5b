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
import java.util.Set;

import jp.careplan.model.careplan.Record;
import jp.careplan.model.careplan.SupplementaryInfo;
import jp.careplan.validation.ExchangeCheck;

/**
 * The users (被保険者) of each file of a checked folder: their 被保険者番号 in the order the file has them,
 * and the 利用者氏名 the folder's 利用者補足情報 gives for each number. Shown in the workbench only: these
 * are personal data, never logged.
 */
record FileUsers(Map<Path, List<String>> numbers, Map<String, String> names) {

    static FileUsers of(ExchangeCheck.Result result) {
        Map<Path, List<String>> numbers = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        for (ExchangeCheck.FileReport file : result.files()) {
            if (file.resource() == null || file.resource().getContents().isEmpty()) {
                continue;
            }
            Set<String> inFile = new LinkedHashSet<>();
            for (Record record : file.resource().document().getRecords()) {
                String number = record.getInsuredNumber();
                if (number != null && !number.isEmpty()) {
                    inFile.add(number);
                    if (record instanceof SupplementaryInfo info && info.getUserName() != null && !info.getUserName().isBlank()) {
                        names.putIfAbsent(number, info.getUserName());
                    }
                }
            }
            numbers.put(file.path().toAbsolutePath().normalize(), List.copyOf(inFile));
        }
        return new FileUsers(Map.copyOf(numbers), Map.copyOf(names));
    }

    /** The users of a file, empty when it was not read. */
    List<String> of(Path file) {
        return numbers.getOrDefault(file, List.of());
    }

    /** 利用者氏名 of a 被保険者番号, or {@code null} when no 利用者補足情報 of the folder names it. */
    String nameOf(String number) {
        return names.get(number);
    }

    /** Every number and name of a file's users, for the filter. */
    String searchText(Path file) {
        StringBuilder text = new StringBuilder();
        for (String number : of(file)) {
            text.append(' ').append(number);
            String name = nameOf(number);
            if (name != null) {
                text.append(' ').append(name);
            }
        }
        return text.toString();
    }

    static FileUsers none() {
        return new FileUsers(Map.of(), Map.of());
    }
}
