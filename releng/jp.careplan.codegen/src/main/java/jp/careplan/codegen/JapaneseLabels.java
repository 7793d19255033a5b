/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.codegen;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.emf.codegen.ecore.genmodel.GenClass;
import org.eclipse.emf.codegen.ecore.genmodel.GenEnum;
import org.eclipse.emf.codegen.ecore.genmodel.GenEnumLiteral;
import org.eclipse.emf.codegen.ecore.genmodel.GenFeature;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Writes {@code plugin_ja.properties} of an edit bundle beside the generated (English)
 * {@code plugin.properties}: the labels the item providers show, in Japanese, taken from the model —
 * a feature is labelled with the standard's item name (its documentation without the "(No.n)"), or
 * with the {@code http://careplan.jp/labels} annotation where the model gives one; a class with that
 * annotation. Regenerated with the code, so the labels cannot drift from the model.
 */
final class JapaneseLabels {

    static final String LABELS = "http://careplan.jp/labels";
    private static final String GENMODEL = "http://www.eclipse.org/emf/2002/GenModel";
    private static final Pattern NUMBER = Pattern.compile("\\s*\\(No\\.\\d+\\)$");

    private JapaneseLabels() {
    }

    static void write(GenModel genModel) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("pluginName", genModel.getModelName() + " の編集サポート");
        labels.put("_UI_CreateChild_text", "{0}");
        labels.put("_UI_CreateChild_text2", "{1} {0}");
        labels.put("_UI_CreateChild_text3", "{1}");
        labels.put("_UI_CreateChild_tooltip", "{1} に新しい {0} を作成");
        labels.put("_UI_CreateChild_description", "{2} の {1} に新しい {0} を作成します。");
        labels.put("_UI_CreateSibling_description", "{2} と同じ階層に新しい {0} を作成します。");
        labels.put("_UI_PropertyDescriptor_description", "{1} の {0}");
        labels.put("_UI_Unknown_type", "オブジェクト");
        labels.put("_UI_Unknown_datatype", "値");
        for (GenPackage genPackage : genModel.getGenPackages()) {
            for (GenClass genClass : genPackage.getGenClasses()) {
                labels.put("_UI_" + genClass.getName() + "_type", label(genClass.getEcoreClass(), genClass.getName()));
                for (GenFeature feature : genClass.getGenFeatures()) {
                    labels.put("_UI_" + genClass.getName() + "_" + feature.getName() + "_feature",
                            label(feature.getEcoreFeature(), feature.getName()));
                }
            }
            for (GenEnum genEnum : genPackage.getGenEnums()) {
                for (GenEnumLiteral literal : genEnum.getGenEnumLiterals()) {
                    labels.put("_UI_" + genEnum.getName() + "_" + literal.getName() + "_literal",
                            literal.getEcoreEnumLiteral().getLiteral());
                }
            }
        }
        StringBuilder text = new StringBuilder();
        text.append("# Generated from ").append(genModel.eResource().getURI().lastSegment())
                .append(" by jp.careplan.codegen (JapaneseLabels): do not edit; change the model and regenerate.\n");
        text.append("# 編集画面に表示するラベル（日本語）。項目名は標準仕様の表記のまま。\n\n");
        labels.forEach((key, value) -> text.append(key).append(" = ").append(value).append('\n'));
        URI uri = URI.createPlatformResourceURI(genModel.getEditDirectory().replaceFirst("/src-gen$", "").replaceFirst("/src$", "")
                + "/plugin_ja.properties", true);
        URIConverter converter = new ExtensibleURIConverterImpl();
        try (OutputStream out = converter.createOutputStream(uri)) {
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Could not write " + uri, e);
        }
    }

    private static String label(EModelElement element, String fallback) {
        EAnnotation labels = element.getEAnnotation(LABELS);
        if (labels != null && labels.getDetails().get("ja") != null) {
            return labels.getDetails().get("ja");
        }
        String documentation = EcoreUtil.getAnnotation(element, GENMODEL, "documentation");
        if (documentation != null && !documentation.isBlank() && documentation.chars().anyMatch(c -> c > 0x2FFF)
                && documentation.length() < 80) {
            return NUMBER.matcher(documentation.trim()).replaceFirst("");
        }
        return fallback;
    }
}
