// Draft persistence logic. Pure apart from the storage object that is passed in
// (anything with getItem/setItem/removeItem); never throws when storage misbehaves.

/** Return a usable Storage, or null when it is missing/blocked/full (private mode, cookies off...). */
export function safeStorage(getStorage) {
  try {
    const storage = getStorage();
    if (!storage) return null;
    const probe = "winterarc:probe";
    storage.setItem(probe, "1");
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

/** Read a draft {code, savedAt} or null if absent/corrupt. */
export function readDraft(storage, key) {
  if (!storage || !key) return null;
  try {
    const raw = storage.getItem(key);
    if (raw == null) return null;
    const value = JSON.parse(raw);
    if (!value || typeof value.code !== "string") return null;
    const savedAt = typeof value.savedAt === "number" ? value.savedAt : Date.parse(value.savedAt);
    return { code: value.code, savedAt: Number.isFinite(savedAt) ? savedAt : null };
  } catch {
    return null;
  }
}

/**
 * Decide which text the editor starts with.
 * The saved draft wins when it exists and differs from the server-rendered text.
 */
export function chooseInitialText(initialText, draft) {
  if (draft && typeof draft.code === "string" && draft.code !== initialText) {
    return { text: draft.code, restored: true, savedAt: draft.savedAt ?? null };
  }
  return { text: initialText, restored: false, savedAt: null };
}

/**
 * What to do with storage when the editor text changes:
 * text identical to the server-rendered text needs no draft ("remove"), anything else is saved.
 */
export function draftAction(code, initialText) {
  return code === initialText ? "remove" : "save";
}

/** Persist (or drop) the draft; returns true on success, false if storage failed. */
export function writeDraft(storage, key, code, initialText, now = Date.now()) {
  if (!storage || !key) return false;
  try {
    if (draftAction(code, initialText) === "remove") storage.removeItem(key);
    else storage.setItem(key, JSON.stringify({ code, savedAt: now }));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(storage, key) {
  if (!storage || !key) return;
  try {
    storage.removeItem(key);
  } catch {
    /* ignore */
  }
}
