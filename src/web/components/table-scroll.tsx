// A wrapper that lets a wide table scroll sideways on a narrow screen. When (and only when) it
// actually scrolls it becomes a named, focusable region, so keyboard users can scroll it too
// (WCAG 2.1.1; axe's scrollable-region-focusable) without an extra tab stop the rest of the time.
import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';

export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const check = () => setScrolls(element.scrollWidth > element.clientWidth + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(element);
    const table = element.firstElementChild;
    if (table) observer.observe(table);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={ref}
      className="table-scroll"
      {...(scrolls
        ? { tabIndex: 0, role: 'region', 'aria-label': t('table.scrollRegion', { name: label }) }
        : {})}
    >
      {children}
    </div>
  );
}
