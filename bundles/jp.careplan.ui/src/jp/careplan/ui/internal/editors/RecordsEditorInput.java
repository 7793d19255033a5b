/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.ui.internal.editors;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** A file of the exchange folder as an editor input (the folder is not a workspace project). */
public final class RecordsEditorInput implements IEditorInput {

    private final Path path;
    /** Unsaved edits restored from the journal after a crash, read instead of the file; {@code null} normally. */
    private final byte[] restored;

    public RecordsEditorInput(Path path) {
        this(path, null);
    }

    /** A file whose editor starts from the unsaved state the journal kept (and is dirty from the start). */
    public RecordsEditorInput(Path path, byte[] restored) {
        this.path = Objects.requireNonNull(path, "path").toAbsolutePath().normalize();
        this.restored = restored == null ? null : restored.clone();
    }

    /** The journal's bytes to start from, or {@code null}. */
    public byte[] restored() {
        return restored == null ? null : restored.clone();
    }

    public Path path() {
        return path;
    }

    @Override
    public boolean exists() {
        return path.toFile().isFile();
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        return path.getFileName().toString();
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return path.toString();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecordsEditorInput input && input.path.equals(path);
    }

    @Override
    public int hashCode() {
        return path.hashCode();
    }
}
