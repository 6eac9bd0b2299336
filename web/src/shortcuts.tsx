import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { MessageKey } from './i18n/sv';

/**
 * Keyboard shortcuts: a screen registers `useShortcut('a', 'label.key', handler)` while it is shown;
 * keys are single characters, a two-key sequence written "g w", or "mod+k" (Ctrl or ⌘). Plain keys
 * do nothing while the user types in a field. The list of what is registered now is what the help
 * overlay shows.
 */
export interface Shortcut {
  keys: string;
  label: MessageKey;
}

interface Registered extends Shortcut {
  run(): void;
}

interface Registry {
  add(shortcut: Registered): () => void;
  list: Shortcut[];
}

const ShortcutContext = createContext<Registry | null>(null);

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

/** The key as written in a shortcut: "mod+k" with Ctrl/⌘, otherwise the character ("?", "a"). */
function keyOf(e: KeyboardEvent): string {
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  return e.ctrlKey || e.metaKey ? `mod+${key}` : key;
}

export function ShortcutProvider({ children }: { children: ReactNode }) {
  const registered = useRef(new Set<Registered>());
  const [list, setList] = useState<Shortcut[]>([]);
  const pending = useRef<{ first: string; at: number } | null>(null);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.altKey || e.defaultPrevented) return;
      const key = keyOf(e);
      const modified = key.startsWith('mod+');
      if (!modified && typing(e.target)) return;
      const now = Date.now();
      const prefix = pending.current && now - pending.current.at < 1500 ? pending.current.first : null;
      // Newest first: a screen's own handler for a key wins over the frame's.
      const candidates = [...registered.current].reverse();
      const match = (prefix && candidates.find((s) => s.keys === `${prefix} ${key}`)) || candidates.find((s) => s.keys === key);
      if (match) {
        e.preventDefault();
        pending.current = null;
        match.run();
        return;
      }
      pending.current = candidates.some((s) => s.keys.startsWith(`${key} `)) ? { first: key, at: now } : null;
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const value = useMemo<Registry>(() => {
    // One line per key sequence (the newest registration's label), in registration order.
    const refresh = () => {
      const byKeys = new Map<string, Shortcut>();
      for (const { keys, label } of registered.current) {
        byKeys.delete(keys);
        byKeys.set(keys, { keys, label });
      }
      setList([...byKeys.values()]);
    };
    return {
      add(shortcut) {
        registered.current.add(shortcut);
        refresh();
        return () => {
          registered.current.delete(shortcut);
          refresh();
        };
      },
      list: [],
    };
  }, []);
  const withList = useMemo(() => ({ ...value, list }), [value, list]);
  return <ShortcutContext.Provider value={withList}>{children}</ShortcutContext.Provider>;
}

/** Runs `handler` on `keys` while the calling component is shown (the newest handler wins). */
export function useShortcut(keys: string, label: MessageKey, handler: () => void, enabled = true): void {
  const registry = useContext(ShortcutContext);
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    if (!registry || !enabled) return;
    return registry.add({ keys, label, run: () => latest.current() });
  }, [registry?.add, keys, label, enabled]); // eslint-disable-line react-hooks/exhaustive-deps
}

/** The shortcuts registered now (for the help overlay). */
export function useShortcutList(): Shortcut[] {
  return useContext(ShortcutContext)?.list ?? [];
}
