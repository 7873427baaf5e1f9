// A bar chart's category labels broken into lines that fit the axis, so long answers ("Inga
// privata utförare i kommunen", a municipality's name) neither run into each other nor off the
// chart; the full label is in the tooltip and in the data table under the chart.

/** Characters of an axis label that fit on one line of the given pixel width (12 px text). */
export function charsPerLine(widthPx: number): number {
  return Math.max(8, Math.floor(widthPx / 7));
}

/**
 * The label in at most `maxLines` lines of at most `perLine` characters, broken between words
 * (a word longer than a line is cut); "…" ends a label that does not fit.
 */
export function wrapLabel(label: string, perLine: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= perLine) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word.length > perLine ? word.slice(0, perLine) : word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  kept[maxLines - 1] = `${last.slice(0, Math.max(0, perLine - 1))}…`;
  return kept;
}
