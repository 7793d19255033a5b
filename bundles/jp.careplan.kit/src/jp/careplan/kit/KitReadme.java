/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.kit;

import jp.careplan.kit.ConformanceKit.Kit;
import jp.careplan.kit.Scenario.Expectation;

/** The READMEs of a kit: one at its root, one per scenario (Japanese first, then English). */
final class KitReadme {

    private KitReadme() {
    }

    static String kit(Kit kit) {
        StringBuilder text = new StringBuilder();
        text.append("# ケアプランデータ連携標準仕様 ").append(kit.version()).append(" 適合確認キット / Conformance kit\n\n");
        text.append("架空の事業所・利用者・値だけで作った合成データです。実在の人物の情報は含みません。\n")
                .append("Synthetic data only: every office, person and value is invented.\n\n");
        text.append("- 版 / version: ").append(kit.version()).append('\n');
        text.append("- 対象年月 / service month: ").append(kit.month()).append('\n');
        text.append("- 乱数の種 / seed: ").append(ConformanceKit.SEED).append(" (同じ版からは同じバイトが作られる / the same version gives the same bytes)\n");
        text.append("- 一覧 / manifest: `").append(ConformanceKit.MANIFEST).append("` (scenario, file, SHA-256, bytes)\n\n");
        text.append("## シナリオ / Scenarios\n\n");
        text.append("| フォルダ / folder | 内容 / what it shows | 判定 / verdict |\n|---|---|---|\n");
        for (Scenario scenario : kit.scenarios()) {
            text.append("| [").append(scenario.folder()).append("](").append(scenario.folder()).append("/README.md) | ")
                    .append(scenario.title()).append(" / ").append(scenario.titleEn()).append(" | ")
                    .append(scenario.conforming() ? "適合 / conforming" : "拒否 / refused").append(" |\n");
        }
        if (!kit.leftOut().isEmpty()) {
            text.append("\nこの版のレイアウトにない種類や項目を使うため、次のシナリオは含まない / left out, as this version's layouts "
                    + "lack the kinds or items they need: ").append(String.join(", ", kit.leftOut())).append('\n');
        }
        text.append("\n## 使い方 / How to use\n\n");
        text.append("1. 取込: 各フォルダのファイルを、試験するソフトウェアで取り込む。「適合」のフォルダは問題なく取り込めること、"
                + "「拒否」のフォルダは README に書かれた問題を示して拒否すること。\n");
        text.append("2. 出力: 「適合」のフォルダを取り込んだ後、同じ内容を同じフォルダ構成で書き出し、\n"
                + "   `careplan kit verify 出力先 --version ").append(kit.version()).append("` で確かめる。\n\n");
        text.append("1. Import: read each folder with the software under test. Folders marked conforming must import without a "
                + "problem; folders marked refused must be refused with the problems their README lists.\n");
        text.append("2. Export: after importing a conforming folder, write the same content back in the same folder layout and "
                + "check it with `careplan kit verify OUT --version ").append(kit.version()).append("`.\n");
        return text.toString();
    }

    static String scenario(Kit kit, Scenario scenario) {
        StringBuilder text = new StringBuilder();
        text.append("# ").append(scenario.title()).append(" / ").append(scenario.titleEn()).append("\n\n");
        text.append("版 / version ").append(kit.version()).append(" · 根拠 / source: ").append(scenario.section()).append("\n\n");
        text.append("## 内容\n\n").append(scenario.shows()).append("\n\n");
        text.append("## What it shows\n\n").append(scenario.showsEn()).append("\n\n");
        text.append("## ファイル / Files\n\n");
        for (String file : scenario.files()) {
            text.append("- `").append(file).append("`\n");
        }
        text.append('\n').append(Scenario.VERDICT_HEADING).append("\n\n");
        if (scenario.conforming()) {
            text.append("適合する読み手はすべてのファイルを受け入れる。/ A conforming reader accepts every file.\n");
        } else {
            text.append("適合する読み手は次の問題を示して拒否する。/ A conforming reader refuses, reporting the problems below.\n");
        }
        if (scenario.expected().isEmpty()) {
            text.append("\n報告される問題はない。/ Nothing is reported.\n");
        } else {
            text.append("\n報告される問題（重大度・規則・ファイル:行）/ What is reported (severity, rule, file:line):\n\n");
            for (Expectation expectation : scenario.expected()) {
                text.append(expectation.readmeLine()).append('\n');
            }
        }
        return text.toString();
    }
}
