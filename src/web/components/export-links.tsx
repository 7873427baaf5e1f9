// The row of download links a table people read comes with (CSV, XLSX, PDF …): one style, one
// place. Each link downloads its file; `label` is what the link says (and what a screen reader
// reads), so name whose file it is when a page has several.
export interface ExportLink {
  href: string;
  label: string;
}

export function ExportLinks({ links }: { links: readonly ExportLink[] }) {
  return (
    <p className="actions">
      {links.map((link) => (
        <a key={link.href} className="button button--secondary" href={link.href} download>
          {link.label}
        </a>
      ))}
    </p>
  );
}
