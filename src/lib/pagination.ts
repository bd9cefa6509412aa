import { ROUTES } from '../consts';

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

/** One page of a list: its items, its number (from 1) and the number of the list's last page. */
export interface ListPage<T> {
  items: T[];
  current: number;
  last: number;
}

/** `items` cut into pages of `size`, in order; an empty list still has its first, empty page. */
export function paginated<T>(items: readonly T[], size: number): ListPage<T>[] {
  const last = pageCount(items.length, size);
  return Array.from({ length: last }, (_, index) => ({ items: items.slice(index * size, (index + 1) * size), current: index + 1, last }));
}

/**
 * The rest parameter (`[...page]`) of a list's page `page`: none for the first, which is the
 * list's own URL, and `page/<n>` for the others, as `pagedPath` (src/lib/urls.ts) links them.
 */
export function pageParam(page: number): string | undefined {
  return page === 1 ? undefined : `${ROUTES.indexPage}/${page}`;
}
