/**
 * The page numbers a pagination nav lists: the first, the last, and the current one with its
 * neighbours. `undefined` stands for a gap of two pages or more; a gap of one page is shown as
 * that page, since a "…" would take as much room.
 *
 *   pageNumbers(6, 12) → 1 … 5 [6] 7 … 12
 */
export function pageNumbers(current: number, last: number, neighbours = 1): (number | undefined)[] {
  const wanted = new Set([1, last]);
  for (let page = current - neighbours; page <= current + neighbours; page += 1) wanted.add(page);
  const pages = [...wanted].filter((page) => page >= 1 && page <= last).toSorted((a, b) => a - b);
  const listed: (number | undefined)[] = [];
  let previous = 0;
  for (const page of pages) {
    if (page - previous === 2) listed.push(previous + 1);
    else if (page - previous > 2) listed.push(undefined);
    listed.push(page);
    previous = page;
  }
  return listed;
}

/** How many pages `total` items fill at `size` a page: at least one, so that an empty index still has its first page. */
export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}
