// One polite live region for the whole app: saving, uploading, loading and their outcomes are
// announced here, so screen reader users hear what visual users see change.
import { createContext, useCallback, useContext, useState } from 'react';
import type { ReactNode } from 'react';

const AnnounceContext = createContext<(message: string) => void>(() => undefined);

export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState({ text: '', n: 0 });
  const announce = useCallback((text: string) => setMessage((m) => ({ text, n: m.n + 1 })), []);
  return (
    <AnnounceContext value={announce}>
      {children}
      {/* The key re-mounts the text so the same message twice is read twice. */}
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        <span key={message.n}>{message.text}</span>
      </div>
    </AnnounceContext>
  );
}

export function useAnnounce(): (message: string) => void {
  return useContext(AnnounceContext);
}
